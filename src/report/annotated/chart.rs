//! The verdict summary as a small inline SVG: one bar cut in proportion to each verdict's
//! count, in the verdicts' colours. The counts are also written out in text beside it; the
//! chart's accessible name says them too.

use std::fmt::Write as _;

use html_escape::encode_double_quoted_attribute as attr;

use super::Tone;

/// Width of the drawing's coordinate space (it scales to its box).
const WIDTH: f64 = 240.0;

/// The bar for `counts` (count, tone), named `label` for screen readers.
pub fn bar(counts: &[(usize, Tone)], label: &str) -> String {
    let total: usize = counts.iter().map(|(n, _)| n).sum();
    let mut svg = format!(
        "<svg class=\"cm-chart\" viewBox=\"0 0 {WIDTH} 14\" preserveAspectRatio=\"none\" \
         role=\"img\" aria-label=\"{}\" focusable=\"false\">",
        attr(label)
    );
    if total > 0 {
        let mut x = 0.0;
        for (n, tone) in counts.iter().filter(|(n, _)| *n > 0) {
            let width = WIDTH * (*n as f64) / (total as f64);
            let _ = write!(
                svg,
                "<rect x=\"{x:.2}\" y=\"0\" width=\"{width:.2}\" height=\"14\" fill=\"{}\"/>",
                tone.strong_colour()
            );
            x += width;
        }
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn bars_share_the_width_in_proportion() {
        let svg = bar(&[(1, Tone::True), (3, Tone::False), (0, Tone::Open)], "x");
        assert!(svg.contains("width=\"60.00\""), "{svg}");
        assert!(
            svg.contains("x=\"60.00\" y=\"0\" width=\"180.00\""),
            "{svg}"
        );
        assert_eq!(svg.matches("<rect").count(), 2);
    }

    #[test]
    fn the_label_cannot_break_out_of_its_attribute() {
        let svg = bar(&[(1, Tone::True)], "\"><script>alert(1)</script>");
        assert!(!svg.contains("<script>"), "{svg}");
    }
}
