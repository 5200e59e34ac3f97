//! Which colour a verdict is shown in. A label of the default scale, in any interface language
//! ("False", "Falso", "Engañoso", "خطأ"…), has its own tone; another scale's labels are placed by
//! their number between its worst and best. The colour always comes with the verdict's words.

use crate::i18n::{Language, message_in, value};
use crate::model::RatingScale;

/// A verdict's colour family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tone {
    /// True, mostly true.
    True,
    /// Half true.
    Mixed,
    /// Mostly false, false.
    False,
    /// Misleading.
    Misleading,
    /// Unverifiable.
    Unproven,
    /// No verdict yet.
    Open,
}

impl Tone {
    /// Every tone, in the order the summary shows them.
    pub const ALL: [Tone; 6] = [
        Tone::True,
        Tone::Mixed,
        Tone::False,
        Tone::Misleading,
        Tone::Unproven,
        Tone::Open,
    ];

    /// The CSS class naming it.
    pub fn class(self) -> &'static str {
        match self {
            Tone::True => "cm-true",
            Tone::Mixed => "cm-mixed",
            Tone::False => "cm-false",
            Tone::Misleading => "cm-misleading",
            Tone::Unproven => "cm-unproven",
            Tone::Open => "cm-open",
        }
    }

    /// Its strong colour (chips, the chart) in the light theme: each has at least 4.5:1
    /// contrast with white text.
    pub fn strong_colour(self) -> &'static str {
        match self {
            Tone::True => "#1b6e35",
            Tone::Mixed => "#825600",
            Tone::False => "#b3261e",
            Tone::Misleading => "#9c4600",
            Tone::Unproven => "#44546a",
            Tone::Open => "#5f6368",
        }
    }

    /// Its highlight tints, (light theme, dark theme): body text keeps at least 7:1 contrast
    /// on both.
    pub fn tints(self) -> (&'static str, &'static str) {
        match self {
            Tone::True => ("#d3eedb", "#1f4a2c"),
            Tone::Mixed => ("#fbe9b7", "#52400f"),
            Tone::False => ("#fad4d0", "#5c221e"),
            Tone::Misleading => ("#fde0c6", "#56320f"),
            Tone::Unproven => ("#dfe5ee", "#2d3a4d"),
            Tone::Open => ("#e9e9e9", "#3a3a3a"),
        }
    }
}

/// The default scale's keys, best first, and their tones.
const DEFAULT_KEYS: [(&str, Tone); 7] = [
    ("true", Tone::True),
    ("mostly-true", Tone::True),
    ("half-true", Tone::Mixed),
    ("mostly-false", Tone::False),
    ("false", Tone::False),
    ("misleading", Tone::Misleading),
    ("unverifiable", Tone::Unproven),
];

/// The tone of `verdict` on `scale` (`None`: no verdict yet).
pub fn tone_of(verdict: Option<&str>, scale: &RatingScale) -> Tone {
    let Some(verdict) = verdict else {
        return Tone::Open;
    };
    let wanted = verdict.trim().to_lowercase();
    for language in Language::ALL {
        for (key, tone) in DEFAULT_KEYS {
            let label = message_in(language, "verdict-label", &[("verdict", value(key))]);
            if label.to_lowercase() == wanted {
                return tone;
            }
        }
    }
    let Some(rating) = scale.get(verdict) else {
        return Tone::Unproven;
    };
    let (worst, best) = (scale.worst(), scale.best());
    if best <= worst {
        return Tone::Unproven;
    }
    let place = f64::from(rating.value - worst) / f64::from(best - worst);
    if place >= 2.0 / 3.0 {
        Tone::True
    } else if place > 1.0 / 3.0 {
        Tone::Mixed
    } else {
        Tone::False
    }
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::Rating;

    #[test]
    fn the_default_scale_has_its_tones_in_every_language() {
        let scale = RatingScale::default();
        assert_eq!(tone_of(Some("Mostly true"), &scale), Tone::True);
        assert_eq!(tone_of(Some("Half true"), &scale), Tone::Mixed);
        assert_eq!(tone_of(Some("False"), &scale), Tone::False);
        assert_eq!(tone_of(Some("Unverifiable"), &scale), Tone::Unproven);
        assert_eq!(tone_of(Some("Engañoso"), &scale), Tone::Misleading);
        assert_eq!(tone_of(Some("Falso"), &scale), Tone::False);
        assert_eq!(tone_of(None, &scale), Tone::Open);
    }

    #[test]
    fn another_scale_is_coloured_by_place() {
        let scale = RatingScale {
            ratings: ["Pinocchio-free", "One", "Two", "Three", "Four"]
                .iter()
                .zip([5, 4, 3, 2, 1])
                .map(|(label, value)| Rating {
                    label: (*label).to_owned(),
                    value,
                })
                .collect(),
        };
        assert_eq!(tone_of(Some("Pinocchio-free"), &scale), Tone::True);
        assert_eq!(tone_of(Some("Two"), &scale), Tone::Mixed);
        assert_eq!(tone_of(Some("Four"), &scale), Tone::False);
        assert_eq!(tone_of(Some("not on the scale"), &scale), Tone::Unproven);
    }

    #[test]
    fn strong_colours_keep_white_text_readable() {
        fn luminance(hex: &str) -> f64 {
            let channel = |i: usize| {
                let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
                if c <= 0.03928 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
        }
        for tone in Tone::ALL {
            let ratio = 1.05 / (luminance(tone.strong_colour()) + 0.05);
            assert!(ratio >= 4.5, "{tone:?}: {ratio:.2}");
        }
    }
}
