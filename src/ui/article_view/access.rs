//! What screen readers get from the article: the article as a document (its title and the text
//! in view), each highlight in view as a mark named by its tag, words and note, and each
//! suggested sentence in view as a suggestion mark. The marks are accessibility nodes only, not
//! widgets, so clicks and drags reach the text under them.

use std::collections::HashMap;

use egui::{Response, Role, Ui, WidgetInfo};

use super::Highlights;
use super::geometry::Geometry;
use crate::model::{AnnotationId, Span};

/// Names of the highlights already described, valid for one annotations revision.
#[derive(Default)]
pub(super) struct MarkNames {
    revision: u64,
    names: HashMap<AnnotationId, String>,
}

impl MarkNames {
    fn name(&mut self, highlights: &Highlights<'_>, id: AnnotationId) -> &str {
        // A new revision (any edit) or a long scroll through a large document starts afresh.
        if self.revision != highlights.revision || self.names.len() > 4_096 {
            self.revision = highlights.revision;
            self.names.clear();
        }
        self.names
            .entry(id)
            .or_insert_with(|| (highlights.name_of)(id))
    }
}

impl Geometry<'_> {
    pub(super) fn describe_for_screen_readers(
        &self,
        ui: &Ui,
        response: &Response,
        on_screen: std::ops::Range<usize>,
        highlights: &Highlights<'_>,
        names: &mut MarkNames,
    ) {
        let first = on_screen.start;
        let last = on_screen.end;
        let in_view = match (
            self.layout.block(first),
            self.layout.block(last.saturating_sub(1)),
        ) {
            (Some(a), Some(b)) => Span::new(a.span.start, b.span.end.max(a.span.start)),
            _ => Span::new(0, 0),
        };
        response.widget_info(|| {
            let title = self.document.title();
            let mut info = WidgetInfo::labeled(
                Role::Document,
                true,
                crate::tr!("article-name", title = title),
            );
            info.current_text_value = self.document.slice(in_view).map(str::to_owned);
            info
        });
        // Without a screen reader (AccessKit off) there is no tree to fill: skip the marks.
        let ctx = ui.ctx();
        if ctx.accesskit_node_builder(response.id, |_| ()).is_none() {
            return;
        }
        let view = ui.clip_rect();
        let mut named = std::collections::HashSet::new();
        let mut named_suggestions = std::collections::HashSet::new();
        for index in on_screen {
            let Some(block) = self.layout.block(index) else {
                continue;
            };
            let reach = Span::new(block.span.start, block.span.end.max(block.span.start + 1));
            for (entry, _) in highlights.index.overlapping(reach) {
                if named.contains(&entry.id) {
                    continue;
                }
                let Some(rect) = self
                    .rects(index, entry.span)
                    .into_iter()
                    .find(|r| view.intersects(*r))
                else {
                    continue;
                };
                named.insert(entry.id);
                // A node of its own rather than a widget: nothing to click or hover, and
                // hundreds can be in view.
                let name = names.name(highlights, entry.id);
                mark_node(ui, response.id.with(("mark", entry.id.0)), name, rect);
            }
            let from = highlights
                .suggestions
                .partition_point(|(s, _)| s.end <= block.span.start);
            for (span, name) in highlights.suggestions.iter().skip(from) {
                if span.start > block.span.end {
                    break;
                }
                if !named_suggestions.insert(span.start) {
                    continue;
                }
                if let Some(rect) = self
                    .rects(index, *span)
                    .into_iter()
                    .find(|r| view.intersects(*r))
                {
                    let id = response.id.with(("suggestion", span.start));
                    mark_node(ui, id, name, rect);
                }
            }
        }
    }
}

/// An accessibility node of role Mark named `name`, over `rect`.
fn mark_node(ui: &Ui, id: egui::Id, name: &str, rect: egui::Rect) {
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_role(Role::Mark);
        node.set_label(name);
        node.set_bounds(egui::accesskit::Rect {
            x0: rect.min.x.into(),
            y0: rect.min.y.into(),
            x1: rect.max.x.into(),
            y1: rect.max.y.into(),
        });
    });
}
