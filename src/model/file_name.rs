//! File names made from what a document is called.

/// A file name made from a document's name: letters, digits, `-`, `_`, `.` and `@` kept, the
/// rest turned into `_`, at most 80 characters.
pub fn safe_file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_.@".contains(c) {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    let stem = stem.trim_matches('.').to_owned();
    if stem.is_empty() {
        "document".to_owned()
    } else {
        stem
    }
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn safe_file_stems() {
        assert_eq!(
            safe_file_stem("Budget 2026: the €1.8bn claim"),
            "Budget_2026__the__1.8bn_claim"
        );
        assert_eq!(safe_file_stem("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_file_stem("..."), "document");
        assert_eq!(safe_file_stem(""), "document");
        assert_eq!(safe_file_stem("مرحبا بالعالم"), "مرحبا_بالعالم");
        assert_eq!(safe_file_stem(&"x".repeat(200)).chars().count(), 80);
        assert_eq!(safe_file_stem("user@desk"), "user@desk");
    }
}
