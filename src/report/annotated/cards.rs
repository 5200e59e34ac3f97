//! A claim's card in the published fact-check: its verdict chip and place on the rating scale,
//! what was said and when, its details, the evidence (each source linked, with its archived
//! copy), the annotations it is linked to, and a way back to its place in the text.

use super::*;

impl Writer<'_, '_> {
    pub(super) fn card(
        &self,
        h: &mut String,
        number: usize,
        card: &ClaimCardOutline,
        tone: Tone,
        in_text: bool,
    ) {
        let id = card.id;
        let verdict = verdict_words(card);
        let scale = match &card.verdict {
            VerdictLine::Given {
                scale: Some(scale), ..
            } => format!(" <span class=\"cm-scale\">({})</span>", text(scale)),
            _ => String::new(),
        };
        let _ = writeln!(
            h,
            "<article class=\"cm-card {}\" id=\"cm-claim-{id}\" tabindex=\"-1\" aria-labelledby=\"cm-claim-{id}-h\">\n\
             <h3 id=\"cm-claim-{id}-h\"><span class=\"cm-chip {}\">{}</span> {}{scale}</h3>",
            tone.class(),
            tone.class(),
            text(&verdict),
            text(&tr!("report-claim-number", number = number)),
        );
        // The claim as checked (its normalized words when it has them) heads the card; the
        // checker's own note stays in the file, out of what is published.
        let normalized = tr!("report-field", field = "normalized");
        let note = tr!("report-field", field = "note");
        let said = card
            .fields
            .iter()
            .find(|(label, _)| *label == normalized)
            .map_or(card.text.as_str(), |(_, v)| v.as_str());
        let _ = writeln!(
            h,
            "<p class=\"cm-said-text\" dir=\"auto\">“{}”</p>",
            text(said)
        );
        match (&card.said, &card.said_link) {
            (Some(when), Some(link)) => {
                let _ = writeln!(
                    h,
                    "<p class=\"cm-when\" dir=\"auto\"><a href=\"{}\">{}</a></p>",
                    attr(link),
                    text(when)
                );
            }
            (Some(when), None) => {
                let _ = writeln!(h, "<p class=\"cm-when\" dir=\"auto\">{}</p>", text(when));
            }
            _ => {}
        }
        h.push_str("<dl>\n");
        for (name, value) in card
            .fields
            .iter()
            .filter(|(label, _)| *label != normalized && *label != note)
        {
            let _ = writeln!(
                h,
                "<dt>{}</dt><dd class=\"cm-long\" dir=\"auto\">{}</dd>",
                text(name),
                text(value)
            );
        }
        if !card.evidence.is_empty() {
            let _ = writeln!(h, "<dt>{}</dt><dd><ul>", text(&card.labels.evidence));
            for e in &card.evidence {
                let _ = writeln!(h, "<li><span dir=\"auto\">{}</span></li>", self.evidence(e));
            }
            h.push_str("</ul></dd>\n");
        }
        if !card.links.is_empty() {
            let _ = writeln!(h, "<dt>{}</dt><dd><ul>", text(&card.labels.linked));
            for (how, target, what) in &card.links {
                let _ = writeln!(
                    h,
                    "<li>{} <a href=\"#{}\">{}</a></li>",
                    text(how),
                    anchor_of(self.report, *target),
                    text(what)
                );
            }
            h.push_str("</ul></dd>\n");
        }
        h.push_str("</dl>\n<footer>");
        let _ = write!(
            h,
            "<span>{}: {}</span>",
            text(&card.labels.status),
            text(&card.status)
        );
        if let Some(changed) = &card.changed {
            let _ = write!(
                h,
                "<span>{} {}</span>",
                text(&card.labels.changed),
                text(changed)
            );
        }
        if in_text {
            let _ = write!(
                h,
                "<a class=\"cm-back\" href=\"#cm-at-{id}\">↩ {}</a>",
                text(&tr!("report-back"))
            );
        }
        h.push_str("</footer>\n</article>\n");
    }

    fn evidence(&self, e: &EvidenceLine) -> String {
        let mut item = match (&e.url, &e.reference) {
            (Some(url), _) => link(url, &e.label),
            (None, Some(reference)) => format!("{}: {}", text(&e.label), text(reference)),
            (None, None) => text(&e.label).into_owned(),
        };
        if let Some(accessed) = &e.accessed {
            let _ = write!(item, " ({})", text(accessed));
        }
        if let Some(archived) = &e.archived {
            match &self.options.archive {
                Some(archive) => {
                    let _ = write!(
                        item,
                        " (<a href=\"{}\" type=\"application/warc\">{}</a>)",
                        attr(&relative_href(archive)),
                        text(archived)
                    );
                }
                None => {
                    let _ = write!(item, " ({})", text(archived));
                }
            }
        }
        if let Some(note) = &e.note {
            let _ = write!(item, " — {}", text(note));
        }
        item
    }
}
