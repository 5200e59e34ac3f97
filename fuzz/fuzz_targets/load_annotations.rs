//! Fuzzes the annotation-file loader: any text must give a file or a clear error, never a
//! panic, and a file that loads must save and load again to the same thing.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(loaded) = claimmark::format::from_ron(text) {
        let written = claimmark::format::to_ron(&loaded.document, &loaded.annotations, &loaded.scale)
            .expect("a loaded file can be written");
        let again = claimmark::format::from_ron(&written).expect("a written file loads");
        assert_eq!(again.annotations, loaded.annotations);
        assert_eq!(again.document, loaded.document);
    }
});
