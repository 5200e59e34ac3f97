//! Downloading the matching model from its public home: each file fetched (redirects
//! followed, progress told, cancellable), checked against the SHA-256 pinned in
//! [`crate::semantic::KNOWN_MODELS`], and only then installed ([`crate::io::model`]).

use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::io::model::{ModelInfo, ModelInstallError, install_files};
use crate::semantic::{KnownModel, MODEL_FILES};

/// Where a model is downloaded from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelSource {
    /// Its published name (empty when unknown).
    pub name: String,
    /// The address its files are under (ends with `/`).
    pub base: String,
    /// Each file's pinned SHA-256 (none for a model claimmark does not know).
    pub pinned: Vec<(String, Option<String>)>,
}

impl ModelSource {
    /// A known model, from its home or from `base` (a mirror, a test server).
    pub fn known(model: &KnownModel, base: Option<&str>) -> Self {
        Self {
            name: model.name.to_owned(),
            base: with_slash(base.unwrap_or(model.home)),
            pinned: model
                .files
                .iter()
                .map(|(file, _, sha)| ((*file).to_owned(), Some((*sha).to_owned())))
                .collect(),
        }
    }

    /// Files under `base`: a known model's when `base` is its home, otherwise unpinned.
    pub fn at(base: &str) -> Self {
        let base = with_slash(base);
        match crate::semantic::KNOWN_MODELS
            .iter()
            .find(|m| with_slash(m.home) == base)
        {
            Some(model) => Self::known(model, None),
            None => Self {
                name: String::new(),
                base,
                pinned: MODEL_FILES
                    .iter()
                    .map(|f| ((*f).to_owned(), None))
                    .collect(),
            },
        }
    }
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
/// pinned hash, and installs them in `target`. Nothing is installed unless every file arrived
/// and matched.
pub fn download_model(
    source: &ModelSource,
    target: &std::path::Path,
    progress: &mut dyn FnMut(&str, u64, Option<u64>),
    cancel: &AtomicBool,
) -> Result<ModelInfo, ModelInstallError> {
    let mut files = Vec::new();
    for (file, pinned) in &source.pinned {
        let bytes = download(&format!("{}{file}", source.base), file, progress, cancel)?;
        let found = crate::model::sha256_bytes_hex(&bytes);
        if let Some(expected) = pinned
            && &found != expected
        {
            return Err(ModelInstallError::Hash {
                file: file.clone(),
                found,
                expected: expected.clone(),
            });
        }
        files.push((file.as_str(), bytes));
    }
    // The model must run before it replaces anything.
    let [(_, config), (_, tokenizer), (_, weights)] = files.as_slice() else {
        return Err(ModelInstallError::Download {
            file: "model.safetensors".to_owned(),
            why: "the model's files are incomplete".to_owned(),
        });
    };
    crate::semantic::Embedder::new(&crate::semantic::ModelFiles {
        config,
        tokenizer,
        weights,
        sentence_transformers: None,
    })
    .map_err(|source_error| ModelInstallError::Model {
        folder: target.to_owned(),
        source: source_error,
    })?;
    let info = ModelInfo {
        name: source.name.clone(),
        sha256: crate::model::sha256_bytes_hex(weights),
        source: source.base.clone(),
    };
    install_files(target, &files, &info)?;
    Ok(info)
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
