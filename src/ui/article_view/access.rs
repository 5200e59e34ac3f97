//! What screen readers get from the article: the article as a document (its title and the text
//! in view), and each highlight in view as a mark named by its tag, words and note. The marks
//! sense only hovering, so clicks and drags still reach the text under them.

use egui::{Response, Role, Sense, Ui, WidgetInfo};

use super::Highlights;
use super::geometry::Geometry;
use crate::model::{AnnotationId, Span};

impl Geometry<'_> {
    pub(super) fn describe_for_screen_readers(
        &self,
        ui: &Ui,
        response: &Response,
        on_screen: std::ops::Range<usize>,
        highlights: &Highlights<'_>,
        name_of: &dyn Fn(AnnotationId) -> String,
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
        let title = self.document.title().to_owned();
        let text = self.document.slice(in_view).unwrap_or_default().to_owned();
        response.widget_info(|| {
            let mut info = WidgetInfo::labeled(Role::Document, true, format!("Article: {title}"));
            info.current_text_value = Some(text.clone());
            info
        });
        let mut named = std::collections::HashSet::new();
        for index in on_screen {
            let Some(block) = self.layout.block(index) else {
                continue;
            };
            let reach = Span::new(block.span.start, block.span.end.max(block.span.start + 1));
            for (entry, _) in highlights.index.overlapping(reach) {
                if !named.insert(entry.id) {
                    continue;
                }
                let Some(rect) = self.rects(index, entry.span).into_iter().next() else {
                    continue;
                };
                let mark =
                    ui.interact(rect, response.id.with(("mark", entry.id.0)), Sense::hover());
                let name = name_of(entry.id);
                mark.widget_info(|| WidgetInfo::labeled(Role::Mark, true, &name));
            }
        }
    }
}
