//! The readable article of a saved web page: title, byline, headings, paragraphs, quotes and
//! list items as plain lines, without menus, related links, scripts or markup; link targets
//! kept aside so they can become citation targets. Pure.
//!
//! Which parts of a page are the article is decided by `trafilatura` (a Rust port of the
//! trafilatura extractor). Its text is normalized (NFC, white space collapsed), so it is used
//! only to choose: the characters themselves are taken from the page's own blocks, exactly as
//! published (entities decoded, no Unicode normalization). Pages it cannot read fall back to
//! the page's `article`/`main` element.

use scraper::{ElementRef, Html, Node, Selector};
use unicode_normalization::UnicodeNormalization;

use super::{Extracted, collapse};

/// Elements whose content is never text.
const NEVER_TEXT: [&str; 9] = [
    "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "head",
];
/// Elements left out by the fallback (page furniture).
const FURNITURE: [&str; 6] = ["nav", "header", "footer", "aside", "form", "figure"];
/// Elements that are a block of text of their own.
const BLOCKS: [&str; 17] = [
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "td",
    "th",
    "figcaption",
    "caption",
    "address",
];
/// Containers: their loose text between blocks is a block too.
const CONTAINERS: [&str; 14] = [
    "div", "section", "article", "main", "ul", "ol", "dl", "table", "tbody", "thead", "tr", "body",
    "html", "center",
];

/// One block of the page's text, as published.
#[derive(Clone, Debug)]
struct Block {
    text: String,
    heading: bool,
    /// Inside an element the fallback leaves out (nav, header, …).
    furniture: bool,
    links: Vec<(String, String)>,
}

/// The comparison form of a text: NFC, without white space or soft hyphens. The extractor
/// normalizes its output and puts spaces around inline elements ("NPR , the"), so only the
/// other characters are compared.
fn key(text: &str) -> String {
    text.nfc()
        .filter(|&c| c != '\u{00AD}' && !c.is_whitespace())
        .collect()
}

fn inline_text(element: ElementRef<'_>, links: &mut Vec<(String, String)>) -> String {
    let mut out = String::new();
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(e) => {
                let name = e.name();
                if NEVER_TEXT.contains(&name) {
                    continue;
                }
                if name == "br" {
                    out.push(' ');
                    continue;
                }
                if let Some(child) = ElementRef::wrap(child) {
                    let inner = inline_text(child, links);
                    if name == "a"
                        && let Some(href) = e.attr("href")
                    {
                        let label = collapse(&inner);
                        if !label.is_empty()
                            && !href.starts_with('#')
                            && !href.starts_with("javascript:")
                        {
                            links.push((label, href.to_owned()));
                        }
                    }
                    // Block-level children inside inline text still read as separate words.
                    if BLOCKS.contains(&name) || CONTAINERS.contains(&name) {
                        out.push(' ');
                    }
                    out.push_str(&inner);
                }
            }
            _ => {}
        }
    }
    out
}

/// True when the element holds another block or container (so it is not one block itself).
fn has_block_child(element: ElementRef<'_>) -> bool {
    element
        .descendants()
        .skip(1)
        .filter_map(ElementRef::wrap)
        .any(|c| {
            let name = c.value().name();
            BLOCKS.contains(&name) || CONTAINERS.contains(&name)
        })
}

/// Every block of text under `element`, in page order.
fn walk(element: ElementRef<'_>, furniture: bool, blocks: &mut Vec<Block>) {
    let name = element.value().name();
    if NEVER_TEXT.contains(&name) {
        return;
    }
    let furniture = furniture || FURNITURE.contains(&name);
    if BLOCKS.contains(&name) && !has_block_child(element) {
        let mut links = Vec::new();
        let text = collapse(&inline_text(element, &mut links));
        if !text.is_empty() {
            blocks.push(Block {
                text,
                heading: name.len() == 2 && name.starts_with('h'),
                furniture,
                links,
            });
        }
        return;
    }
    // Loose inline content between block children is a block of its own.
    let mut loose = String::new();
    let mut loose_links = Vec::new();
    let flush = |loose: &mut String, links: &mut Vec<(String, String)>, blocks: &mut Vec<Block>| {
        let text = collapse(loose);
        if !text.is_empty() {
            blocks.push(Block {
                text,
                heading: false,
                furniture,
                links: std::mem::take(links),
            });
        }
        loose.clear();
        links.clear();
    };
    for child in element.children() {
        match child.value() {
            Node::Text(text) => loose.push_str(text),
            Node::Element(e) => {
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                let child_name = e.name();
                if NEVER_TEXT.contains(&child_name) {
                    continue;
                }
                let is_block = BLOCKS.contains(&child_name)
                    || CONTAINERS.contains(&child_name)
                    || FURNITURE.contains(&child_name)
                    || has_block_child(child);
                if is_block {
                    flush(&mut loose, &mut loose_links, blocks);
                    walk(child, furniture, blocks);
                } else if child_name == "br" {
                    loose.push(' ');
                } else {
                    let mut links = Vec::new();
                    loose.push_str(&inline_text(child, &mut links));
                    if child_name == "a"
                        && let Some(href) = e.attr("href")
                    {
                        let label = collapse(&child.text().collect::<String>());
                        if !label.is_empty() && !href.starts_with('#') {
                            links.push((label, href.to_owned()));
                        }
                    }
                    loose_links.extend(links);
                }
            }
            _ => {}
        }
    }
    flush(&mut loose, &mut loose_links, blocks);
}

/// What the extractor found: its text (normalized), the title and the author.
struct Found {
    text: String,
    title: String,
    author: String,
}

fn extractor(html: &str) -> Option<Found> {
    // Favouring precision: on the article extraction benchmark's 181 pages it scores 0.959
    // whole-text F1 against 0.952 for trafilatura 0.6's balanced default (benches/extraction.rs).
    let options = trafilatura::Options::default()
        .with_fallback(true)
        .with_focus(trafilatura::ExtractionFocus::FavorPrecision);
    // A page the extractor cannot handle (it panics) is read by the fallback instead.
    let result = super::contained(|| trafilatura::extract(html, &options))
        .ok()?
        .ok()?;
    (!result.content_text.trim().is_empty()).then_some(Found {
        text: result.content_text,
        title: result.metadata.title,
        author: result.metadata.author,
    })
}

/// Most occurrences of one block's text looked at in the extractor's output.
const MAX_OCCURRENCES: usize = 16;

/// True for blocks long enough that their text found in the extractor's output is surely
/// the same words (not a "Share" or a number that happens to occur).
fn is_long(key: &str) -> bool {
    key.chars().count() >= 20
}

/// Byte positions of `needle` in `haystack`, at most [`MAX_OCCURRENCES`].
fn positions(haystack: &str, needle: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = haystack.get(from..).and_then(|rest| rest.find(needle)) {
        found.push(from + at);
        from += at + needle.len().max(1);
        if found.len() >= MAX_OCCURRENCES {
            break;
        }
    }
    found
}

/// Length of the pieces a long block is cut into when the extractor kept only part of it.
const PIECE: usize = 24;
/// Share of a block's pieces that must be found, in order, for the block to count as kept.
const MOST_OF_IT: f32 = 0.6;

/// Where most of a long block is in the extractor's output when it kept it with words left
/// out (a citation marker, an inline link): (start, end, bytes matched).
fn partly_found(content: &str, key: &str) -> Option<(usize, usize, usize)> {
    let chars: Vec<char> = key.chars().collect();
    let pieces: Vec<String> = chars.chunks(PIECE).map(|c| c.iter().collect()).collect();
    let mut at = 0;
    let (mut first, mut last, mut matched, mut found) = (None, 0, 0, 0);
    for piece in &pieces {
        // Each piece must come after the previous one, not far beyond the block's length.
        let window = content.get(at..)?;
        let Some(offset) = window.find(piece.as_str()) else {
            continue;
        };
        if first.is_some() && offset > key.len() {
            continue;
        }
        let start = at + offset;
        first.get_or_insert(start);
        last = start + piece.len();
        matched += piece.len();
        found += 1;
        at = last;
    }
    let share = found as f32 / pieces.len().max(1) as f32;
    (share >= MOST_OF_IT).then(|| (first.unwrap_or(0), last, matched))
}

/// The blocks the extractor kept, in page order. Long blocks are aligned with its output
/// (the in-order set of blocks covering the most of it); short ones are kept where they
/// are found between two aligned neighbours.
fn chosen<'a>(blocks: &'a [Block], found: &Found) -> Vec<&'a Block> {
    let content = key(&found.text);
    let keys: Vec<String> = blocks.iter().map(|b| key(&b.text)).collect();
    // (block, start, end, score, previous) for every occurrence of a long block.
    let mut nodes: Vec<(usize, usize, usize, usize, Option<usize>)> = Vec::new();
    // Best chain ending at or before each end position: (score, node).
    let mut best_by_end: std::collections::BTreeMap<usize, (usize, usize)> =
        std::collections::BTreeMap::new();
    for (index, k) in keys.iter().enumerate() {
        if k.is_empty() || !is_long(k) {
            continue;
        }
        let mut new_nodes = Vec::new();
        let mut starts: Vec<(usize, usize, usize)> = positions(&content, k)
            .into_iter()
            .map(|start| (start, start + k.len(), k.len()))
            .collect();
        if starts.is_empty() {
            starts.extend(partly_found(&content, k));
        }
        for (start, end, matched) in starts {
            let previous = best_by_end
                .range(..=start)
                .map(|(_, v)| *v)
                .max_by_key(|(score, _)| *score);
            let score = matched + previous.map_or(0, |(s, _)| s);
            new_nodes.push((index, start, end, score, previous.map(|(_, n)| n)));
        }
        for node in new_nodes {
            let id = nodes.len();
            nodes.push(node);
            let entry = best_by_end.entry(node.2).or_insert((0, id));
            if node.3 > entry.0 {
                *entry = (node.3, id);
            }
        }
    }
    let mut anchors: Vec<(usize, usize, usize)> = Vec::new();
    let mut at = nodes
        .iter()
        .enumerate()
        .max_by_key(|(_, n)| n.3)
        .map(|(id, _)| id);
    while let Some(id) = at {
        let Some(&(index, start, end, _, previous)) = nodes.get(id) else {
            break;
        };
        anchors.push((index, start, end));
        at = previous;
    }
    anchors.reverse();
    // Short blocks between two anchors, found in order in the text between them.
    let mut kept = Vec::new();
    let mut next_block = 0;
    let mut cursor = 0;
    let bounds = anchors
        .iter()
        .map(|&(index, start, end)| (index, start, end))
        .chain(std::iter::once((
            blocks.len(),
            content.len(),
            content.len(),
        )));
    for (index, start, end) in bounds {
        while next_block < index {
            let k = keys.get(next_block).map(String::as_str).unwrap_or_default();
            if !k.is_empty()
                && !is_long(k)
                && let Some(found) = content.get(cursor..start).and_then(|gap| gap.find(k))
            {
                cursor += found + k.len();
                if let Some(block) = blocks.get(next_block) {
                    kept.push(block);
                }
            }
            next_block += 1;
        }
        if let Some(block) = blocks.get(index) {
            kept.push(block);
        }
        next_block = index + 1;
        cursor = end;
    }
    kept
}

/// The readable article of an HTML page.
pub fn from_html(html: &str) -> Extracted {
    let document = Html::parse_document(html);
    let select = |css: &str| Selector::parse(css).ok();
    let page_title = select("title")
        .and_then(|s| document.select(&s).next())
        .map(|t| collapse(&t.text().collect::<String>()))
        .filter(|t| !t.is_empty());
    let body = select("body")
        .and_then(|s| document.select(&s).next())
        .unwrap_or_else(|| document.root_element());
    let mut blocks = Vec::new();
    walk(body, false, &mut blocks);

    let mut byline_text = None;
    let (mut kept, title) = match extractor(html) {
        Some(found) => {
            let kept: Vec<Block> = chosen(&blocks, &found).into_iter().cloned().collect();
            // The headline and byline, from the page's own words when it shows them.
            let title_key = key(&found.title);
            let headline = blocks
                .iter()
                .find(|b| b.heading && !title_key.is_empty() && key(&b.text) == title_key)
                .or_else(|| {
                    blocks.iter().find(|b| {
                        b.heading
                            && title_key.contains(&key(&b.text))
                            && key(&b.text).chars().count() > 15
                    })
                });
            let author = key(&found.author);
            let byline = (!author.is_empty())
                .then(|| {
                    blocks.iter().find(|b| {
                        let k = key(&b.text);
                        k.contains(&author) && k.chars().count() <= author.chars().count() + 40
                    })
                })
                .flatten();
            byline_text = byline.map(|b| b.text.clone());
            let mut lead: Vec<Block> = Vec::new();
            for extra in [headline, byline].into_iter().flatten() {
                let already = kept.iter().any(|k| k.text == extra.text);
                if !already {
                    lead.push(extra.clone());
                }
            }
            lead.extend(kept);
            let title = headline
                .map(|h| h.text.clone())
                .or(page_title)
                .or_else(|| (!found.title.is_empty()).then(|| found.title.clone()));
            (lead, title)
        }
        None => (fallback(&document, &blocks), page_title),
    };
    if kept.is_empty() {
        kept = blocks.into_iter().filter(|b| !b.furniture).collect();
    }
    let mut links = Vec::new();
    let lines: Vec<String> = kept
        .into_iter()
        .map(|b| {
            links.extend(b.links);
            b.text
        })
        .collect();
    Extracted {
        text: lines.join("\n\n") + "\n",
        title,
        byline: byline_text,
        links,
    }
}

/// Without the extractor: the page's `article` or `main` element, without page furniture.
fn fallback(document: &Html, _all: &[Block]) -> Vec<Block> {
    let select = |css: &str| Selector::parse(css).ok();
    let root = ["article", "main", "[role=main]", "body"]
        .iter()
        .filter_map(|css| select(css))
        .find_map(|s| document.select(&s).next())
        .unwrap_or_else(|| document.root_element());
    let mut blocks = Vec::new();
    walk(root, false, &mut blocks);
    blocks.retain(|b| !b.furniture);
    blocks
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn html_keeps_the_article_and_drops_the_rest() {
        let html = r#"<!doctype html><html><head><title>Council bonds &amp; numbers</title>
            <style>p { color: red }</style><script>alert("x")</script></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>City council approves “green bonds”</h1>
            <p>The council voted <b>31–4</b> on Tuesday, a figure the mayor called
               &ldquo;the largest&rdquo; <a href="https://example.org/minutes">[1]</a>.</p>
            <blockquote>We will cut emissions by 40&nbsp;%, the mayor told the council on Tuesday evening.</blockquote>
            <ul><li>First point of the plan, with enough words to count</li><li>Second point of the plan, also long enough</li></ul>
            <aside>Related stories</aside><div class="ad"><script>ads()</script></div>
            </article><footer>© 2026</footer></body></html>"#;
        let out = from_html(html);
        assert_eq!(
            out.title.as_deref(),
            Some("City council approves “green bonds”")
        );
        assert!(out.text.starts_with("City council approves “green bonds”\n\nThe council voted 31–4 on Tuesday, a figure the mayor called “the largest” [1].\n\n"), "{}", out.text);
        assert!(
            out.text.contains("We will cut emissions by 40\u{a0}%"),
            "no-break space kept: {}",
            out.text
        );
        assert!(out.text.contains("First point of the plan"), "{}", out.text);
        assert!(
            !out.text.contains("Home") && !out.text.contains("Related") && !out.text.contains("©"),
            "{}",
            out.text
        );
        assert_eq!(
            out.links,
            vec![("[1]".to_owned(), "https://example.org/minutes".to_owned())]
        );
    }

    #[test]
    fn characters_stay_as_published() {
        // A decomposed é (e + U+0301) and a soft hyphen: the extractor normalizes both; the
        // article keeps them.
        let html = "<html><head><title>T</title></head><body><article><h1>Caf\u{65}\u{301} prices</h1>\
            <p>Prices at the caf\u{65}\u{301} rose by a re\u{ad}markable 40 percent in one year, the owner said on Monday.</p>\
            <p>Customers complained that the increase came without any warning from the owners.</p></article></body></html>";
        let out = from_html(html);
        assert!(
            out.text
                .contains("caf\u{65}\u{301} rose by a re\u{ad}markable"),
            "{}",
            out.text
        );
    }
}
