//! Writing the annotation file fast: the article part and each annotation are serialized on
//! their own (in parallel on a cold start) and kept, so a later save re-serializes only the
//! annotations that changed. The output is byte for byte what serializing the whole file at
//! once gives (tested), so the format stays plain RON.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use super::v2::{AnnotationV2, FileV2};
use super::{CURRENT_VERSION, FORMAT_NAME, FormatError, annotation_to_file, article_to_file};
use crate::model::{Annotation, AnnotationId, AnnotationSet, Document, RatingScale};

/// Indentation of an annotation inside `annotations: [ … ]`.
const ITEM_INDENT: &str = "        ";

/// Serialized pieces of the last save.
#[derive(Clone, Debug, Default)]
pub struct SaveCache {
    /// (hash of the article and scale, text before the annotations, text after them).
    skeleton: Option<(u64, String, String)>,
    /// Per annotation: (hash of its content, its serialized text, indented, with the comma).
    items: HashMap<AnnotationId, (u64, String)>,
}

impl SaveCache {
    /// Fills a cache for this state, e.g. on a background thread right after opening a large
    /// file, so the first save is as fast as the later ones.
    pub fn warmed(document: &Document, annotations: &AnnotationSet, scale: &RatingScale) -> Self {
        let mut cache = Self::default();
        let _ = to_ron_cached(document, annotations, scale, &mut cache);
        cache
    }

    /// Takes over what `other` serialized that this cache lacks. Entries are keyed by content,
    /// so they stay right even if the annotations changed in the meantime.
    pub fn adopt(&mut self, other: SaveCache) {
        if self.skeleton.is_none() {
            self.skeleton = other.skeleton;
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

fn hash_of(value: &impl Hash) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

fn serialize_item(annotation: &Annotation) -> Result<String, FormatError> {
    let file: AnnotationV2 = annotation_to_file(annotation);
    let text = ron::ser::to_string_pretty(&file, pretty())
        .map_err(|e| FormatError::Write(e.to_string()))?;
    let mut out = String::with_capacity(text.len() + 16 * ITEM_INDENT.len());
    for line in text.lines() {
        out.push_str(ITEM_INDENT);
        out.push_str(line);
        out.push('\n');
    }
    // `(…)\n` becomes `(…),\n` as an element of the list.
    out.pop();
    out.push_str(",\n");
    Ok(out)
}

fn skeleton(document: &Document, scale: &RatingScale) -> Result<(String, String), FormatError> {
    let file = FileV2 {
        format: FORMAT_NAME.to_owned(),
        version: CURRENT_VERSION,
        article: article_to_file(document),
        rating_scale: scale.clone(),
        annotations: Vec::new(),
    };
    let text = ron::ser::to_string_pretty(&file, pretty())
        .map_err(|e| FormatError::Write(e.to_string()))?;
    let marker = "\n    annotations: [],\n";
    let at = text
        .rfind(marker)
        .ok_or_else(|| FormatError::Write("unexpected layout of the file header".to_owned()))?;
    let head = text.get(..at + 1).unwrap_or_default().to_owned();
    let tail = text.get(at + marker.len()..).unwrap_or_default().to_owned();
    Ok((head, tail))
}

/// Writes the file, reusing `cache` for everything that did not change since it was filled.
pub fn to_ron_cached(
    document: &Document,
    annotations: &AnnotationSet,
    scale: &RatingScale,
    cache: &mut SaveCache,
) -> Result<String, FormatError> {
    let skeleton_key = hash_of(&(
        document.sha256(),
        document.title(),
        document.source(),
        document.encoding(),
        scale,
    ));
    if cache
        .skeleton
        .as_ref()
        .is_none_or(|(key, _, _)| *key != skeleton_key)
    {
        let (head, tail) = skeleton(document, scale)?;
        cache.skeleton = Some((skeleton_key, head, tail));
    }
    // Hash every annotation; serialize the ones that are new or changed, in parallel.
    let hashes: Vec<(AnnotationId, u64)> =
        annotations.in_order().map(|a| (a.id, hash_of(a))).collect();
    let (stale, stale_hashes): (Vec<&Annotation>, Vec<u64>) = annotations
        .in_order()
        .zip(&hashes)
        .filter(|(a, (_, hash))| cache.items.get(&a.id).is_none_or(|(h, _)| h != hash))
        .map(|(a, (_, hash))| (a, *hash))
        .unzip();
    let fresh = serialize_all(&stale)?;
    for ((annotation, text), hash) in stale.iter().zip(fresh).zip(stale_hashes) {
        cache.items.insert(annotation.id, (hash, text));
    }
    cache.items.retain(|id, _| annotations.get(*id).is_some());

    let Some((_, head, tail)) = &cache.skeleton else {
        return Err(FormatError::Write(
            "the file header was not prepared".to_owned(),
        ));
    };
    if annotations.is_empty() {
        return Ok(format!("{head}    annotations: [],\n{tail}\n"));
    }
    let body: usize = cache.items.values().map(|(_, t)| t.len()).sum();
    let mut out = String::with_capacity(head.len() + body + tail.len() + 64);
    out.push_str(head);
    out.push_str("    annotations: [\n");
    for (id, _) in &hashes {
        if let Some((_, text)) = cache.items.get(id) {
            out.push_str(text);
        }
    }
    out.push_str("    ],\n");
    out.push_str(tail);
    out.push('\n');
    Ok(out)
}

fn serialize_all(items: &[&Annotation]) -> Result<Vec<String>, FormatError> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if items.len() < 2_000 || threads < 2 {
        return items.iter().map(|a| serialize_item(a)).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let results: Vec<Result<Vec<String>, FormatError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|a| serialize_item(a)).collect()))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(FormatError::Write("a writer thread failed".to_owned()))
                })
            })
            .collect()
    });
    let mut all = Vec::with_capacity(items.len());
    for part in results {
        all.extend(part?);
    }
    Ok(all)
}
