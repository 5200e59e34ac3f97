//! Web addresses: which ones claimmark opens (`http`/`https` only), and the address inside
//! what a browser hands over when a link is dropped or pasted — the link itself, a
//! `text/uri-list`, a Windows Internet shortcut (`.url`), a macOS `.webloc` or a desktop
//! `Link` entry.

/// `text` as a web address claimmark can open: `http` or `https`, with a host. Surrounding
/// spaces and angle brackets are dropped.
pub fn web_address(text: &str) -> Option<String> {
    let trimmed = text.trim().trim_start_matches('<').trim_end_matches('>');
    let parsed = url::Url::parse(trimmed).ok()?;
    let web = matches!(parsed.scheme(), "http" | "https") && parsed.host_str().is_some();
    web.then(|| parsed.to_string())
}

/// Why an address is refused, in words, or `None` when it can be opened.
pub fn refusal(text: &str) -> Option<String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Some("type or paste a web address (https://…)".to_owned());
    }
    match url::Url::parse(trimmed) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https") => parsed
            .host_str()
            .is_none()
            .then(|| format!("“{trimmed}” has no host name")),
        Ok(parsed) => Some(format!(
            "“{trimmed}” is a {}: address; claimmark opens only http and https pages",
            parsed.scheme()
        )),
        Err(_) => Some(format!(
            "“{trimmed}” is not a web address (it should start with https://)"
        )),
    }
}

/// The web address in a dropped or pasted link: the text itself, the first address of a
/// `text/uri-list`, or the `URL=` of an Internet shortcut or desktop entry, or the `<string>`
/// of a `.webloc` property list.
pub fn address_in(text: &str) -> Option<String> {
    if let Some(address) = web_address(text) {
        return Some(address);
    }
    for line in text.lines().map(str::trim) {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(address) = line
            .strip_prefix("URL=")
            .and_then(web_address)
            .or_else(|| web_address(line))
        {
            return Some(address);
        }
        if let Some(inner) = line
            .split_once("<string>")
            .and_then(|(_, rest)| rest.split_once("</string>"))
            .and_then(|(inside, _)| web_address(&html_escape::decode_html_entities(inside)))
        {
            return Some(inner);
        }
    }
    None
}

/// True for a file name a browser or desktop makes for a dropped link.
pub fn is_link_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".url", ".webloc", ".desktop"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn only_http_and_https_pages() {
        assert_eq!(
            web_address(" https://news.example/a?b=1#c "),
            Some("https://news.example/a?b=1#c".to_owned())
        );
        assert_eq!(
            web_address("<http://127.0.0.1:8080/story>"),
            Some("http://127.0.0.1:8080/story".to_owned())
        );
        assert_eq!(web_address("file:///etc/passwd"), None);
        assert_eq!(web_address("ftp://news.example/a"), None);
        assert_eq!(web_address("news.example/story"), None);
        assert!(
            refusal("file:///etc/passwd")
                .unwrap()
                .contains("only http and https")
        );
        assert!(refusal("news.example").unwrap().contains("https://"));
        assert!(refusal("").is_some());
        assert_eq!(refusal("https://news.example/"), None);
        // International names become their ASCII form.
        assert_eq!(
            web_address("https://bücher.example/ä"),
            Some("https://xn--bcher-kva.example/%C3%A4".to_owned())
        );
    }

    #[test]
    fn addresses_inside_what_browsers_drop() {
        let shortcut = "[InternetShortcut]\r\nURL=https://news.example/story\r\nIDList=\r\n";
        assert_eq!(
            address_in(shortcut).as_deref(),
            Some("https://news.example/story")
        );
        let webloc = r#"<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict><key>URL</key><string>https://news.example/a?x=1&amp;y=2</string></dict></plist>"#;
        assert_eq!(
            address_in(webloc).as_deref(),
            Some("https://news.example/a?x=1&y=2")
        );
        let desktop = "[Desktop Entry]\nType=Link\nName=Story\nURL=https://news.example/d\n";
        assert_eq!(
            address_in(desktop).as_deref(),
            Some("https://news.example/d")
        );
        let uri_list = "# dragged from a browser\r\nhttps://news.example/u\r\n";
        assert_eq!(
            address_in(uri_list).as_deref(),
            Some("https://news.example/u")
        );
        assert_eq!(address_in("just some words"), None);
        assert!(is_link_file("Story.URL") && is_link_file("a.webloc") && !is_link_file("a.html"));
    }
}
