//! Writing the annotation file fast. The header (article) and the annotations are serialized
//! at the same time on all cores; a [`SaveCache`] keeps each piece, so a later save
//! serializes again only the annotations that changed. The output is byte for byte what
//! `ron` gives for the whole file at once (tested), so the format stays plain RON.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::v1::ArticleV1;
use super::v2::FileV2;
use super::{FORMAT_NAME, FormatError, emit, version_for};
use crate::model::{
    Annotation, AnnotationId, AnnotationSet, Document, PdfPages, RatingScale, Timeline, WebSource,
};

/// What the file header depends on: (file version, article sha256, title, source, encoding,
/// web page, timeline, PDF pages, rating scale, rejected suggestions).
type HeaderKey = (
    u32,
    String,
    String,
    Option<String>,
    String,
    Option<WebSource>,
    Option<Timeline>,
    Option<PdfPages>,
    RatingScale,
    Vec<String>,
);

/// Serialized pieces of the last save.
#[derive(Clone, Debug, Default)]
pub struct SaveCache {
    /// (what the header was written from, text before the annotations, text after them).
    header: Option<(HeaderKey, String, String)>,
    /// Per annotation: (the annotation as it was serialized, its text, indented, with the
    /// comma). Compared by equality, so a change can never go unnoticed.
    items: HashMap<AnnotationId, (Arc<Annotation>, String)>,
}

impl SaveCache {
    /// Fills a cache for this state, e.g. on a background thread right after opening a large
    /// file, so the first save is as fast as the later ones.
    pub fn warmed(document: &Document, annotations: &AnnotationSet, scale: &RatingScale) -> Self {
        let mut cache = Self::default();
        // One thread: the user interface keeps the other cores meanwhile.
        let _ = write_cached(document, annotations, scale, &mut cache, Threads::One);
        cache
    }

    /// Takes over what `other` serialized that this cache lacks. Entries remember what they
    /// were written from, so they stay right even if the annotations changed in the meantime.
    pub fn adopt(&mut self, other: SaveCache) {
        if self.header.is_none() {
            self.header = other.header;
        }
        for (id, entry) in other.items {
            self.items.entry(id).or_insert(entry);
        }
    }
}

pub(super) fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .struct_names(false)
        .new_line("\n")
        .indentor("    ")
        .enumerate_arrays(false)
}

fn header_key(
    document: &Document,
    annotations: &AnnotationSet,
    scale: &RatingScale,
    version: u32,
) -> HeaderKey {
    (
        version,
        document.sha256().to_owned(),
        document.title().to_owned(),
        document.source().map(str::to_owned),
        document.encoding().to_owned(),
        document.web().cloned(),
        document.timeline().cloned(),
        document.pdf().cloned(),
        scale.clone(),
        rejected(annotations),
    )
}

fn rejected(annotations: &AnnotationSet) -> Vec<String> {
    annotations
        .rejected_suggestions()
        .map(str::to_owned)
        .collect()
}

/// The file up to `annotations:` and after the annotation list. `ron` writes the structure;
/// the article's lines, most of the header's bytes, go through the fast emitter.
fn header(
    document: &Document,
    annotations: &AnnotationSet,
    scale: &RatingScale,
    version: u32,
) -> Result<(String, String), FormatError> {
    let file = FileV2 {
        format: FORMAT_NAME.to_owned(),
        version,
        article: ArticleV1 {
            title: document.title().to_owned(),
            source: document.source().map(str::to_owned),
            encoding: document.encoding().to_owned(),
            sha256: document.sha256().to_owned(),
            chars: document.char_len(),
            web: document.web().cloned(),
            timeline: document.timeline().cloned(),
            pdf: document.pdf().cloned(),
            text: Vec::new(),
        },
        rating_scale: scale.clone(),
        annotations: Vec::new(),
        rejected_suggestions: rejected(annotations),
    };
    let text = ron::ser::to_string_pretty(&file, pretty())
        .map_err(|e| FormatError::Write(e.to_string()))?;
    let unexpected = || FormatError::Write("unexpected layout of the file header".to_owned());
    // Strings cannot hold a raw line break, so these markers only match the fields.
    let lines_marker = "\n        text: [],\n";
    let lines_at = text.find(lines_marker).ok_or_else(unexpected)?;
    let marker = "\n    annotations: [],\n";
    let at = text.rfind(marker).ok_or_else(unexpected)?;
    let mut head = String::with_capacity(document.text().len() * 9 / 8 + text.len());
    head.push_str(text.get(..lines_at + 1).ok_or_else(unexpected)?);
    head.push_str(&emit::article_lines(document.text()));
    head.push_str(
        text.get(lines_at + lines_marker.len()..at + 1)
            .ok_or_else(unexpected)?,
    );
    let tail = text.get(at + marker.len()..).unwrap_or_default().to_owned();
    Ok((head, tail))
}

/// Puts the pieces together.
fn assemble<'a>(
    head: &str,
    items: impl Iterator<Item = &'a str>,
    tail: &str,
    empty: bool,
) -> String {
    let items: Vec<&str> = items.collect();
    let body: usize = items.iter().map(|t| t.len()).sum();
    let mut out = String::with_capacity(head.len() + body + tail.len() + 64);
    out.push_str(head);
    if empty {
        out.push_str("    annotations: [],\n");
    } else {
        out.push_str("    annotations: [\n");
        for item in items {
            out.push_str(item);
        }
        out.push_str("    ],\n");
    }
    out.push_str(tail);
    out.push('\n');
    out
}

/// Writes the whole file, keeping nothing: the header on one thread while the annotations are
/// written in one piece per core.
pub fn to_ron_uncached(
    document: &Document,
    annotations: &AnnotationSet,
    scale: &RatingScale,
) -> Result<String, FormatError> {
    let all: Vec<&Annotation> = annotations.in_order().collect();
    let version = version_for(document, annotations);
    let (head, parts) = std::thread::scope(|scope| {
        let head = scope.spawn(|| header(document, annotations, scale, version));
        let parts = in_parallel(&all, Threads::All, |part| {
            let mut out = String::with_capacity(part.iter().map(|a| emit::estimated_len(a)).sum());
            for annotation in part {
                emit::push_annotation(&mut out, annotation)?;
            }
            Ok(vec![out])
        });
        (joined(head), parts)
    });
    let (head, tail) = head?;
    let parts = parts?;
    Ok(assemble(
        &head,
        parts.iter().map(String::as_str),
        &tail,
        annotations.is_empty(),
    ))
}

/// How many threads may serialize.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Threads {
    One,
    All,
}

/// Writes the file, reusing `cache` for everything that did not change since it was filled.
pub fn to_ron_cached(
    document: &Document,
    annotations: &AnnotationSet,
    scale: &RatingScale,
    cache: &mut SaveCache,
) -> Result<String, FormatError> {
    write_cached(document, annotations, scale, cache, Threads::All)
}

fn write_cached(
    document: &Document,
    annotations: &AnnotationSet,
    scale: &RatingScale,
    cache: &mut SaveCache,
    threads: Threads,
) -> Result<String, FormatError> {
    let version = version_for(document, annotations);
    let key = header_key(document, annotations, scale, version);
    let header_stale = cache.header.as_ref().is_none_or(|(k, _, _)| *k != key);
    // The annotations that are new or changed since the cache was filled.
    let stale: Vec<&Arc<Annotation>> = annotations
        .shared_in_order()
        .filter(|a| {
            cache
                .items
                .get(&a.id)
                .is_none_or(|(old, _)| !Arc::ptr_eq(old, a) && old != *a)
        })
        .collect();
    let serialize = |part: &[&Arc<Annotation>]| {
        part.iter()
            .map(|a| {
                let mut out = String::with_capacity(emit::estimated_len(a));
                emit::push_annotation(&mut out, a).map(|()| out)
            })
            .collect()
    };
    let (fresh_header, fresh) = if header_stale && threads == Threads::All {
        std::thread::scope(|scope| {
            let head = scope.spawn(|| header(document, annotations, scale, version));
            let items = in_parallel(&stale, threads, serialize);
            (Some(joined(head)), items)
        })
    } else {
        let head = header_stale.then(|| header(document, annotations, scale, version));
        (head, in_parallel(&stale, threads, serialize))
    };
    if let Some(head) = fresh_header {
        let (head, tail) = head?;
        cache.header = Some((key, head, tail));
    }
    for (annotation, text) in stale.into_iter().zip(fresh?) {
        cache
            .items
            .insert(annotation.id, (Arc::clone(annotation), text));
    }
    if cache.items.len() != annotations.len() {
        let ids: HashSet<AnnotationId> = annotations.in_order().map(|a| a.id).collect();
        cache.items.retain(|id, _| ids.contains(id));
    }
    let Some((_, head, tail)) = &cache.header else {
        return Err(FormatError::Write(
            "the file header was not prepared".to_owned(),
        ));
    };
    let items = annotations
        .in_order()
        .filter_map(|a| cache.items.get(&a.id).map(|(_, text)| text.as_str()));
    Ok(assemble(head, items, tail, annotations.is_empty()))
}

fn joined<T>(
    handle: std::thread::ScopedJoinHandle<'_, Result<T, FormatError>>,
) -> Result<T, FormatError> {
    handle
        .join()
        .unwrap_or_else(|_| Err(FormatError::Write("a writer thread failed".to_owned())))
}

/// Runs `work` on `items` cut into one part per thread and concatenates the results in order.
fn in_parallel<I: Sync, T: Send>(
    items: &[I],
    threads: Threads,
    work: impl Fn(&[I]) -> Result<Vec<T>, FormatError> + Sync,
) -> Result<Vec<T>, FormatError> {
    let threads = match threads {
        Threads::One => 1,
        Threads::All => std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8),
    };
    if items.len() < 2_000 || threads < 2 {
        return work(items);
    }
    let chunk = items.len().div_ceil(threads);
    let work = &work;
    let results: Vec<Result<Vec<T>, FormatError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || work(part)))
            .collect();
        handles.into_iter().map(joined).collect()
    });
    let mut all = Vec::with_capacity(items.len());
    for part in results {
        all.extend(part?);
    }
    Ok(all)
}
