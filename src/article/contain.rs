//! A reader's boundary: another crate's panic on one bad input (a page that makes an
//! extractor slice a string inside a character) becomes an ordinary failure of that input,
//! never a dead window or a crashed command. While a reader runs inside [`contained`], the
//! panic hook the binary installs ([`quiet_panics_in_readers`]) prints nothing: the caller
//! says what failed, once, in words a user understands.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};

thread_local! {
    static IN_READER: Cell<bool> = const { Cell::new(false) };
}

/// What a contained reader said when it panicked.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("a reader failed on this input ({0})")]
pub struct ReaderPanicked(pub String);

/// Runs `read`, turning a panic inside it into [`ReaderPanicked`].
pub fn contained<T>(read: impl FnOnce() -> T) -> Result<T, ReaderPanicked> {
    let was = IN_READER.with(|flag| flag.replace(true));
    let result = catch_unwind(AssertUnwindSafe(read));
    IN_READER.with(|flag| flag.set(was));
    result.map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_owned());
        ReaderPanicked(message)
    })
}

/// Installs a panic hook that keeps quiet about panics inside [`contained`] readers and
/// reports every other panic as the default hook does. The binary calls it once at start.
pub fn quiet_panics_in_readers() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !IN_READER.with(Cell::get) {
            default(info);
        }
    }));
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    #[allow(clippy::panic)]
    fn a_panic_inside_becomes_an_error_and_the_thread_goes_on() {
        let failed = contained(|| -> u32 { panic!("byte index 3 is not a char boundary") });
        assert_eq!(
            failed,
            Err(ReaderPanicked(
                "byte index 3 is not a char boundary".to_owned()
            ))
        );
        assert_eq!(contained(|| 7), Ok(7));
        assert!(!IN_READER.with(Cell::get), "the flag is put back");
    }
}
