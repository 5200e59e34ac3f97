//! The readable article of a saved web page: title, headings, paragraphs, quotes and list
//! items as plain lines, without scripts, styles, navigation or markup; link targets kept aside
//! so they can become citation targets. Pure.

use scraper::{ElementRef, Html, Node, Selector};

use super::{Extracted, collapse};

/// Elements whose content is never article text.
const SKIPPED: [&str; 13] = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "iframe", "svg", "figure",
];
/// Elements that are a block of text of their own.
const BLOCKS: [&str; 12] = [
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
];

fn inline_text(element: ElementRef<'_>, links: &mut Vec<(String, String)>) -> String {
    let mut out = String::new();
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(e) => {
                let name = e.name();
                if SKIPPED.contains(&name) {
                    continue;
                }
                if let Some(child) = ElementRef::wrap(child) {
                    if name == "br" {
                        out.push(' ');
                        continue;
                    }
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
                    out.push_str(&inner);
                }
            }
            _ => {}
        }
    }
    out
}

fn walk(element: ElementRef<'_>, blocks: &mut Vec<String>, links: &mut Vec<(String, String)>) {
    let name = element.value().name();
    if SKIPPED.contains(&name) {
        return;
    }
    let has_block_child = element.children().filter_map(ElementRef::wrap).any(|c| {
        BLOCKS.contains(&c.value().name())
            || ["div", "section", "article", "main", "ul", "ol"].contains(&c.value().name())
    });
    if BLOCKS.contains(&name) && !has_block_child {
        let text = collapse(&inline_text(element, links));
        if !text.is_empty() {
            blocks.push(text);
        }
        return;
    }
    for child in element.children() {
        match child.value() {
            Node::Element(_) => {
                if let Some(child) = ElementRef::wrap(child) {
                    walk(child, blocks, links);
                }
            }
            Node::Text(text) => {
                // Loose text directly inside a container is a block of its own.
                let text = collapse(text);
                if text.chars().count() > 40 {
                    blocks.push(text);
                }
            }
            _ => {}
        }
    }
}

/// The readable article of an HTML page.
pub fn from_html(html: &str) -> Extracted {
    let document = Html::parse_document(html);
    let select = |css: &str| Selector::parse(css).ok();
    let title = select("title")
        .and_then(|s| document.select(&s).next())
        .map(|t| collapse(&t.text().collect::<String>()))
        .filter(|t| !t.is_empty());
    // The article itself when the page marks it; else the main content; else the body.
    let root = ["article", "main", "[role=main]", "body"]
        .iter()
        .filter_map(|css| select(css))
        .find_map(|s| document.select(&s).next())
        .unwrap_or_else(|| document.root_element());
    let mut blocks = Vec::new();
    let mut links = Vec::new();
    walk(root, &mut blocks, &mut links);
    Extracted {
        text: blocks.join("\n\n") + "\n",
        title,
        links,
    }
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
            <blockquote>We will cut emissions by 40&nbsp;%</blockquote>
            <ul><li>First point</li><li>Second point</li></ul>
            <aside>Related stories</aside><div class="ad"><script>ads()</script></div>
            </article><footer>© 2026</footer></body></html>"#;
        let out = from_html(html);
        assert_eq!(out.title.as_deref(), Some("Council bonds & numbers"));
        assert_eq!(
            out.text,
            "City council approves “green bonds”\n\nThe council voted 31–4 on Tuesday, a figure the mayor called “the largest” [1].\n\nWe will cut emissions by 40\u{a0}%\n\nFirst point\n\nSecond point\n"
        );
        assert_eq!(
            out.links,
            vec![("[1]".to_owned(), "https://example.org/minutes".to_owned())]
        );
    }
}
