//! A desk published as static files: the index page listing every checked claim of every
//! article (verdict, claim, claimant, the article it is in, linking to its card), filterable
//! by words and verdict in the browser without a server. The filter is a small script; without
//! it every claim is listed. Each article's own page is the annotated article.

use std::fmt::Write as _;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use super::annotated::tone_of;
use super::contents::Report;
use crate::i18n::words;
use crate::model::Tag;
use crate::tr;

/// One article of the desk and the page it is published as.
pub struct SiteArticle<'a> {
    /// The page's file name in the site folder ("budget-2026.html").
    pub page: String,
    /// The article and its annotations.
    pub report: Report<'a>,
}

const FILTER_SCRIPT: &str = "(function(){var box=document.querySelector('.cm-filter');if(!box)return;box.hidden=false;\
var words=document.getElementById('cm-find'),verdict=document.getElementById('cm-verdict');\
var rows=document.querySelectorAll('.cm-index>li');function apply(){var w=words.value.trim().toLowerCase(),v=verdict.value;\
rows.forEach(function(r){var show=(!w||r.textContent.toLowerCase().indexOf(w)>=0)&&(!v||r.getAttribute('data-verdict')===v);r.hidden=!show;});}\
words.addEventListener('input',apply);verdict.addEventListener('change',apply);})();";

/// The index page of a desk's site: every claim with a verdict, by article.
pub fn index_page(heading: &str, articles: &[SiteArticle<'_>]) -> String {
    let language = crate::i18n::language();
    let (lang, dir) = (
        language.code(),
        if language.is_rtl() { "rtl" } else { "ltr" },
    );
    let mut rows = String::new();
    let mut verdicts: Vec<String> = Vec::new();
    let mut claims = 0;
    for article in articles {
        let title = article.report.document.title();
        for (number, card) in (1..).zip(article.report.claim_cards()) {
            let claim = card.claim;
            let Some(verdict) = claim.review.verdict.as_deref() else {
                continue;
            };
            claims += 1;
            if !verdicts.iter().any(|v| v == verdict) {
                verdicts.push(verdict.to_owned());
            }
            let tone = tone_of(Some(verdict), article.report.scale);
            let said = if claim.review.normalized.trim().is_empty() {
                claim.text.as_str()
            } else {
                claim.review.normalized.as_str()
            };
            let claimant = claim.review.claimant.trim();
            let _ = write!(
                rows,
                "<li data-verdict=\"{}\"><span class=\"cm-chip {}\">{}</span> \
                 <a href=\"{}#cm-claim-{}\" dir=\"auto\">“{}”</a>",
                attr(verdict),
                tone.class(),
                text(verdict),
                attr(&article.page),
                claim.id.0,
                text(said)
            );
            if !claimant.is_empty() {
                let _ = write!(rows, " <span dir=\"auto\">— {}</span>", text(claimant));
            }
            let _ = writeln!(
                rows,
                "<br/><span class=\"cm-where\">{} · {}</span></li>",
                text(&tr!("report-claim-number", number = number)),
                text(&tr!("report-site-in", article = title))
            );
        }
    }
    let mut options = format!(
        "<option value=\"\">{}</option>",
        text(&tr!("report-site-all"))
    );
    for verdict in &verdicts {
        let _ = write!(
            options,
            "<option value=\"{}\">{}</option>",
            attr(verdict),
            text(verdict)
        );
    }
    let mut pages = String::new();
    for article in articles {
        let _ = writeln!(
            pages,
            "<li><a href=\"{}\" dir=\"auto\">{}</a> — {}</li>",
            attr(&article.page),
            text(article.report.document.title()),
            text(&words::tag_count(
                Tag::Claim,
                article.report.tagged(Tag::Claim).len()
            ))
        );
    }
    let list = if claims == 0 {
        format!("<p>{}</p>", text(&tr!("report-site-no-claims")))
    } else {
        format!("<ul class=\"cm-index\">\n{rows}</ul>")
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <meta name=\"color-scheme\" content=\"light dark\"/>\n\
         <meta name=\"generator\" content=\"claimmark\"/>\n<title>{title}</title>\n\
         <style>html,body{{margin:0}}\n{style}{tones}</style>\n</head>\n<body>\n\
         <div class=\"claimmark\">\n<header><p class=\"cm-kicker\">{kicker}</p><h1>{title}</h1>\
         <p class=\"cm-meta\">{summary}</p></header>\n<main aria-labelledby=\"cm-claims-h\">\n\
         <h2 id=\"cm-claims-h\">{claims_heading}</h2>\n\
         <div class=\"cm-filter\" hidden=\"\"><label>{find} <input type=\"search\" id=\"cm-find\"/></label>\
         <label>{verdict} <select id=\"cm-verdict\">{options}</select></label></div>\n{list}\n\
         <h2 id=\"cm-articles-h\">{articles_heading}</h2>\n<ul aria-labelledby=\"cm-articles-h\">\n{pages}</ul>\n</main>\n\
         <footer class=\"cm-foot\"><p>{made}</p></footer>\n</div>\n<script>{FILTER_SCRIPT}</script>\n</body>\n</html>\n",
        title = text(heading),
        style = super::annotated::STYLE,
        tones = super::annotated::tone_style(),
        kicker = text(&tr!("report-kicker")),
        summary = text(&tr!(
            "report-site-summary",
            articles = articles.len(),
            claims = words::tag_count(Tag::Claim, claims)
        )),
        claims_heading = text(&tr!("report-site-checked")),
        find = text(&tr!("report-site-find")),
        verdict = text(&tr!("report-verdict")),
        articles_heading = text(&tr!("report-site-articles")),
        made = text(&tr!("report-made-with")),
    )
}

/// A page name for an article file of the desk: its path with folders joined by "-", as
/// `.html` ("2026/budget.ron" → "2026-budget.html").
pub fn page_name(file: &str) -> String {
    let stem = file.strip_suffix(".ron").unwrap_or(file);
    let joined: String = stem
        .chars()
        .map(|c| if matches!(c, '/' | '\\') { '-' } else { c })
        .collect();
    format!("{joined}.html")
}

#[cfg(test)]
mod test {
    use super::*;
    use crate::model::{Annotation, AnnotationId, AnnotationSet, Document, RatingScale, Span, Tag};

    #[test]
    fn the_index_lists_checked_claims_with_links_to_their_cards() {
        let doc = Document::new(
            "Crime fell 12% <b>last</b> year.\nTaxes rose.".to_owned(),
            None,
            "utf-8",
        );
        let t = "2026-11-01T00:00:00Z";
        let mut checked =
            Annotation::new(AnnotationId(7), Tag::Claim, Span::new(0, 14), &doc, t).unwrap();
        checked.review.verdict = Some("False".to_owned());
        checked.review.claimant = "<img src=x onerror=alert(1)>".to_owned();
        let open =
            Annotation::new(AnnotationId(8), Tag::Claim, Span::new(33, 44), &doc, t).unwrap();
        let set = AnnotationSet::from_annotations(vec![checked, open]).unwrap();
        let scale = RatingScale::default();
        let page = index_page(
            "Desk",
            &[SiteArticle {
                page: page_name("2026/crime.ron"),
                report: Report::new(&doc, &set, &scale),
            }],
        );
        assert!(
            page.contains("href=\"2026-crime.html#cm-claim-7\""),
            "{page}"
        );
        assert!(
            !page.contains("cm-claim-8"),
            "a claim without a verdict is not published"
        );
        assert!(page.contains("data-verdict=\"False\""));
        assert!(!page.contains("<img"), "{page}");
        assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }
}
