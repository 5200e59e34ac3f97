//! The text of a Markdown article without its markup; link targets kept aside. Pure.

use pulldown_cmark::{Event, Parser, Tag as MdTag, TagEnd};

use super::{Extracted, collapse};

/// The text of a Markdown file, without its markup.
pub fn from_markdown(markdown: &str) -> Extracted {
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut links = Vec::new();
    let mut link: Option<(String, String)> = None;
    let mut title = None;
    let mut in_heading = false;
    let flush = |current: &mut String, blocks: &mut Vec<String>| {
        let text = collapse(current);
        if !text.is_empty() {
            blocks.push(text);
        }
        current.clear();
    };
    for event in Parser::new(markdown) {
        match event {
            Event::Start(MdTag::Link { dest_url, .. }) => {
                link = Some((String::new(), dest_url.to_string()))
            }
            Event::End(TagEnd::Link) => {
                if let Some((label, url)) = link.take() {
                    links.push((collapse(&label), url));
                }
            }
            Event::Start(MdTag::Heading { .. }) => in_heading = true,
            Event::Text(text) | Event::Code(text) => {
                current.push_str(&text);
                if let Some((label, _)) = &mut link {
                    label.push_str(&text);
                }
            }
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::End(TagEnd::Heading(_)) => {
                if title.is_none() && in_heading {
                    title = Some(collapse(&current));
                }
                in_heading = false;
                flush(&mut current, &mut blocks);
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::TableCell,
            ) => {
                flush(&mut current, &mut blocks);
            }
            _ => {}
        }
    }
    flush(&mut current, &mut blocks);
    Extracted {
        text: blocks.join("\n\n") + "\n",
        title,
        byline: None,
        links,
    }
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn markdown_loses_its_markup_but_keeps_link_targets() {
        let md = "# Minister's claim\n\nExports rose **12%**, says the [ministry](https://gov.example/exports).\n\n> A *quote* here\n\n- one\n- two\n";
        let out = from_markdown(md);
        assert_eq!(out.title.as_deref(), Some("Minister's claim"));
        assert_eq!(
            out.text,
            "Minister's claim\n\nExports rose 12%, says the ministry.\n\nA quote here\n\none\n\ntwo\n"
        );
        assert_eq!(
            out.links,
            vec![(
                "ministry".to_owned(),
                "https://gov.example/exports".to_owned()
            )]
        );
    }
}
