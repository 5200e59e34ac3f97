//! The desk's full-text index: a tantivy index on disk (in the user's cache, never in the
//! desk folder) with one document per article, claim, quote and outside check. Words are
//! matched as written and by their stems in the article's language.

use std::path::Path;

use tantivy::collector::TopDocs;
use tantivy::directory::MmapDirectory;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
    Value,
};
use tantivy::tokenizer::{Language, TextAnalyzer};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use super::tokens::{stems_analyzer, words_analyzer};
use super::{DeskError, Hit, HitKind};

/// Languages with their own stem field, and their short names.
pub const LANGUAGES: [(Language, &str); 18] = [
    (Language::English, "en"),
    (Language::German, "de"),
    (Language::French, "fr"),
    (Language::Spanish, "es"),
    (Language::Italian, "it"),
    (Language::Portuguese, "pt"),
    (Language::Dutch, "nl"),
    (Language::Russian, "ru"),
    (Language::Arabic, "ar"),
    (Language::Danish, "da"),
    (Language::Finnish, "fi"),
    (Language::Greek, "el"),
    (Language::Hungarian, "hu"),
    (Language::Norwegian, "no"),
    (Language::Romanian, "ro"),
    (Language::Swedish, "sv"),
    (Language::Tamil, "ta"),
    (Language::Turkish, "tr"),
];

/// The stemming language of a text (English when it cannot be told or has no stemmer).
pub fn language_of(text: &str) -> Language {
    use whatlang::Lang;
    let Some(info) = whatlang::detect(text) else {
        return Language::English;
    };
    match info.lang() {
        Lang::Deu => Language::German,
        Lang::Fra => Language::French,
        Lang::Spa => Language::Spanish,
        Lang::Ita => Language::Italian,
        Lang::Por => Language::Portuguese,
        Lang::Nld => Language::Dutch,
        Lang::Rus => Language::Russian,
        Lang::Ara => Language::Arabic,
        Lang::Dan => Language::Danish,
        Lang::Fin => Language::Finnish,
        Lang::Ell => Language::Greek,
        Lang::Hun => Language::Hungarian,
        Lang::Nob => Language::Norwegian,
        Lang::Ron => Language::Romanian,
        Lang::Swe => Language::Swedish,
        Lang::Tam => Language::Tamil,
        Lang::Tur => Language::Turkish,
        _ => Language::English,
    }
}

/// The fields of the index.
#[derive(Clone)]
pub struct Fields {
    /// "article", "claim", "quote" or "outside".
    pub kind: Field,
    /// The file, relative to the desk folder, with `/` separators.
    pub file: Field,
    /// The annotation's id (the check's number in an outside-checks file).
    pub id: Field,
    /// The article's title (or the publisher's name for outside checks).
    pub title: Field,
    /// The text: a claim's or quote's words, an article's whole text.
    pub text: Field,
    /// A claim's normalized claim.
    pub normalized: Field,
    /// Who made the claim (or spoke the quote).
    pub claimant: Field,
    /// The verdict (or an outside check's rating).
    pub verdict: Field,
    /// A claim's status label.
    pub status: Field,
    /// When it last changed (or was published).
    pub date: Field,
    /// An outside check's address.
    pub url: Field,
    /// Every searchable word as written.
    pub words: Field,
    /// Stems, one field per language.
    pub stems: Vec<(Language, Field)>,
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let stored_string = STRING | STORED;
    let kind = builder.add_text_field("kind", stored_string.clone());
    let file = builder.add_text_field("file", stored_string.clone());
    let id = builder.add_u64_field("id", INDEXED | STORED);
    let stored = || TextOptions::default().set_stored();
    let title = builder.add_text_field("title", stored());
    let text = builder.add_text_field("text", stored());
    let normalized = builder.add_text_field("normalized", stored());
    let claimant = builder.add_text_field("claimant", stored());
    let verdict = builder.add_text_field("verdict", stored());
    let status = builder.add_text_field("status", stored());
    let date = builder.add_text_field("date", stored());
    let url = builder.add_text_field("url", stored());
    let indexed = |tokenizer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqs),
        )
    };
    let words = builder.add_text_field("words", indexed("desk_words"));
    let stems = LANGUAGES
        .iter()
        .map(|(language, code)| {
            let name = format!("stem_{code}");
            (*language, builder.add_text_field(&name, indexed(&name)))
        })
        .collect();
    let fields = Fields {
        kind,
        file,
        id,
        title,
        text,
        normalized,
        claimant,
        verdict,
        status,
        date,
        url,
        words,
        stems,
    };
    (builder.build(), fields)
}

/// The index and what it needs to be searched.
pub struct DeskIndex {
    folder: std::path::PathBuf,
    index: Index,
    reader: IndexReader,
    /// Its fields.
    pub fields: Fields,
}

impl DeskIndex {
    /// Opens the index in `folder`, or creates it there.
    pub fn open(folder: &Path) -> Result<Self, DeskError> {
        let failed = |e: String| DeskError::Index {
            path: folder.to_owned(),
            message: e,
        };
        std::fs::create_dir_all(folder).map_err(|e| failed(e.to_string()))?;
        let (schema, fields) = schema();
        let directory = MmapDirectory::open(folder).map_err(|e| failed(e.to_string()))?;
        let index = Index::open_or_create(directory, schema).map_err(|e| failed(e.to_string()))?;
        index.tokenizers().register("desk_words", words_analyzer());
        for (language, code) in LANGUAGES {
            index
                .tokenizers()
                .register(&format!("stem_{code}"), stems_analyzer(language));
        }
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e: tantivy::TantivyError| failed(e.to_string()))?;
        Ok(Self {
            folder: folder.to_owned(),
            index,
            reader,
            fields,
        })
    }

    fn failed(&self, error: impl std::fmt::Display) -> DeskError {
        DeskError::Index {
            path: self.folder.clone(),
            message: error.to_string(),
        }
    }

    /// A writer for a batch of changes (two threads, 64 MB).
    pub fn writer(&self) -> Result<IndexWriter, DeskError> {
        self.index
            .writer_with_num_threads(2, 64_000_000)
            .map_err(|e| self.failed(e))
    }

    /// Removes every document (what the index holds can no longer be told apart).
    pub fn clear(&self) -> Result<(), DeskError> {
        let mut writer = self.writer()?;
        writer.delete_all_documents().map_err(|e| self.failed(e))?;
        writer.commit().map_err(|e| self.failed(e))?;
        self.reload()
    }

    /// Makes what the last commit wrote visible to searches.
    pub fn reload(&self) -> Result<(), DeskError> {
        self.reader.reload().map_err(|e| self.failed(e))
    }

    /// The stem field of `language`.
    pub fn stem_field(&self, language: Language) -> Field {
        self.fields
            .stems
            .iter()
            .find(|(l, _)| *l == language)
            .or(self.fields.stems.first())
            .map(|(_, f)| *f)
            .unwrap_or(self.fields.words)
    }

    fn analyze(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    /// The words and stems of `text` (in `language`), as the index holds them.
    pub fn terms(&self, text: &str, language: Language) -> (Vec<String>, Vec<String>) {
        let code = LANGUAGES
            .iter()
            .find(|(l, _)| *l == language)
            .map_or("en", |(_, c)| c);
        let words = self
            .index
            .tokenizers()
            .get("desk_words")
            .map(|mut a| Self::analyze(&mut a, text))
            .unwrap_or_default();
        let stems = self
            .index
            .tokenizers()
            .get(&format!("stem_{code}"))
            .map(|mut a| Self::analyze(&mut a, text))
            .unwrap_or_default();
        (words, stems)
    }

    /// The query for the words and stems of `text`: any of them, ranked by BM25; with
    /// `kinds`, only documents of those kinds.
    pub fn query(&self, text: &str, kinds: &[HitKind]) -> Option<Box<dyn Query>> {
        let language = super::index::language_of(text);
        let (words, stems) = self.terms(text, language);
        let stem_field = self.stem_field(language);
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for (field, term) in words
            .iter()
            .map(|w| (self.fields.words, w))
            .chain(stems.iter().map(|s| (stem_field, s)))
        {
            if seen.insert((field, term.clone())) {
                should.push((
                    Occur::Should,
                    Box::new(TermQuery::new(
                        Term::from_field_text(field, term),
                        IndexRecordOption::WithFreqs,
                    )),
                ));
            }
        }
        if should.is_empty() {
            return None;
        }
        let any: Box<dyn Query> = Box::new(BooleanQuery::new(should));
        if kinds.is_empty() {
            return Some(any);
        }
        let kind_filter: Vec<(Occur, Box<dyn Query>)> = kinds
            .iter()
            .map(|k| {
                let q: Box<dyn Query> = Box::new(TermQuery::new(
                    Term::from_field_text(self.fields.kind, k.name()),
                    IndexRecordOption::Basic,
                ));
                (Occur::Should, q)
            })
            .collect();
        Some(Box::new(BooleanQuery::new(vec![
            (Occur::Must, any),
            (Occur::Must, Box::new(BooleanQuery::new(kind_filter))),
        ])))
    }

    /// The document of `kind` with this file and id.
    pub fn find(&self, kind: HitKind, file: &str, id: u64) -> Result<Option<Hit>, DeskError> {
        let term = |field, text: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, text),
                IndexRecordOption::Basic,
            ))
        };
        let query = BooleanQuery::new(vec![
            (Occur::Must, term(self.fields.kind, kind.name())),
            (Occur::Must, term(self.fields.file, file)),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_u64(self.fields.id, id),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        Ok(self.top(&query, 1)?.into_iter().next())
    }

    /// The best `limit` documents for `query`.
    pub fn top(&self, query: &dyn Query, limit: usize) -> Result<Vec<Hit>, DeskError> {
        let searcher = self.reader.searcher();
        let failed = |e: tantivy::TantivyError| self.failed(e);
        let top = searcher
            .search(query, &TopDocs::with_limit(limit.max(1)).order_by_score())
            .map_err(failed)?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address).map_err(failed)?;
            let text = |field: Field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned()
            };
            let f = &self.fields;
            let verdict = text(f.verdict);
            hits.push(Hit {
                kind: HitKind::from_name(&text(f.kind)),
                file: text(f.file),
                id: doc.get_first(f.id).and_then(|v| v.as_u64()).unwrap_or(0),
                title: text(f.title),
                text: text(f.text),
                normalized: text(f.normalized),
                claimant: text(f.claimant),
                verdict: (!verdict.is_empty()).then_some(verdict),
                status: text(f.status),
                date: text(f.date),
                url: text(f.url),
                score,
                meaning: None,
                shared: Vec::new(),
                context: String::new(),
            });
        }
        Ok(hits)
    }

    /// Number of documents searched.
    pub fn document_count(&self) -> u64 {
        self.reader.searcher().num_docs()
    }
}
