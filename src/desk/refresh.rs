//! Bringing the index up to date with the desk folder: files are found, compared with what the
//! index was built from (size and time first, then SHA-256), and only new or changed files are
//! read and indexed again; files gone from the folder leave the index.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use tantivy::schema::Field;
use tantivy::{IndexWriter, TantivyDocument, Term};

use super::index::{DeskIndex, language_of};
use super::manifest::{self, Entry, Manifest, Outcome, Stamp};
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
    ///
    /// Only the stamps of the files are compared on every call; what the files gave is read
    /// from the manifest only when something changed.
    pub fn refresh_waiting(
        &mut self,
        progress: &mut dyn FnMut(usize, usize),
        waiting: &mut dyn FnMut(),
    ) -> Result<RefreshSummary, DeskError> {
        let _lock = super::UpdateLock::take(&self.index_folder, waiting)?;
        let stamp = Stamp::of(&self.index_folder.join(manifest::FILES));
        let reloaded = stamp != self.manifest_stamp;
        if reloaded {
            // Another process updated the index since this one last looked.
            self.manifest = Manifest::load(&self.index_folder);
            self.manifest_stamp = stamp;
            self.index.reload()?;
        }
        let found = scan(&self.folder)?;
        let mut summary = RefreshSummary::default();
        // What the files gave is not read here: a refresh only rewrites it line by line.
        let start_over = self.manifest.lost();
        let candidates = self.changed_stamps(&found, start_over);
        let gone = if start_over {
            Vec::new()
        } else {
            self.gone(&found)
        };
        if start_over {
            self.manifest = Manifest::empty(&self.index_folder);
        }
        summary.unchanged = found.len() - candidates.len();
        summary.removed = gone.len();
        let mut touched = false;
        if !candidates.is_empty() || !gone.is_empty() || start_over {
            let mut writer = self.index.writer()?;
            if start_over {
                writer
                    .delete_all_documents()
                    .map_err(|e| self.index_error(e))?;
            }
            for file in &gone {
                writer.delete_term(Term::from_field_text(self.index.fields.file, file));
                self.manifest.remove(file);
            }
            touched = read_files(
                &self.index,
                &mut self.manifest,
                &mut writer,
                &candidates,
                &mut summary,
                progress,
            )
            .map_err(|e| self.index_error(e))?;
            if summary.changed_anything() || start_over {
                writer.commit().map_err(|e| self.index_error(e))?;
                // Merges finish while this process holds the index, not behind its back.
                writer
                    .wait_merging_threads()
                    .map_err(|e| self.index_error(e))?;
                self.index.reload()?;
            }
        }
        let changed = reloaded || summary.changed_anything() || start_over;
        // Touched files' new times spare the next refresh from hashing them again. Saved
        // before the lists are read: new outcomes are on disk only then.
        if changed || touched || self.manifest_stamp.is_none() {
            self.manifest.save()?;
            self.manifest_stamp = Stamp::of(&self.index_folder.join(manifest::FILES));
        }
        if self.vectors.is_some() && (changed || !self.matchable_current) {
            self.matchable = self.listing();
            self.matchable_current = true;
            self.texts_for_missing_vectors();
        } else if changed {
            self.matchable_current = false;
        }
        Ok(summary)
    }

    /// The files whose size or time differ from when they were read (all of them when
    /// starting over), with the SHA-256 they had then.
    fn changed_stamps<'a>(&self, found: &'a [Found], all: bool) -> Vec<Candidate<'a>> {
        found
            .iter()
            .filter_map(|f| {
                let entry = self.manifest.files.get(&f.file).filter(|_| !all);
                if entry.is_some_and(|e| e.size == f.size && e.modified == f.modified) {
                    return None;
                }
                Some(Candidate {
                    found: f,
                    known: entry.map(|e| e.sha256.clone()),
                })
            })
            .collect()
    }

    /// The files the manifest knows that are gone from the folder.
    fn gone(&self, found: &[Found]) -> Vec<String> {
        let present: std::collections::BTreeSet<&str> =
            found.iter().map(|f| f.file.as_str()).collect();
        self.manifest
            .files
            .keys()
            .filter(|k| !present.contains(k.as_str()))
            .cloned()
            .collect()
    }

    fn index_error(&self, error: tantivy::TantivyError) -> DeskError {
        DeskError::Index {
            path: self.index_folder.clone(),
            message: error.to_string(),
        }
    }
}

/// A file that may have changed, with the SHA-256 it had when last read (None: new).
struct Candidate<'a> {
    found: &'a Found,
    known: Option<String>,
}

/// What reading a candidate found.
enum Read {
    /// Same bytes, new time.
    Touched,
    /// Could not be read at all.
    Unreadable(String),
    /// New or changed: what it gives and its documents.
    Changed(Box<(Entry, Outcome, Vec<TantivyDocument>)>),
}

/// Files read and parsed at once, waiting for the index: bounds the memory a large desk's
/// first build takes.
const IN_FLIGHT: usize = 64;

/// Reads the candidates (on as many threads as there are cores, a few at a time) and indexes
/// those that changed; returns true when some were only touched.
fn read_files(
    index: &DeskIndex,
    manifest: &mut Manifest,
    writer: &mut IndexWriter,
    candidates: &[Candidate<'_>],
    summary: &mut RefreshSummary,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<bool, tantivy::TantivyError> {
    let total = candidates.len();
    if total == 0 {
        return Ok(false);
    }
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8)
        .min(total);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (sender, receiver) = std::sync::mpsc::sync_channel(IN_FLIGHT);
    let mut touched = false;
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let sender = sender.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    let at = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(candidate) = candidates.get(at) else {
                        break;
                    };
                    if sender.send((at, read_one(index, candidate))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        for (done, (at, read)) in receiver.into_iter().enumerate() {
            progress(done + 1, total);
            let Some(candidate) = candidates.get(at) else {
                continue;
            };
            let found = candidate.found;
            if let Read::Touched = read {
                if let Some(entry) = manifest.files.get_mut(&found.file) {
                    entry.size = found.size;
                    entry.modified = found.modified;
                }
                touched = true;
                summary.unchanged += 1;
                continue;
            }
            if candidate.known.is_some() {
                summary.changed += 1;
            } else {
                summary.added += 1;
            }
            writer.delete_term(Term::from_field_text(index.fields.file, &found.file));
            let (entry, outcome, docs) = match read {
                Read::Changed(changed) => *changed,
                Read::Unreadable(why) => {
                    let entry = Entry {
                        size: found.size,
                        modified: found.modified,
                        sha256: String::new(),
                        failed: true,
                    };
                    (entry, Outcome::Failed(why), Vec::new())
                }
                Read::Touched => continue,
            };
            if matches!(outcome, Outcome::Failed(_)) {
                summary.failed += 1;
            }
            for doc in docs {
                writer.add_document(doc)?;
            }
            manifest.insert(found.file.clone(), entry, outcome);
        }
        Ok(touched)
    })
}

/// Reads one candidate: its bytes, their SHA-256 and, when they changed, what they give.
fn read_one(index: &DeskIndex, candidate: &Candidate<'_>) -> Read {
    let found = candidate.found;
    let bytes = match crate::io::read_bytes(&found.path) {
        Ok(bytes) => bytes,
        Err(error) => return Read::Unreadable(error.to_string()),
    };
    let sha256 = crate::model::sha256_bytes_hex(&bytes);
    if candidate.known.as_deref() == Some(sha256.as_str()) {
        return Read::Touched;
    }
    let (outcome, docs) = read(index, found, &bytes);
    let entry = Entry {
        size: found.size,
        modified: found.modified,
        sha256,
        failed: false,
    };
    Read::Changed(Box::new((entry, outcome, docs)))
}
