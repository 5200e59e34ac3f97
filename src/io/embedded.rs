//! Vectors of many texts kept in a file between runs, for the tools that train and measure
//! the suggestion scorer on tens of thousands of sentences (the model reads each text once,
//! not on every run). In 32-bit floats, by the SHA-256 of the text, for one model and role.

use std::collections::HashMap;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::semantic::{Embedder, ModelError, Role};

const MAGIC: &[u8] = b"claimmark embedded 1\n";

/// The CheckThat! splits of the data folder `folder` (see
/// [`crate::suggest::training::files`]).
pub fn read_splits(folder: &Path) -> Result<crate::suggest::training::Splits, String> {
    let read = |name: &str| super::read_text(&folder.join(name)).map_err(|e| e.to_string());
    crate::suggest::training::splits(&read)
}

/// The vectors `model` makes of `texts` read as queries, kept in `folder` (one file per
/// model) between runs; how far it is goes to standard error.
pub fn embed_in_folder(
    folder: &Path,
    model: &super::model::LoadedModel,
    texts: &[String],
) -> Result<Vec<Vec<f32>>, ModelError> {
    let id = model.vectors_id();
    let cache = folder.join(format!("vectors-{}.bin", id.get(..16).unwrap_or(&id)));
    let vectors = embed_cached(
        &model.embedder,
        Role::Query,
        texts,
        &cache,
        &mut |done, total| {
            eprint!("\rthe model is reading sentences: {done} of {total}");
        },
    );
    eprintln!();
    vectors
}

/// The vectors of `texts` (in order) as `embedder` makes them in `role`, those already in the
/// file at `path` read from it and the rest made and added to it; `progress` is told how many
/// are done of how many.
pub fn embed_cached(
    embedder: &Embedder,
    role: Role,
    texts: &[String],
    path: &Path,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<Vec<f32>>, ModelError> {
    let dimensions = embedder.dimensions();
    let mut kept = read(path, dimensions);
    let key = |text: &str| -> [u8; 32] { Sha256::digest(text.as_bytes()).into() };
    let mut missing: Vec<&str> = texts
        .iter()
        .map(String::as_str)
        .filter(|t| !kept.contains_key(&key(t)))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    let total = missing.len();
    for (done, chunk) in missing.chunks(1024).enumerate() {
        let vectors = embedder.embed(role, chunk)?;
        for (text, vector) in chunk.iter().zip(vectors) {
            kept.insert(key(text), vector);
        }
        progress((done * 1024 + chunk.len()).min(total), total);
        // Kept as it goes, so a stopped run loses at most one chunk.
        let _ = write(path, dimensions, &kept);
    }
    Ok(texts
        .iter()
        .map(|t| kept.get(&key(t)).cloned().unwrap_or_default())
        .collect())
}

fn read(path: &Path, dimensions: usize) -> HashMap<[u8; 32], Vec<f32>> {
    let Ok(bytes) = std::fs::read(path) else {
        return HashMap::new();
    };
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        return HashMap::new();
    };
    let Some((size, rest)) = rest.split_first_chunk::<4>() else {
        return HashMap::new();
    };
    if u32::from_le_bytes(*size) as usize != dimensions {
        return HashMap::new();
    }
    rest.chunks_exact(32 + 4 * dimensions)
        .filter_map(|record| {
            let (key, values) = record.split_first_chunk::<32>()?;
            let values = values.as_chunks::<4>().0;
            Some((
                *key,
                values.iter().map(|b| f32::from_le_bytes(*b)).collect(),
            ))
        })
        .collect()
}

fn write(
    path: &Path,
    dimensions: usize,
    kept: &HashMap<[u8; 32], Vec<f32>>,
) -> Result<(), super::IoError> {
    let mut bytes = MAGIC.to_vec();
    bytes.extend_from_slice(&u32::try_from(dimensions).unwrap_or(0).to_le_bytes());
    for (key, vector) in kept {
        bytes.extend_from_slice(key);
        for x in vector {
            bytes.extend_from_slice(&x.to_le_bytes());
        }
    }
    super::write_bytes(path, &bytes)
}
