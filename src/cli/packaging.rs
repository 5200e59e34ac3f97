//! What an installed claimmark brings besides the binary that follows from the command line's
//! definition: the man page (`clap_mangen`) and shell completions (`clap_complete`). They are
//! kept in `assets/packaging/generated/` for the package; a test checks they are current, and
//! `claimmark package-files DIR` writes them again.

use clap::CommandFactory as _;
use clap_complete::Shell;

use super::Cli;

/// Every generated file: (name, contents). Man pages: `claimmark.1`, and `claimmark-TOOL.1`
/// for each tool (`claimmark-desk-import-claimreview.1` for the desk's).
pub fn packaging_files() -> Result<Vec<(String, Vec<u8>)>, std::io::Error> {
    let command = Cli::command();
    let mut pages = vec![("claimmark".to_owned(), command.clone())];
    for tool in command.get_subcommands().filter(|t| !t.is_hide_set()) {
        let name = format!("claimmark-{}", tool.get_name());
        for inner in tool.get_subcommands().filter(|t| !t.is_hide_set()) {
            let inner_name = format!("{name}-{}", inner.get_name());
            pages.push((inner_name.clone(), inner.clone().name(inner_name)));
        }
        pages.push((name.clone(), tool.clone().name(name)));
    }
    let mut files = Vec::new();
    for (name, page) in pages {
        let mut man = Vec::new();
        clap_mangen::Man::new(page).render(&mut man)?;
        files.push((format!("{name}.1"), man));
    }
    for (name, shell) in [
        ("claimmark.bash", Shell::Bash),
        ("_claimmark", Shell::Zsh),
        ("claimmark.fish", Shell::Fish),
    ] {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "claimmark", &mut out);
        files.push((name.to_owned(), out));
    }
    Ok(files)
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn the_committed_man_page_and_completions_are_current() {
        let folder =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/packaging/generated");
        for (name, contents) in packaging_files().unwrap() {
            let committed = std::fs::read(folder.join(&name)).unwrap_or_default();
            assert!(
                committed == contents,
                "assets/packaging/generated/{name} is out of date: run `cargo run -- package-files assets/packaging/generated`"
            );
        }
    }

    #[test]
    fn the_man_page_names_every_tool() {
        let files = packaging_files().unwrap();
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        for tool in [
            "new", "update", "archive", "export", "import", "search", "merge",
        ] {
            assert!(
                names.contains(&format!("claimmark-{tool}.1").as_str()),
                "{tool}"
            );
        }
        assert!(names.contains(&"claimmark-desk-import-claimreview.1"));
        assert!(
            !names.iter().any(|n| n.contains("package-files")),
            "hidden tools stay out"
        );
        let update = &files
            .iter()
            .find(|(n, _)| n == "claimmark-update.1")
            .unwrap()
            .1;
        assert!(String::from_utf8_lossy(update).contains("\\-\\-from"));
        let bash = &files.iter().find(|(n, _)| n == "claimmark.bash").unwrap().1;
        assert!(String::from_utf8_lossy(bash).contains("archive"));
    }
}
