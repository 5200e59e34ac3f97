//! `claimmark model install` and `claimmark model status`: the matching model from the
//! command line (a folder for offline machines, or a download checked against its pinned
//! SHA-256).

use std::path::Path;
use std::sync::atomic::AtomicBool;

use super::CliError;
use crate::io::model::{ModelInstallError, install_model_from_folder, model_folder};
use crate::semantic::default_model;
use crate::web::model::{ModelSource, download_model};

fn target() -> Result<std::path::PathBuf, CliError> {
    model_folder().ok_or_else(|| {
        CliError::Usage(
            "no data folder for the matching model on this system; set CLAIMMARK_MODEL_DIR"
                .to_owned(),
        )
    })
}

fn failed(error: ModelInstallError) -> CliError {
    match error {
        ModelInstallError::Io(io) => CliError::Files(io),
        other => CliError::Usage(other.to_string()),
    }
}

/// `claimmark model install [DIR|URL]`.
pub fn install(from: Option<&str>) -> Result<String, CliError> {
    let target = target()?;
    let known = match from {
        None => Some(default_model()),
        Some(name) => crate::semantic::known_by_name(name),
    };
    let is_address = from.is_some_and(|f| f.starts_with("http://") || f.starts_with("https://"));
    let info = if is_address || known.is_some() {
        let source = match (known, from) {
            (Some(known), _) => {
                ModelSource::known(known, crate::io::model::model_mirror().as_deref())
            }
            (None, address) => ModelSource::at(address.unwrap_or_default()),
        };
        if source.name.is_empty() {
            eprintln!(
                "claimmark: note: {} is not a model claimmark knows, so its files cannot be checked against published hashes",
                source.base
            );
        } else if let Some(known) = crate::semantic::KNOWN_MODELS
            .iter()
            .find(|m| m.name == source.name)
        {
            eprintln!(
                "claimmark: downloading {} ({} MB, {}; licence: {}, {})",
                known.name,
                known.size() / 1_000_000,
                known.languages,
                known.licence,
                known.licence_url
            );
        }
        let cancel = AtomicBool::new(false);
        let mut last = (String::new(), 0u64);
        let info = download_model(
            &source,
            &target,
            &mut |file, received, total| {
                let step = received / 20_000_000;
                if last.0 != file || last.1 != step {
                    last = (file.to_owned(), step);
                    match total {
                        Some(total) => eprint!(
                            "\rclaimmark: {file}: {} of {} MB   ",
                            received / 1_000_000,
                            total / 1_000_000
                        ),
                        None => eprint!("\rclaimmark: {file}: {} MB   ", received / 1_000_000),
                    }
                }
            },
            &cancel,
        )
        .map_err(failed)?;
        eprintln!();
        info
    } else {
        let folder = Path::new(from.unwrap_or_default());
        install_model_from_folder(folder, &target).map_err(failed)?
    };
    let name = if info.name.is_empty() {
        "the model".to_owned()
    } else {
        info.name.clone()
    };
    Ok(format!(
        "installed {name} in {} (weights SHA-256 {}); search and Seen before now match by meaning",
        target.display(),
        info.sha256
    ))
}

/// `claimmark model status`.
pub fn status() -> Result<String, CliError> {
    let target = target()?;
    if !crate::io::model::has_model(&target) {
        let known = default_model();
        return Ok(format!(
            "no matching model in {}: matching by meaning is off.\nInstall {} ({} MB, {}, {}) with `claimmark model install`, or from a folder with `claimmark model install DIR`.",
            target.display(),
            known.name,
            known.size() / 1_000_000,
            known.languages,
            known.licence
        ));
    }
    let loaded = crate::io::model::load_model(&target).map_err(failed)?;
    Ok(format!(
        "{} in {}\n{} dimensions; weights SHA-256 {}; from {}",
        if loaded.info.name.is_empty() {
            "a model claimmark does not know"
        } else {
            &loaded.info.name
        },
        target.display(),
        loaded.embedder.dimensions(),
        loaded.info.sha256,
        loaded.info.source
    ))
}
