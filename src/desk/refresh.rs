//! Bringing the index up to date with the desk folder: files are found, compared with what the
//! index was built from (size and time first, then SHA-256), and only new or changed files are
//! read and indexed again; files gone from the folder leave the index.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use tantivy::schema::Field;
use tantivy::{IndexWriter, TantivyDocument, Term};

use super::index::{DeskIndex, language_of};
use super::manifest::{Entry, Outcome};
use super::records::ArticleRecord;
use super::{Desk, DeskError, OUTSIDE_CHECKS};
use crate::interop::claimreview::read_outside_checks;

/// What a refresh did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RefreshSummary {
    /// Files read for the first time.
    pub added: usize,
    /// Files read again because they changed.
    pub changed: usize,
    /// Files gone from the folder.
    pub removed: usize,
    /// Files as they were.
    pub unchanged: usize,
    /// Files that could not be read (among the added and changed).
    pub failed: usize,
}

impl RefreshSummary {
    /// True when the index changed.
    pub fn changed_anything(&self) -> bool {
        self.added + self.changed + self.removed > 0
    }
}

/// A file of the folder: (relative path with `/`, full path, size, time).
struct Found {
    file: String,
    path: PathBuf,
    size: u64,
    modified: u64,
}

fn is_desk_file(relative: &str) -> bool {
    let lower = relative.to_ascii_lowercase();
    lower.ends_with(".ron")
        || (relative.starts_with(&format!("{OUTSIDE_CHECKS}/"))
            && (lower.ends_with(".json") || lower.ends_with(".jsonld")))
}

/// Every annotation file and outside-checks file under `folder`, hidden folders left out.
fn scan(folder: &Path) -> Result<Vec<Found>, DeskError> {
    let mut found = Vec::new();
    let mut pending = vec![(folder.to_owned(), String::new())];
    while let Some((dir, prefix)) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(source) if dir == folder => {
                return Err(DeskError::Folder {
                    path: folder.to_owned(),
                    source,
                });
            }
            Err(_) => continue,
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let relative = format!("{prefix}{name}");
            if kind.is_dir() {
                pending.push((entry.path(), format!("{relative}/")));
            } else if kind.is_file() && is_desk_file(&relative) {
                let Ok(metadata) = entry.metadata() else {
                    continue;
                };
                let modified = metadata
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos() as u64);
                found.push(Found {
                    file: relative,
                    path: entry.path(),
                    size: metadata.len(),
                    modified,
                });
            }
        }
    }
    found.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(found)
}

/// What a file gives, and the documents it adds to the index.
fn read(index: &DeskIndex, found: &Found, bytes: &[u8]) -> (Outcome, Vec<TantivyDocument>) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return (
            Outcome::Failed("not UTF-8 text, so not a claimmark file".to_owned()),
            Vec::new(),
        );
    };
    if found.file.starts_with(&format!("{OUTSIDE_CHECKS}/")) {
        return match read_outside_checks(text) {
            Ok(checks) => {
                let docs = outside_documents(index, &found.file, &checks);
                (Outcome::Outside(checks), docs)
            }
            Err(why) => (Outcome::Failed(why), Vec::new()),
        };
    }
    match crate::format::from_ron(text) {
        Ok(loaded) => {
            let record = ArticleRecord::new(&loaded.document, &loaded.annotations);
            let docs = article_documents(index, &found.file, loaded.document.text(), &record);
            (Outcome::Article(record), docs)
        }
        Err(error) => (Outcome::Failed(error.to_string()), Vec::new()),
    }
}

fn add_text(doc: &mut TantivyDocument, field: Field, text: &str) {
    if !text.is_empty() {
        doc.add_text(field, text);
    }
}

/// A document with its kind, file, id and searchable words (as written and as stems).
fn base(
    index: &DeskIndex,
    kind: &str,
    file: &str,
    id: u64,
    words: &str,
    stems: Field,
) -> TantivyDocument {
    let f = &index.fields;
    let mut doc = TantivyDocument::default();
    doc.add_text(f.kind, kind);
    doc.add_text(f.file, file);
    doc.add_u64(f.id, id);
    add_text(&mut doc, f.words, words);
    add_text(&mut doc, stems, words);
    doc
}

fn article_documents(
    index: &DeskIndex,
    file: &str,
    text: &str,
    record: &ArticleRecord,
) -> Vec<TantivyDocument> {
    let f = &index.fields;
    let sample: String = text.chars().take(3000).collect();
    let stems = index.stem_field(language_of(&sample));
    let mut docs = Vec::new();
    let mut article = base(
        index,
        "article",
        file,
        0,
        &format!("{}\n{text}", record.title),
        stems,
    );
    add_text(&mut article, f.title, &record.title);
    add_text(&mut article, f.text, text);
    add_text(&mut article, f.date, &record.date);
    docs.push(article);
    for claim in &record.claims {
        let words = [
            claim.text.as_str(),
            &claim.normalized,
            &claim.claimant,
            &claim.rationale,
            &claim.note,
        ]
        .join("\n");
        let mut doc = base(index, "claim", file, claim.id, &words, stems);
        add_text(&mut doc, f.title, &record.title);
        add_text(&mut doc, f.text, &claim.text);
        add_text(&mut doc, f.normalized, &claim.normalized);
        add_text(&mut doc, f.claimant, &claim.claimant);
        add_text(
            &mut doc,
            f.verdict,
            claim.verdict.as_deref().unwrap_or_default(),
        );
        add_text(&mut doc, f.status, claim.status.label());
        add_text(&mut doc, f.date, &claim.date);
        docs.push(doc);
    }
    for quote in &record.quotes {
        let words = [quote.text.as_str(), &quote.speaker, &quote.note].join("\n");
        let mut doc = base(index, "quote", file, quote.id, &words, stems);
        add_text(&mut doc, f.title, &record.title);
        add_text(&mut doc, f.text, &quote.text);
        add_text(&mut doc, f.claimant, &quote.speaker);
        docs.push(doc);
    }
    docs
}

fn outside_documents(
    index: &DeskIndex,
    file: &str,
    checks: &[crate::interop::OutsideCheck],
) -> Vec<TantivyDocument> {
    let f = &index.fields;
    checks
        .iter()
        .enumerate()
        .map(|(n, check)| {
            let stems = index.stem_field(language_of(&check.claim));
            let words = [check.claim.as_str(), &check.headline, &check.claimant].join("\n");
            let mut doc = base(index, "outside", file, n as u64 + 1, &words, stems);
            add_text(&mut doc, f.title, &check.publisher);
            add_text(&mut doc, f.text, &check.claim);
            add_text(&mut doc, f.normalized, &check.headline);
            add_text(&mut doc, f.claimant, &check.claimant);
            add_text(&mut doc, f.verdict, &check.rating);
            add_text(&mut doc, f.date, &check.date);
            add_text(&mut doc, f.url, &check.url);
            doc
        })
        .collect()
}

impl Desk {
    /// Brings the index up to date with the folder; `progress(done, total)` is told how many of
    /// the files to read are read.
    pub fn refresh(
        &mut self,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<RefreshSummary, DeskError> {
        self.refresh_waiting(progress, &mut || {})
    }

    /// [`Desk::refresh`], calling `waiting()` once when another process (the app, a script, a
    /// terminal) is updating the same index: this one waits for it, then reads what it wrote.
    pub fn refresh_waiting(
        &mut self,
        progress: &mut dyn FnMut(usize, usize),
        waiting: &mut dyn FnMut(),
    ) -> Result<RefreshSummary, DeskError> {
        let _lock = super::UpdateLock::take(&self.index_folder, waiting)?;
        let manifest_path = self.index_folder.join("manifest.json");
        let stamp = super::manifest::Stamp::of(&manifest_path);
        let reloaded = stamp != self.manifest_stamp;
        if reloaded {
            // Another process updated the index since this one last looked.
            self.manifest = super::Manifest::load(&manifest_path);
            self.manifest_stamp = stamp;
            self.index.reload()?;
        }
        let found = scan(&self.folder)?;
        let mut summary = RefreshSummary::default();
        let mut to_read: Vec<(&Found, Vec<u8>, String)> = Vec::new();
        let mut touched = false;
        for f in &found {
            let known = self.manifest.files.contains_key(&f.file);
            if self
                .manifest
                .files
                .get(&f.file)
                .is_some_and(|entry| entry.size == f.size && entry.modified == f.modified)
            {
                summary.unchanged += 1;
                continue;
            }
            let bytes = match crate::io::read_bytes(&f.path) {
                Ok(bytes) => bytes,
                Err(error) => {
                    let entry = Entry {
                        size: f.size,
                        modified: f.modified,
                        sha256: String::new(),
                        outcome: Outcome::Failed(error.to_string()),
                    };
                    if known {
                        summary.changed += 1;
                    } else {
                        summary.added += 1;
                    }
                    summary.failed += 1;
                    self.manifest.files.insert(f.file.clone(), entry);
                    to_read.push((f, Vec::new(), String::new()));
                    continue;
                }
            };
            let sha256 = crate::model::sha256_bytes_hex(&bytes);
            if let Some(entry) = self.manifest.files.get_mut(&f.file)
                && entry.sha256 == sha256
            {
                // Touched, not changed.
                entry.size = f.size;
                entry.modified = f.modified;
                touched = true;
                summary.unchanged += 1;
                continue;
            }
            if known {
                summary.changed += 1;
            } else {
                summary.added += 1;
            }
            to_read.push((f, bytes, sha256));
        }
        let present: std::collections::BTreeSet<&str> =
            found.iter().map(|f| f.file.as_str()).collect();
        let gone: Vec<String> = self
            .manifest
            .files
            .keys()
            .filter(|k| !present.contains(k.as_str()))
            .cloned()
            .collect();
        summary.removed = gone.len();
        if !to_read.is_empty() || !gone.is_empty() {
            let mut writer = self.index.writer()?;
            for file in gone.iter().chain(to_read.iter().map(|(f, _, _)| &f.file)) {
                writer.delete_term(Term::from_field_text(self.index.fields.file, file));
            }
            for file in &gone {
                self.manifest.files.remove(file);
            }
            index_files(
                &self.index,
                &mut self.manifest,
                &mut writer,
                to_read,
                &mut summary,
                progress,
            )
            .map_err(|e| self.index_error(e))?;
            writer.commit().map_err(|e| self.index_error(e))?;
            self.index.reload()?;
        }
        if reloaded || summary.changed_anything() || !self.matchable_current {
            self.matchable = self.list_matchable();
            self.matchable_current = true;
        }
        // Touched files' new times spare the next refresh from hashing them again.
        if summary.changed_anything() || touched || self.manifest_stamp.is_none() {
            self.manifest.save(&manifest_path)?;
            self.manifest_stamp = super::manifest::Stamp::of(&manifest_path);
        }
        Ok(summary)
    }

    fn index_error(&self, error: tantivy::TantivyError) -> DeskError {
        DeskError::Index {
            path: self.index_folder.clone(),
            message: error.to_string(),
        }
    }
}

/// Reads the files (on as many threads as there are cores) and adds their documents.
fn index_files(
    index: &DeskIndex,
    manifest: &mut super::manifest::Manifest,
    writer: &mut IndexWriter,
    to_read: Vec<(&Found, Vec<u8>, String)>,
    summary: &mut RefreshSummary,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(), tantivy::TantivyError> {
    let total = to_read.len();
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8);
    let chunk = total.div_ceil(threads).max(1);
    let (sender, receiver) = std::sync::mpsc::channel();
    let mut done = 0;
    std::thread::scope(|scope| {
        for part in to_read.chunks(chunk) {
            let sender = sender.clone();
            scope.spawn(move || {
                for (found, bytes, sha256) in part {
                    if sha256.is_empty() {
                        // Could not be read: already recorded as failed.
                        let _ = sender.send(None);
                        continue;
                    }
                    let (outcome, docs) = read(index, found, bytes);
                    let entry = Entry {
                        size: found.size,
                        modified: found.modified,
                        sha256: sha256.clone(),
                        outcome,
                    };
                    let _ = sender.send(Some((found.file.clone(), entry, docs)));
                }
            });
        }
        drop(sender);
        for message in receiver {
            done += 1;
            progress(done, total);
            let Some((file, entry, docs)) = message else {
                continue;
            };
            if matches!(entry.outcome, Outcome::Failed(_)) {
                summary.failed += 1;
            }
            for doc in docs {
                writer.add_document(doc)?;
            }
            manifest.files.insert(file, entry);
        }
        Ok(())
    })
}
