//! Offsets counted in UTF-16 code units (doccano, Label Studio, JavaScript) to and from our
//! code-point offsets.

/// Code-point offset of UTF-16 offset `units` in `text`, or `None` when it falls inside a
/// surrogate pair or past the end.
pub fn char_offset(text: &str, units: usize) -> Option<usize> {
    let mut seen = 0;
    for (index, c) in text.chars().enumerate() {
        if seen == units {
            return Some(index);
        }
        seen += c.len_utf16();
        if seen > units {
            return None;
        }
    }
    (seen == units).then(|| text.chars().count())
}

/// UTF-16 offset of code-point offset `chars` in `text`.
pub fn utf16_offset(text: &str, chars: usize) -> usize {
    text.chars().take(chars).map(char::len_utf16).sum()
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn hand_computed_offsets() {
        // "a😀b": a = 1 unit, 😀 = 2 units (surrogate pair), b = 1 unit.
        let text = "a😀b";
        assert_eq!(char_offset(text, 0), Some(0));
        assert_eq!(char_offset(text, 1), Some(1));
        assert_eq!(char_offset(text, 2), None, "inside the surrogate pair");
        assert_eq!(char_offset(text, 3), Some(2));
        assert_eq!(char_offset(text, 4), Some(3));
        assert_eq!(char_offset(text, 5), None);
        assert_eq!(utf16_offset(text, 2), 3);
        // 👍🏽 is two code points, four UTF-16 units; 李 is one unit.
        let text = "x👍🏽李";
        assert_eq!(utf16_offset(text, 3), 5);
        assert_eq!(char_offset(text, 6), Some(4));
    }
}
