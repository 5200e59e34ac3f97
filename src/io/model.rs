//! The matching model on disk: where it is kept (`$CLAIMMARK_MODEL_DIR`, else the user's data
//! folder, `…/claimmark/model/`), loading it, and installing it from a folder (for machines
//! without the internet; downloads are in [`crate::web::model`]).

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::IoError;
use crate::semantic::{Embedder, MODEL_FILES, ModelError, ModelFiles};

/// Why the model could not be installed or loaded.
#[derive(Debug, thiserror::Error)]
pub enum ModelInstallError {
    /// A file could not be read or written.
    #[error("{0}")]
    Io(#[from] IoError),
    /// A file the model needs is not in the folder.
    #[error("“{}” has no {file}: a model folder holds config.json, tokenizer.json and model.safetensors (as sentence-transformers models are published)", folder.display())]
    Missing {
        /// The folder.
        folder: PathBuf,
        /// The missing file.
        file: &'static str,
    },
    /// The files are not a model claimmark can run.
    #[error("the model in “{}” cannot be used: {source}", folder.display())]
    Model {
        /// The folder.
        folder: PathBuf,
        /// Why.
        source: ModelError,
    },
    /// A file differs from the one published.
    #[error(
        "{file} is not the published file (SHA-256 {found}, expected {expected}); it was not installed"
    )]
    Hash {
        /// The file.
        file: String,
        /// Its hash.
        found: String,
        /// The pinned hash.
        expected: String,
    },
    /// A download failed.
    #[error("could not download {file}: {why}")]
    Download {
        /// The file.
        file: String,
        /// Why, in words.
        why: String,
    },
}

/// What is kept beside the model's files.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelInfo {
    /// Its published name, when it is a known model.
    pub name: String,
    /// SHA-256 of its weights: vectors made by another model are never mixed with its own.
    pub sha256: String,
    /// Where it was installed from.
    pub source: String,
}

const INFO_FILE: &str = "model.ron";

/// Where the matching model is kept.
pub fn model_folder() -> Option<PathBuf> {
    std::env::var_os("CLAIMMARK_MODEL_DIR")
        .map(PathBuf::from)
        .or_else(|| dirs::data_dir().map(|d| d.join("claimmark").join("model")))
}

/// A loaded model and what is known of it.
pub struct LoadedModel {
    /// The model.
    pub embedder: Embedder,
    /// Its name and hash.
    pub info: ModelInfo,
}

/// True when `folder` holds the three files of a model.
pub fn has_model(folder: &Path) -> bool {
    MODEL_FILES.iter().all(|f| folder.join(f).is_file())
}

fn read_whole(path: &Path) -> Result<Vec<u8>, IoError> {
    fs::read(path).map_err(|source| IoError::Read {
        path: path.to_owned(),
        source,
    })
}

/// The file of a sentence-transformers model that names its prompts (optional).
const SENTENCE_TRANSFORMERS_CONFIG: &str = "config_sentence_transformers.json";

/// The three files of the model in `folder`, in [`MODEL_FILES`] order.
fn read_model_files(folder: &Path) -> Result<Vec<(&'static str, Vec<u8>)>, ModelInstallError> {
    let mut files = Vec::new();
    for file in MODEL_FILES {
        let path = folder.join(file);
        if !path.is_file() {
            return Err(ModelInstallError::Missing {
                folder: folder.to_owned(),
                file,
            });
        }
        files.push((file, read_whole(&path)?));
    }
    Ok(files)
}

/// The model made of `files` (read from `folder`).
fn model_of(
    folder: &Path,
    files: &[(&'static str, Vec<u8>)],
) -> Result<LoadedModel, ModelInstallError> {
    let [(_, config), (_, tokenizer), (_, weights)] = files else {
        return Err(ModelInstallError::Missing {
            folder: folder.to_owned(),
            file: "model.safetensors",
        });
    };
    // The prompts, when the model names them (e5: "query: ", "passage: ").
    let prompts = folder.join(SENTENCE_TRANSFORMERS_CONFIG);
    let prompts = if prompts.is_file() {
        Some(read_whole(&prompts)?)
    } else {
        None
    };
    let embedder = Embedder::new(&ModelFiles {
        config,
        tokenizer,
        weights,
        sentence_transformers: prompts.as_deref(),
    })
    .map_err(|source| ModelInstallError::Model {
        folder: folder.to_owned(),
        source,
    })?;
    let info = fs::read_to_string(folder.join(INFO_FILE))
        .ok()
        .and_then(|text| ron::from_str::<ModelInfo>(&text).ok())
        .filter(|info| !info.sha256.is_empty())
        .unwrap_or_else(|| ModelInfo {
            name: String::new(),
            sha256: crate::model::sha256_bytes_hex(weights),
            source: folder.display().to_string(),
        });
    Ok(LoadedModel { embedder, info })
}

/// Loads the model in `folder`.
pub fn load_model(folder: &Path) -> Result<LoadedModel, ModelInstallError> {
    model_of(folder, &read_model_files(folder)?)
}

/// Copies the model in `source` (a folder as sentence-transformers publishes it) to `target`,
/// after checking that claimmark can run it; a known model's files must be the published
/// ones. Each file is read once. Returns what was installed.
pub fn install_model_from_folder(
    source: &Path,
    target: &Path,
) -> Result<ModelInfo, ModelInstallError> {
    let files = read_model_files(source)?;
    let loaded = model_of(source, &files)?;
    let known = crate::semantic::known_by_weights(&loaded.info.sha256);
    if let Some(known) = known {
        for ((file, bytes), (_, _, expected)) in files.iter().zip(&known.files) {
            let found = crate::model::sha256_bytes_hex(bytes);
            if found != *expected {
                return Err(ModelInstallError::Hash {
                    file: (*file).to_owned(),
                    found,
                    expected: (*expected).to_owned(),
                });
            }
        }
    }
    let info = ModelInfo {
        name: known.map_or_else(String::new, |k| k.name.to_owned()),
        sha256: loaded.info.sha256,
        source: source.display().to_string(),
    };
    install_files(target, &files, &info)?;
    Ok(info)
}

/// Writes a model's files and its [`ModelInfo`] into `target` (each file atomically).
pub fn install_files(
    target: &Path,
    files: &[(&str, Vec<u8>)],
    info: &ModelInfo,
) -> Result<(), IoError> {
    fs::create_dir_all(target).map_err(|source| IoError::Write {
        path: target.to_owned(),
        source,
    })?;
    for (file, bytes) in files {
        super::write_bytes(&target.join(file), bytes)?;
    }
    let text = ron::ser::to_string_pretty(info, ron::ser::PrettyConfig::default())
        .map_err(|e| IoError::write(&target.join(INFO_FILE), std::io::Error::other(e)))?;
    super::write_text(&target.join(INFO_FILE), &text)
}
