//! Fuzzes the article decoder and the document's offset maps: any bytes must decode or be
//! refused, and every char offset must map to a byte boundary and back.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = claimmark::article::decode_article(data) else {
        return;
    };
    assert!(!decoded.text.contains('\r'));
    let document = claimmark::model::Document::new(decoded.text, None, decoded.encoding.name());
    let len = document.char_len();
    for offset in (0..=len).step_by(1 + len / 64) {
        let byte = document.byte_of_char(offset);
        assert!(document.text().is_char_boundary(byte));
        assert_eq!(document.char_of_byte(byte), offset);
    }
    let _ = document.slice(claimmark::model::Span::new(len / 3, len / 2));
});
