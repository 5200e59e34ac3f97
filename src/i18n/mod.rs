//! The interface's languages: Project Fluent catalogs (`assets/i18n/<locale>/claimmark.ftl`,
//! built into the binary), the language in use, and [`tr!`](crate::tr) to say a message in it,
//! with English for any message a catalog lacks. Plurals follow CLDR's rules through Fluent
//! (Arabic's six forms included). The language is per thread: the app sets it at the start of
//! each frame, so tests in different languages can run side by side. Pure: no files are read.

mod language;
mod pseudo;
pub mod words;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

pub use language::Language;

/// One language's messages, with English behind them.
struct Catalogs {
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let locale = language.locale();
    let mut bundle = FluentBundle::new(vec![locale]);
    // Direction marks around values are left out: labels are put in visual order by the
    // bidi algorithm (`ui::text_block::display_order`) instead.
    bundle.set_use_isolating(false);
    if language == Language::Pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    // A catalog that does not parse loses only the messages that do not (tests check every
    // catalog parses whole).
    let resource = match FluentResource::try_new(language.catalog().to_owned()) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

impl Catalogs {
    fn new(language: Language) -> Self {
        Self {
            bundle: bundle(language),
            fallback: (language.catalog_language() != Language::English)
                .then(|| bundle(Language::English)),
        }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let (message_id, attribute) = match id.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (id, None),
        };
        for bundle in std::iter::once(&self.bundle).chain(self.fallback.as_ref()) {
            let Some(message) = bundle.get_message(message_id) else {
                continue;
            };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        // A missing message shows its id (tests make sure none is missing).
        id.to_owned()
    }
}

thread_local! {
    static CURRENT: RefCell<Language> = const { RefCell::new(Language::English) };
    static LOADED: RefCell<HashMap<Language, Rc<Catalogs>>> = RefCell::new(HashMap::new());
}

/// Speaks `language` on this thread from now on.
pub fn set_language(language: Language) {
    CURRENT.with(|current| *current.borrow_mut() = language);
}

/// The language spoken on this thread.
pub fn language() -> Language {
    CURRENT.with(|current| *current.borrow())
}

fn catalogs(language: Language) -> Rc<Catalogs> {
    LOADED.with(|loaded| {
        Rc::clone(
            loaded
                .borrow_mut()
                .entry(language)
                .or_insert_with(|| Rc::new(Catalogs::new(language))),
        )
    })
}

/// Message `id` (or `id.attribute`) in the language of this thread, with `args`.
pub fn message(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    message_in(language(), id, args)
}

/// Message `id` in `language`, with `args`.
pub fn message_in(language: Language, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        fluent_args
    });
    catalogs(language).format(id, fluent_args.as_ref())
}

/// A message in the interface's language: `tr!("menu-file")`, `tr!("saved-to", path = p)`.
/// Arguments are strings or numbers (numbers choose the plural form).
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $id,
            &[$((stringify!($name), $crate::i18n::value($value))),+],
        )
    };
}

/// A value for a message's argument.
pub fn value<'a>(value: impl Into<Arg<'a>>) -> FluentValue<'a> {
    value.into().0
}

/// An argument of a message: text or a number.
pub struct Arg<'a>(FluentValue<'a>);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg(FluentValue::from(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg(FluentValue::from(text.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg(FluentValue::from(text))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg(FluentValue::from(n))
            }
        }
    )*};
}
number_arg!(usize, u32, u64, i32, i64, f64);

/// Every catalog's text, by language (for tests and tools).
pub fn catalog_text(language: Language) -> &'static str {
    language.catalog()
}

#[cfg(test)]
mod test;
