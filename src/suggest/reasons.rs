//! Why a sentence may be worth checking, in words a checker trusts: what in it can be
//! checked — a number, a percentage, an amount of money, a time, a comparison or a trend, a
//! cause, a named body. Found by the sentence's own characters and a short list of words in
//! English, Spanish, Arabic, French, Portuguese and German; also fed to the scorer.

use serde::{Deserialize, Serialize};

/// One thing in a sentence that can be checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// A share: "40%", "por ciento", "في المئة".
    Percentage,
    /// An amount of money: "$3 billion", "€20", "millones de euros".
    Money,
    /// Any other number.
    Number,
    /// A comparison, a record or a trend: "more than", "the highest", "doubled", "aumentó".
    Comparison,
    /// A date or a time span: a year, a month, "last year", "desde 2010".
    Time,
    /// A cause: "because", "led to", "debido a", "بسبب".
    Cause,
    /// A named body or office: "the government", "WHO", "el ministerio", "الحكومة".
    NamedBody,
}

impl Reason {
    /// Every reason, in the order they are shown.
    pub const ALL: [Reason; 7] = [
        Reason::Percentage,
        Reason::Money,
        Reason::Number,
        Reason::Comparison,
        Reason::Time,
        Reason::Cause,
        Reason::NamedBody,
    ];

    /// Its name in English (the command line's JSON and text; the window says it in the
    /// interface's language).
    pub fn name(self) -> &'static str {
        match self {
            Reason::Percentage => "a percentage",
            Reason::Money => "an amount of money",
            Reason::Number => "a number",
            Reason::Comparison => "a comparison or trend",
            Reason::Time => "a date or time",
            Reason::Cause => "a cause",
            Reason::NamedBody => "a named body",
        }
    }
}

const PERCENT_WORDS: &[&str] = &[
    "percent",
    "per cent",
    "percentage",
    "por ciento",
    "porcentaje",
    "pour cent",
    "pourcentage",
    "por cento",
    "prozent",
    "في المئة",
    "في المائة",
    "بالمئة",
    "بالمائة",
    "نسبة",
];

const MONEY_WORDS: &[&str] = &[
    "dollar",
    "dollars",
    "euro",
    "euros",
    "pound",
    "pounds",
    "peso",
    "pesos",
    "budget",
    "tax",
    "taxes",
    "dólar",
    "dólares",
    "libras",
    "presupuesto",
    "impuesto",
    "impuestos",
    "reais",
    "impôt",
    "impôts",
    "orçamento",
    "imposto",
    "impostos",
    "haushalt",
    "steuer",
    "steuern",
    "dirhams",
    "دولار",
    "يورو",
    "جنيه",
    "ريال",
    "درهم",
    "دينار",
    "ميزانية",
    "ضريبة",
    "الضرائب",
];

const NUMBER_WORDS: &[&str] = &[
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "dozen",
    "dozens",
    "cien",
    "cientos",
    "mil",
    "miles",
    "millón",
    "millones",
    "docena",
    "cent",
    "mille",
    "milliers",
    "milliard",
    "milliards",
    "milhão",
    "milhões",
    "tausend",
    "millionen",
    "milliarde",
    "milliarden",
    "مئة",
    "مائة",
    "ألف",
    "آلاف",
    "مليون",
    "ملايين",
    "مليار",
];

/// Capitals that are not a body's name.
const NOT_BODIES: &[&str] = &["COVID", "OK", "TV", "HIV", "AIDS", "DNA", "CEO", "AM", "PM"];

const COMPARISON_WORDS: &[&str] = &[
    "more than",
    "less than",
    "fewer",
    "most",
    "least",
    "highest",
    "lowest",
    "largest",
    "biggest",
    "smallest",
    "best",
    "worst",
    "record",
    "increase",
    "increased",
    "rose",
    "risen",
    "grew",
    "decrease",
    "decreased",
    "fell",
    "fallen",
    "dropped",
    "doubled",
    "tripled",
    "twice",
    "half",
    "compared",
    "than ever",
    "since",
    "más que",
    "menos que",
    "mayor",
    "menor",
    "el más",
    "la más",
    "récord",
    "aumentó",
    "aumento",
    "subió",
    "creció",
    "bajó",
    "cayó",
    "disminuyó",
    "duplicó",
    "el doble",
    "la mitad",
    "plus que",
    "moins que",
    "le plus",
    "hausse",
    "baisse",
    "a augmenté",
    "a diminué",
    "mais que",
    "menos do que",
    "aumentou",
    "caiu",
    "mehr als",
    "weniger als",
    "gestiegen",
    "gesunken",
    "verdoppelt",
    "أكثر",
    "أقل",
    "أكبر",
    "أصغر",
    "أعلى",
    "أدنى",
    "ارتفع",
    "ارتفعت",
    "انخفض",
    "انخفضت",
    "تضاعف",
    "زيادة",
    "قياسي",
];

const TIME_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "yesterday",
    "last year",
    "last month",
    "last week",
    "this year",
    "decade",
    "century",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "ayer",
    "el año pasado",
    "este año",
    "década",
    "siglo",
    "desde",
    "janvier",
    "février",
    "avril",
    "juin",
    "juillet",
    "août",
    "l'an dernier",
    "depuis",
    "janeiro",
    "ano passado",
    "seit",
    "letztes jahr",
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
    "العام الماضي",
    "منذ",
    "أمس",
];

const CAUSE_WORDS: &[&str] = &[
    "because",
    "caused",
    "causes",
    "due to",
    "led to",
    "leads to",
    "as a result",
    "result of",
    "responsible for",
    "thanks to",
    "porque",
    "debido a",
    "causó",
    "provocó",
    "provoca",
    "a causa de",
    "gracias a",
    "como resultado",
    "parce que",
    "à cause de",
    "a causé",
    "por causa de",
    "causou",
    "weil",
    "wegen",
    "verursacht",
    "بسبب",
    "أدى إلى",
    "أدت إلى",
    "نتيجة",
    "بفضل",
    "يسبب",
];

const BODY_WORDS: &[&str] = &[
    "government",
    "ministry",
    "minister",
    "council",
    "parliament",
    "congress",
    "senate",
    "agency",
    "department",
    "police",
    "court",
    "commission",
    "authority",
    "gobierno",
    "ministerio",
    "ministro",
    "ministra",
    "ayuntamiento",
    "congreso",
    "senado",
    "policía",
    "tribunal",
    "comisión",
    "gouvernement",
    "ministère",
    "governo",
    "ministério",
    "regierung",
    "ministerium",
    "الحكومة",
    "وزارة",
    "الوزير",
    "البرلمان",
    "مجلس",
    "الشرطة",
    "المحكمة",
    "هيئة",
];

/// The reasons found in `sentence`, in [`Reason::ALL`]'s order.
pub fn reasons(sentence: &str) -> Vec<Reason> {
    let lower = sentence.to_lowercase();
    let padded = format!(" {} ", words_only(&lower));
    let has_word = |list: &[&str]| {
        list.iter()
            .any(|w| padded.contains(&format!(" {w} ")) || (!w.is_ascii() && lower.contains(w)))
    };
    let digits = sentence.chars().any(|c| c.is_numeric()) || has_word(NUMBER_WORDS);
    let percent = sentence.contains(['%', '٪']) || has_word(PERCENT_WORDS);
    let money = sentence.contains(['$', '€', '£', '¥', '₹']) || (digits && has_word(MONEY_WORDS));
    let year = has_year(sentence);
    let mut found = Vec::new();
    if percent {
        found.push(Reason::Percentage);
    }
    if money {
        found.push(Reason::Money);
    }
    if digits && !percent && !money && !year {
        found.push(Reason::Number);
    }
    if has_word(COMPARISON_WORDS) {
        found.push(Reason::Comparison);
    }
    if year || has_word(TIME_WORDS) {
        found.push(Reason::Time);
    }
    if has_word(CAUSE_WORDS) {
        found.push(Reason::Cause);
    }
    if has_word(BODY_WORDS) || has_acronym(sentence) {
        found.push(Reason::NamedBody);
    }
    found
}

/// `text` with what is not a letter, digit or apostrophe made a space (so that words can be
/// looked for between spaces).
fn words_only(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '\'' {
                c
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when `text` has a year from 1900 to 2099 standing alone.
fn has_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() == 4 && (run.starts_with("19") || run.starts_with("20")))
}

/// True when `text` has an acronym of two to six capitals ("WHO", "FBI", "ONU").
fn has_acronym(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|word| {
        let n = word.chars().count();
        (2..=6).contains(&n)
            && word.chars().all(|c| c.is_uppercase())
            && !NOT_BODIES.contains(&word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checkable_parts_are_found_in_three_languages() {
        use Reason::*;
        assert_eq!(
            reasons("Unemployment rose 40% since 2010 because the government cut taxes."),
            [Percentage, Money, Comparison, Time, Cause, NamedBody]
        );
        assert_eq!(
            reasons("El gobierno gastó 3.000 millones de euros en enero."),
            [Money, Time, NamedBody]
        );
        assert_eq!(
            reasons("ارتفعت البطالة بنسبة 12٪ بسبب قرار الحكومة"),
            [Percentage, Comparison, Cause, NamedBody]
        );
        assert_eq!(reasons("The WHO counted 12 cases."), [Number, NamedBody]);
        assert_eq!(reasons("Seven million people contracted COVID."), [Number]);
        assert!(reasons("Thank you all for coming tonight.").is_empty());
        // A word inside another is not the word ("most" in "almost").
        assert!(reasons("It was almost over.").is_empty());
    }
}
