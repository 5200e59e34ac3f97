//! The languages of the interface: their catalogs, direction, names, and which one a locale
//! (`es_ES.UTF-8`, `pt-BR`, `ar_EG`) asks for.

use unic_langid::LanguageIdentifier;

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// English (the fallback for any missing message).
    English,
    /// Spanish.
    Spanish,
    /// French.
    French,
    /// Portuguese (Brazil).
    PortugueseBrazil,
    /// Arabic (the window is mirrored).
    Arabic,
    /// English, accented and 40 % longer: for checking that translated text fits.
    Pseudo,
}

impl Language {
    /// The languages a user can choose, English first.
    pub const ALL: [Language; 5] = [
        Language::English,
        Language::Spanish,
        Language::French,
        Language::PortugueseBrazil,
        Language::Arabic,
    ];

    /// Its BCP 47 tag, as the preferences and `--lang` give it.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::French => "fr",
            Language::PortugueseBrazil => "pt-BR",
            Language::Arabic => "ar",
            Language::Pseudo => "en-XA",
        }
    }

    /// Its name in itself ("Español"), for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
            Language::French => "Français",
            Language::PortugueseBrazil => "Português (Brasil)",
            Language::Arabic => "العربية",
            Language::Pseudo => "Ëñğļîšĥ (pseudo)",
        }
    }

    /// True for languages written right to left: the window is mirrored.
    pub fn is_rtl(self) -> bool {
        self == Language::Arabic
    }

    /// The language whose catalog it reads (the pseudo-locale reads English).
    pub(super) fn catalog_language(self) -> Language {
        match self {
            Language::Pseudo => Language::English,
            other => other,
        }
    }

    pub(super) fn locale(self) -> LanguageIdentifier {
        let tag = match self {
            Language::Pseudo => "en",
            other => other.code(),
        };
        tag.parse().unwrap_or_default()
    }

    pub(super) fn catalog(self) -> &'static str {
        match self.catalog_language() {
            Language::Spanish => include_str!("../../assets/i18n/es/claimmark.ftl"),
            Language::French => include_str!("../../assets/i18n/fr/claimmark.ftl"),
            Language::PortugueseBrazil => include_str!("../../assets/i18n/pt-BR/claimmark.ftl"),
            Language::Arabic => include_str!("../../assets/i18n/ar/claimmark.ftl"),
            Language::English | Language::Pseudo => {
                include_str!("../../assets/i18n/en/claimmark.ftl")
            }
        }
    }

    /// The language a code or a system locale asks for: `es`, `es_MX.UTF-8`, `pt-BR`,
    /// `pt_PT`, `ar_EG.UTF-8`, `fr-CA`, `en-XA` (the pseudo-locale). `None` for one claimmark
    /// does not speak (English is used then).
    pub fn from_locale(locale: &str) -> Option<Language> {
        let tag = locale
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Language::Pseudo);
        }
        let primary = tag
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::English),
            "es" => Some(Language::Spanish),
            "fr" => Some(Language::French),
            "pt" => Some(Language::PortugueseBrazil),
            "ar" => Some(Language::Arabic),
            _ => None,
        }
    }
}
