//! Small, valid PDFs written from positioned lines of text in Helvetica, for tests and the
//! opening benchmark: one or two columns, running heads, page numbers, hyphenated line ends, as
//! many pages as asked. Real PDFs from other projects' test suites are in `tests/fixtures/pdf/`.

/// A line of text placed on a page: `x` from the left edge, `y` down from the top, in points.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// From the page's left edge.
    pub x: f64,
    /// Baseline, down from the page's top edge.
    pub y: f64,
    /// Font size.
    pub size: f64,
    /// The words (Latin-1 only: the font is Helvetica with WinAnsi encoding).
    pub text: String,
}

/// A line at (`x`, `y`) in 10-point type.
pub fn at(x: f64, y: f64, text: &str) -> Placed {
    Placed {
        x,
        y,
        size: 10.0,
        text: text.to_owned(),
    }
}

/// Escapes a string for a PDF literal string, Latin-1 bytes.
fn literal(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 2);
    out.push(b'(');
    for c in text.chars() {
        match c {
            '(' | ')' | '\\' => {
                out.push(b'\\');
                out.push(c as u8);
            }
            c if (c as u32) < 256 => out.push(c as u8),
            _ => out.push(b'?'),
        }
    }
    out.push(b')');
    out
}

/// A US Letter PDF (612 × 792 points) with one page per entry of `pages`.
pub fn pdf(pages: &[Vec<Placed>]) -> Vec<u8> {
    const HEIGHT: f64 = 792.0;
    let mut objects: Vec<Vec<u8>> = Vec::new();
    // 1: catalog, 2: page tree, 3: font; then per page its page object and content stream.
    let kids: Vec<String> = (0..pages.len())
        .map(|i| format!("{} 0 R", 4 + 2 * i))
        .collect();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    objects.push(
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            pages.len()
        )
        .into_bytes(),
    );
    objects.push(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    );
    for (i, lines) in pages.iter().enumerate() {
        let mut content = Vec::new();
        for line in lines {
            content.extend_from_slice(
                format!(
                    "BT /F1 {} Tf 1 0 0 1 {:.2} {:.2} Tm ",
                    line.size,
                    line.x,
                    HEIGHT - line.y
                )
                .as_bytes(),
            );
            content.extend(literal(&line.text));
            content.extend_from_slice(b" Tj ET\n");
        }
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 {HEIGHT}] \
                 /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                5 + 2 * i
            )
            .into_bytes(),
        );
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend(content);
        stream.extend_from_slice(b"\nendstream");
        objects.push(stream);
    }
    let mut out = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A long two-column report: `pages` pages, each with a running head, a page number and two
/// columns of 48 lines of news-like sentences, some words split by a hyphen at a line's end.
pub fn report(pages: usize) -> Vec<u8> {
    let mut rng = super::Rng(0x5EED_0F9D);
    let words = [
        "the",
        "budget",
        "rose",
        "by",
        "percent",
        "in",
        "minister",
        "said",
        "unemployment",
        "fell",
        "hospital",
        "waiting",
        "times",
        "report",
        "council",
        "spending",
        "million",
        "households",
        "inflation",
        "figures",
        "growth",
    ];
    let mut all = Vec::with_capacity(pages);
    for page in 1..=pages {
        let mut lines = vec![at(72.0, 40.0, "Annual Report of the Example Council")];
        for column in 0..2 {
            let x = if column == 0 { 72.0 } else { 320.0 };
            for row in 0..48 {
                let mut line = String::new();
                while line.len() < 38 {
                    let pick = (rng.next() % words.len() as u64) as usize;
                    let word = words.get(pick).copied().unwrap_or("the");
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                }
                if row % 7 == 6 {
                    line.push_str(" eco-");
                } else if row % 7 == 0 && row > 0 {
                    line.insert_str(0, "nomic ");
                }
                lines.push(at(x, 90.0 + 13.0 * row as f64, &line));
            }
        }
        lines.push(at(300.0, 760.0, &page.to_string()));
        all.push(lines);
    }
    pdf(&all)
}
