//! What a query is made of when it comes from a social post: links, `@handles` and
//! `pic.twitter.com/…` say nothing about the claim and are dropped; hashtags are split into
//! their words (`#StopTheSteal` → "Stop The Steal", `#covid_19` → "covid 19"). The model
//! that matches by meaning reads the post with only its links dropped. Pure.

/// `text` as words worth searching for.
pub fn cleaned(text: &str) -> String {
    text.split_whitespace()
        .filter_map(|word| {
            let lower = word.to_lowercase();
            let bare = lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '#');
            if is_link(&lower, bare) || (bare.starts_with('@') && bare.len() > 1) {
                return None;
            }
            let trimmed = word.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '#');
            match trimmed.strip_prefix('#') {
                Some(tag) if !tag.is_empty() => Some(split_hashtag(tag)),
                _ => Some(word.to_owned()),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` as the matching model reads it: links and pictures dropped, handles and hashtags
/// kept (on CheckThat! 2020's train split the model ranked better with them).
pub fn for_meaning(text: &str) -> String {
    text.split_whitespace()
        .filter(|word| {
            let lower = word.to_lowercase();
            let bare = lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '#');
            !is_link(&lower, bare)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// True for a link or a picture's address (`lower`: the word lower-cased; `bare`: without the
/// punctuation around it).
fn is_link(lower: &str, bare: &str) -> bool {
    lower.contains("://")
        || bare.starts_with("www.")
        || bare.starts_with("pic.twitter.com")
        || bare.starts_with("t.co/")
        || bare.starts_with("bit.ly/")
}

/// A hashtag's words: split at `_` and `-`, at a lower case letter followed by a capital, and
/// before digits that follow letters (`covid19`; `5G` stays whole).
fn split_hashtag(tag: &str) -> String {
    let mut out = String::new();
    let mut previous: Option<char> = None;
    for c in tag.chars() {
        if c == '_' || c == '-' {
            out.push(' ');
            previous = None;
            continue;
        }
        if let Some(p) = previous {
            let case_turn = p.is_lowercase() && c.is_uppercase();
            let digit_turn = p.is_alphabetic() && c.is_ascii_digit();
            if case_turn || digit_turn {
                out.push(' ');
            }
        }
        out.push(c);
        previous = Some(c);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_handles_and_pictures_go_and_hashtags_become_words() {
        assert_eq!(
            cleaned(
                "Wow!! @CNN says #StopTheSteal was #covid_19 related https://t.co/abc pic.twitter.com/xYz — Jane (@jane) May 2, 2020"
            ),
            "Wow!! says Stop The Steal was covid 19 related — Jane May 2, 2020"
        );
        assert_eq!(cleaned("#5G towers #covid19"), "5G towers covid 19");
        assert_eq!(
            cleaned("vacunas #VacunasYA ¡ya!"),
            "vacunas Vacunas YA ¡ya!"
        );
        assert_eq!(cleaned("لقاح #كورونا"), "لقاح كورونا");
        assert_eq!(cleaned("see www.example.com/x now"), "see now");
        assert_eq!(cleaned(""), "");
    }

    #[test]
    fn the_model_reads_handles_and_hashtags_but_not_links() {
        assert_eq!(
            for_meaning("@CNN says #StopTheSteal https://t.co/abc pic.twitter.com/xYz now"),
            "@CNN says #StopTheSteal now"
        );
        assert_eq!(for_meaning("see www.example.com/x"), "see");
    }
}
