//! The desk in the app: opening a desk folder (remembered), the panel's requests, the events
//! of the desk thread, "Seen before" for the selected claim, re-reading the folder when the
//! window gets the focus back, and reusing an earlier check.

use std::path::{Path, PathBuf};

use super::desk_worker::{DeskEvent, DeskRequest, DeskWorker};
use super::{ClaimmarkApp, Pending, PromptPurpose, StatusKind};
use crate::desk::{ArticleRow, Hit, HitKind};
use crate::io::clock::now_rfc3339;
use crate::model::{Evidence, Tag};
use crate::tr;
use crate::ui::desk_panel::{DeskAction, DeskPanelState, DeskTab};

/// "Seen before" for the selected claim.
#[derive(Default)]
pub(super) struct SeenBefore {
    /// What the last request asked: (file in the desk, id, words).
    asked: Option<(Option<String>, u64, String)>,
    generation: u64,
    /// The claim the hits are for, and the hits.
    pub(super) hits: Option<(u64, Vec<Hit>)>,
}

/// The open desk, as the app knows it.
#[derive(Default)]
pub(super) struct DeskState {
    worker: Option<DeskWorker>,
    /// The desk folder, once opened.
    pub(super) folder: Option<PathBuf>,
    /// (done, total) while the thread indexes.
    pub(super) progress: Option<(usize, usize)>,
    /// (with a vector, claims and checks) once the matching model is in use.
    pub(super) vectors: Option<(usize, usize)>,
    /// No matching model is installed (said once).
    pub(super) model_missing: bool,
    /// Its files.
    pub(super) articles: Vec<ArticleRow>,
    /// Its outside checks.
    pub(super) outside: usize,
    /// The panel's state.
    pub(super) panel: DeskPanelState,
    /// The panel is shown.
    pub(super) shown: bool,
    pub(super) seen: SeenBefore,
    /// The window had the focus in the last frame.
    focused: bool,
    /// Annotation to select once this file of the desk is open.
    pub(super) select_after_open: Option<(PathBuf, u64)>,
}

impl ClaimmarkApp {
    /// Opens the desk remembered in the preferences, if any (call once after creating the app).
    pub fn open_remembered_desk(&mut self, ctx: &egui::Context) {
        if let Some(folder) = self.platform.remembered_desk()
            && crate::io::is_folder(&folder)
        {
            self.open_desk(ctx, &folder, false);
        }
    }

    /// Opens `folder` as the desk and remembers it (the command line's `--desk`).
    pub fn open_desk_folder(&mut self, ctx: &egui::Context, folder: &Path) {
        self.open_desk(ctx, folder, true);
    }

    /// Opens the desk in `folder` (indexing in the background); `remember` stores it.
    pub(super) fn open_desk(&mut self, ctx: &egui::Context, folder: &Path, remember: bool) {
        // Remembered whole, so the app finds it again whatever folder it starts in.
        let absolute = std::path::absolute(folder).unwrap_or_else(|_| folder.to_owned());
        let folder = absolute.as_path();
        if !crate::io::is_folder(folder) {
            self.set_status(
                StatusKind::Error,
                tr!("status-not-a-folder", path = folder.display().to_string()),
            );
            return;
        }
        let Some(cache) = self.platform.desk_cache() else {
            self.set_status(StatusKind::Error, tr!("status-no-cache"));
            return;
        };
        if self.desk.worker.is_none() {
            let ctx = ctx.clone();
            self.desk.worker = DeskWorker::start(move || ctx.request_repaint());
        }
        let Some(worker) = &self.desk.worker else {
            self.set_status(StatusKind::Error, tr!("status-no-desk-worker"));
            return;
        };
        worker.send(DeskRequest::Open {
            folder: folder.to_owned(),
            cache,
            model: self.platform.model_folder(),
        });
        self.desk.folder = Some(folder.to_owned());
        self.desk.articles.clear();
        self.desk.shown = true;
        self.desk.seen = SeenBefore::default();
        if remember && let Err(e) = self.platform.remember_desk(folder) {
            self.set_status(
                StatusKind::Warning,
                tr!("status-desk-not-remembered", why = e),
            );
            return;
        }
        self.set_status(
            StatusKind::Info,
            tr!("status-desk-opening", name = crate::io::file_name(folder)),
        );
    }

    /// Takes what the desk thread sent; re-reads the folder when the window gets the focus.
    pub(super) fn poll_desk(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.focused);
        if focused && !self.desk.focused {
            self.send_desk(DeskRequest::Refresh);
        }
        self.desk.focused = focused;
        let events = match &self.desk.worker {
            Some(worker) => worker.events(),
            None => return,
        };
        for event in events {
            match event {
                DeskEvent::Progress { done, total } => {
                    self.desk.progress = (done < total).then_some((done, total));
                }
                DeskEvent::Snapshot {
                    folder,
                    articles,
                    outside,
                    summary,
                } => {
                    self.desk.progress = None;
                    let failed = articles.iter().filter(|a| a.record.is_err()).count();
                    let first = self.desk.articles.is_empty();
                    self.desk.articles = articles;
                    self.desk.outside = outside;
                    self.desk.seen.asked = None;
                    if first {
                        let note = match failed {
                            0 => String::new(),
                            n => tr!("status-desk-unreadable", count = n),
                        };
                        let read = summary.added + summary.changed;
                        let how = match (read, summary.unchanged) {
                            (0, _) => tr!("status-desk-from-index"),
                            (read, 0) => tr!("status-desk-indexed", count = read),
                            (read, _) => tr!("status-desk-read-again", count = read),
                        };
                        self.set_status(
                            if failed > 0 {
                                StatusKind::Warning
                            } else {
                                StatusKind::Info
                            },
                            tr!(
                                "status-desk-open",
                                name = crate::io::file_name(&folder),
                                count = self.desk.articles.len() - failed,
                                how = how,
                                note = note
                            ),
                        );
                    }
                }
                DeskEvent::ModelMissing => {
                    if !self.desk.model_missing {
                        self.desk.model_missing = true;
                        self.set_status(StatusKind::Info, tr!("status-model-missing"));
                    }
                }
                DeskEvent::Vectors { done, total } => {
                    // Once every claim has a vector, the suggestions can be compared with them.
                    let finished = done == total && self.desk.vectors != Some((done, total));
                    self.desk.vectors = Some((done, total));
                    if finished {
                        self.ask_desk_for_alike();
                    }
                }
                DeskEvent::Waiting => {
                    self.set_status(StatusKind::Info, tr!("status-desk-waiting"));
                }
                DeskEvent::Rebuilt(why) => {
                    self.set_status(StatusKind::Warning, tr!("status-desk-rebuilt", why = why));
                }
                DeskEvent::Found { generation, hits } => {
                    if generation == self.desk.panel.sent {
                        self.desk.panel.hits = hits;
                    }
                }
                DeskEvent::Alike { generation, found } => self.take_alike(generation, found),
                DeskEvent::Taste(examples) => self.take_desk_taste(examples),
                DeskEvent::Seen { generation, hits } => {
                    if generation == self.desk.seen.generation
                        && let Some((_, id, _)) = &self.desk.seen.asked
                    {
                        self.desk.seen.hits = Some((*id, hits));
                    }
                }
                DeskEvent::Failed(why) => {
                    self.desk.progress = None;
                    self.set_status(StatusKind::Error, crate::model::capitalized(&why));
                }
            }
        }
    }

    pub(super) fn send_desk(&self, request: DeskRequest) {
        if let Some(worker) = &self.desk.worker
            && self.desk.folder.is_some()
        {
            worker.send(request);
        }
    }

    /// The open file's path relative to the desk, when it is in the desk.
    pub(super) fn file_in_desk(&self) -> Option<String> {
        crate::desk::file_in_desk(self.desk.folder.as_ref()?, self.session.path.as_ref()?)
    }

    /// Asks for "Seen before" when the selected claim (or its words) changed.
    pub(super) fn keep_seen_before(&mut self) {
        if self.desk.folder.is_none() {
            return;
        }
        let claim = self
            .selected
            .and_then(|id| self.session.annotations().get(id))
            .filter(|a| a.tag == Tag::Claim)
            .map(|a| (a.id.0, format!("{}\n{}", a.text, a.review.normalized)));
        let Some((id, text)) = claim else {
            self.desk.seen.hits = None;
            return;
        };
        let file = self.file_in_desk();
        let asking = (file.clone(), id, text.clone());
        if self.desk.seen.asked.as_ref() == Some(&asking) {
            return;
        }
        let same_claim = self
            .desk
            .seen
            .asked
            .as_ref()
            .is_some_and(|(f, i, _)| (f, *i) == (&asking.0, asking.1));
        if !same_claim {
            self.desk.seen.hits = None;
        }
        self.desk.seen.asked = Some(asking);
        self.desk.seen.generation += 1;
        self.send_desk(DeskRequest::SeenBefore {
            generation: self.desk.seen.generation,
            text,
            own_file: file,
        });
    }

    /// What the desk panel asked for.
    pub(super) fn desk_action(&mut self, ctx: &egui::Context, action: DeskAction) {
        match action {
            DeskAction::Open(file, id) => self.open_from_desk(ctx, &file, id),
            DeskAction::Search(query) => {
                self.desk.panel.sent += 1;
                if query.trim().is_empty() {
                    self.desk.panel.hits.clear();
                } else {
                    self.send_desk(DeskRequest::Search {
                        generation: self.desk.panel.sent,
                        query,
                    });
                }
            }
            DeskAction::ExportClaims => self.export_desk_claims(ctx),
            DeskAction::OpenUrl(url) => {
                if crate::report::is_web_url(&url) {
                    ctx.open_url(egui::OpenUrl::new_tab(url));
                }
            }
            DeskAction::Refresh => self.send_desk(DeskRequest::Refresh),
        }
    }

    /// Opens a file of the desk (asking about unsaved changes first), then selects `id`.
    pub(super) fn open_from_desk(&mut self, ctx: &egui::Context, file: &str, id: Option<u64>) {
        let Some(folder) = &self.desk.folder else {
            return;
        };
        let path = file.split('/').fold(folder.clone(), |p, part| p.join(part));
        if self.session.path.as_deref() == Some(path.as_path()) {
            if let Some(id) = id {
                self.select_annotation(Some(crate::model::AnnotationId(id)), true);
            }
            return;
        }
        self.desk.select_after_open = id.map(|id| (path.clone(), id));
        self.request(ctx, Pending::Open(Some(path)));
    }

    /// After `path` opened: selects the annotation the desk asked for in it.
    pub(super) fn after_open_from_desk(&mut self, path: &Path) {
        if let Some((wanted, id)) = self.desk.select_after_open.take()
            && wanted == path
        {
            self.select_annotation(Some(crate::model::AnnotationId(id)), true);
            self.form.focus_first_field = false;
        }
    }

    /// A file was saved: when it is in the desk, the desk reads it again.
    pub(super) fn desk_file_saved(&self) {
        if self.file_in_desk().is_some() {
            self.send_desk(DeskRequest::Refresh);
        }
    }

    /// Opens or reuses the "Seen before" hit at `index`.
    pub(super) fn seen_before_action(
        &mut self,
        ctx: &egui::Context,
        index: usize,
        action: crate::ui::seen_before::SeenAction,
    ) {
        use crate::ui::seen_before::SeenAction;
        let Some(hit) = self
            .desk
            .seen
            .hits
            .as_ref()
            .and_then(|(_, hits)| hits.get(index))
            .cloned()
        else {
            return;
        };
        match action {
            SeenAction::Reuse => self.reuse_earlier_check(&hit),
            SeenAction::Open if hit.kind == HitKind::Outside => {
                self.desk_action(ctx, DeskAction::OpenUrl(hit.url))
            }
            SeenAction::Open => self.open_from_desk(ctx, &hit.file, Some(hit.id)),
        }
    }

    /// The "Seen before" hits for the selected claim: `None` while the desk is closed or no
    /// claim is selected, `Some(None)` while searching.
    pub(super) fn seen_before_hits(&self) -> Option<Option<&[Hit]>> {
        self.desk.folder.as_ref()?;
        let id = self.selected_claim()?;
        Some(match &self.desk.seen.hits {
            Some((for_id, hits)) if *for_id == id.0 => Some(hits.as_slice()),
            _ => None,
        })
    }

    fn export_desk_claims(&mut self, ctx: &egui::Context) {
        let folder = self.desk.folder.clone().unwrap_or_default();
        self.choose_path(
            ctx,
            PromptPurpose::DeskClaims,
            &folder.join("desk-claims.csv"),
        );
    }

    /// Writes the desk's claims (as filtered) to `path`.
    pub(super) fn write_desk_claims(&mut self, path: &Path) {
        let rows = self.desk.panel.claims.rows(&self.desk.articles);
        let csv = match crate::desk::claims_csv(&rows) {
            Ok(csv) => csv,
            Err(e) => {
                self.set_status(StatusKind::Error, tr!("status-table-failed", why = e));
                return;
            }
        };
        match crate::io::write_text(path, &csv) {
            Ok(()) => self.set_status(
                StatusKind::Info,
                tr!(
                    "status-wrote-claims",
                    count = rows.len(),
                    path = path.display().to_string()
                ),
            ),
            Err(e) => self.set_status(StatusKind::Error, crate::ui::errors::io(&e)),
        }
    }

    /// A desk is open.
    pub(super) fn desk_is_open(&self) -> bool {
        self.desk.folder.is_some()
    }

    /// Shows the desk panel on its search tab.
    pub(super) fn show_desk_search(&mut self) {
        if self.desk.folder.is_none() {
            self.set_status(StatusKind::Warning, tr!("status-open-desk-first"));
            return;
        }
        self.desk.shown = true;
        self.desk.panel.tab = DeskTab::Search;
        self.desk.panel.focus_query = true;
    }

    /// Takes an earlier check into the selected claim, as one undoable step: its verdict
    /// (when it is on this document's scale), its normalized claim and rationale where ours
    /// are empty, and an evidence item pointing at it.
    pub(super) fn reuse_earlier_check(&mut self, hit: &Hit) {
        let Some(id) = self.selected_claim() else {
            return;
        };
        let on_scale = hit
            .verdict
            .as_deref()
            .and_then(|v| self.session.scale.get(v))
            .map(|r| r.label.clone());
        let reference = if hit.kind == HitKind::Outside {
            hit.url.clone()
        } else {
            format!("{}#{}", hit.file, hit.id)
        };
        let title = if hit.kind == HitKind::Outside {
            tr!("seen-checked-by", publisher = &hit.title)
        } else {
            tr!("reuse-earlier-check", title = &hit.title)
        };
        let note = hit.verdict.clone().unwrap_or_default();
        let normalized = hit.normalized.clone();
        let result = self
            .session
            .edit(id, &tr!("undo-reuse"), None, &now_rfc3339(), |a| {
                if let Some(verdict) = on_scale {
                    a.review.verdict = Some(verdict);
                }
                if a.review.normalized.is_empty() {
                    a.review.normalized = normalized;
                }
                a.review.evidence.push(Evidence {
                    archived: None,
                    reference,
                    title,
                    note,
                    accessed: crate::io::clock::today(),
                });
            });
        match result {
            Ok(()) => self.set_status(
                StatusKind::Info,
                tr!("status-reused", undo = super::Command::Undo.keys()),
            ),
            Err(e) => self.set_status(StatusKind::Error, crate::ui::errors::session(&e)),
        }
    }
}
