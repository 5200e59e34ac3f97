//! The pseudo-locale: every English word accented and the text made 40 % longer, in brackets,
//! so a screen shows at once what translated text would cut or push out of place.

use std::borrow::Cow;

fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'î',
        'o' => 'ö',
        'u' => 'ü',
        'c' => 'ç',
        'n' => 'ñ',
        'y' => 'ý',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Î',
        'O' => 'Ö',
        'U' => 'Û',
        'C' => 'Ç',
        'N' => 'Ñ',
        other => other,
    }
}

/// A piece of a message's text, pseudo-localized (placeables are left alone by Fluent).
pub(super) fn transform(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let mut out: String = text.chars().map(accented).collect();
    // 40 % longer: the padding goes before any trailing space, so words stay apart.
    let padding: String = "~".repeat(letters * 2 / 5);
    let trimmed = out.trim_end().len();
    out.insert_str(trimmed, &padding);
    Cow::Owned(format!("[{out}]"))
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn accented_and_longer() {
        assert_eq!(transform("Open file"), "[Öpéñ fîlé~~~]");
        assert_eq!(transform(" "), " ");
        assert!(
            transform("Save annotations").chars().count() >= "Save annotations".len() * 14 / 10
        );
    }
}
