//! The clock: the only place claimmark reads the time. The core takes times as values
//! (an RFC 3339 string for annotation timestamps, a deadline for long diffs), so its results
//! never depend on when or how fast it runs.

use std::time::{Duration, Instant, SystemTime};

/// The current time as RFC 3339 (UTC, seconds), for annotation timestamps.
pub fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(SystemTime::now()).to_string()
}

/// Today's date (UTC) as `YYYY-MM-DD`.
pub fn today() -> String {
    now_rfc3339().get(..10).unwrap_or_default().to_owned()
}

/// Seconds since 1970.
pub fn unix_seconds() -> u64 {
    unix_nanos() / 1_000_000_000
}

/// Nanoseconds since 1970 (for names that must differ between runs).
pub fn unix_nanos() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

/// Now, on the monotonic clock (for intervals: debouncing, progress every so often).
pub fn instant() -> Instant {
    Instant::now()
}

/// Time passed since `start`.
pub fn since(start: Instant) -> Duration {
    start.elapsed()
}

/// The instant `after` from now (a deadline for work that may give up).
pub fn deadline_in(after: Duration) -> Instant {
    Instant::now() + after
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn times_read_as_expected() {
        let now = now_rfc3339();
        assert_eq!(now.len(), 20, "{now}");
        assert!(now.ends_with('Z'));
        assert_eq!(today(), now.get(..10).unwrap());
        assert!(unix_seconds() > 1_700_000_000);
        let start = instant();
        assert!(deadline_in(Duration::from_secs(1)) > start);
        assert!(since(start) < Duration::from_secs(60));
    }
}
