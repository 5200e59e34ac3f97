//! The installed program's files: the desktop entry, the AppStream metainfo, the MIME type,
//! the icons and every asset the Debian package (`cargo deb`) lists. The entry and metainfo
//! are checked here and, where installed, by `desktop-file-validate` and `appstreamcli
//! validate` (`.ci/run` installs both and sets `CLAIMMARK_REQUIRE_TOOLS` so they must run).

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn packaging(name: &str) -> PathBuf {
    root().join("assets/packaging").join(name)
}

/// Runs a validator when it is installed; it must be when `CLAIMMARK_REQUIRE_TOOLS` is set.
fn validate(tool: &str, args: &[&str], file: &Path) {
    let run = Command::new(tool).args(args).arg(file).output();
    match run {
        Ok(out) => assert!(
            out.status.success(),
            "{tool} {}: {}{}",
            file.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(_) => {
            assert!(
                std::env::var_os("CLAIMMARK_REQUIRE_TOOLS").is_none(),
                "{tool} is required here (apt-get install desktop-file-utils appstream)"
            );
            eprintln!("note: {tool} is not installed; only claimmark's own checks ran");
        }
    }
}

fn entry_value<'a>(entry: &'a str, key: &str) -> Option<&'a str> {
    entry
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
}

#[test]
fn the_desktop_entry_starts_claimmark_on_the_files_it_opens() {
    let file = packaging("org.claimmark.Claimmark.desktop");
    let entry = std::fs::read_to_string(&file).unwrap();
    assert_eq!(entry_value(&entry, "Exec"), Some("claimmark %F"));
    assert_eq!(entry_value(&entry, "Icon"), Some("claimmark"));
    assert_eq!(entry_value(&entry, "Type"), Some("Application"));
    let types: Vec<&str> = entry_value(&entry, "MimeType")
        .unwrap()
        .split(';')
        .filter(|t| !t.is_empty())
        .collect();
    for opened in [
        "application/x-claimmark",
        "text/plain",
        "text/html",
        "text/markdown",
    ] {
        assert!(types.contains(&opened), "{opened}");
    }
    // The app id the window gives the desktop matches, so the icon follows the window.
    assert_eq!(entry_value(&entry, "StartupWMClass"), Some("claimmark"));
    validate("desktop-file-validate", &[], &file);
}

#[test]
fn the_metainfo_names_the_entry_and_says_what_is_required() {
    let file = packaging("org.claimmark.Claimmark.metainfo.xml");
    let xml = std::fs::read_to_string(&file).unwrap();
    // Well-formed XML, read to the end.
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Eof => break,
            _ => continue,
        }
    }
    for needed in [
        "<id>org.claimmark.Claimmark</id>",
        "<launchable type=\"desktop-id\">org.claimmark.Claimmark.desktop</launchable>",
        "<project_license>MIT OR Apache-2.0</project_license>",
        "<metadata_license>CC0-1.0</metadata_license>",
        "<content_rating type=\"oars-1.1\"",
        "<screenshot type=\"default\">",
        &format!("<release version=\"{}\"", env!("CARGO_PKG_VERSION")),
        "<binary>claimmark</binary>",
    ] {
        assert!(xml.contains(needed), "{needed}");
    }
    validate("appstreamcli", &["validate", "--no-net"], &file);
}

#[test]
fn every_asset_of_the_package_exists() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let section = manifest
        .split("[package.metadata.deb]")
        .nth(1)
        .expect("the package's metadata");
    let mut count = 0;
    for line in section
        .lines()
        .filter(|l| l.trim_start().starts_with("[\""))
    {
        let source = line.trim_start().trim_start_matches("[\"");
        let source = source.split('"').next().unwrap();
        if source.starts_with("target/") {
            continue;
        }
        count += 1;
        if let Some(folder) = source.strip_suffix("/*.1") {
            let pages = std::fs::read_dir(root().join(folder))
                .unwrap()
                .filter(|e| {
                    e.as_ref()
                        .unwrap()
                        .path()
                        .extension()
                        .is_some_and(|x| x == "1")
                })
                .count();
            assert!(pages > 10, "man pages in {folder}: {pages}");
        } else {
            assert!(root().join(source).is_file(), "{source}");
        }
    }
    assert!(count >= 15, "{count} assets");
    // The PNG icons are the sizes their folders say.
    for size in [16, 32, 48, 64, 128, 256, 512] {
        let png = std::fs::read(packaging(&format!("icons/claimmark-{size}.png"))).unwrap();
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
        assert_eq!((width, height), (size, size));
    }
}
