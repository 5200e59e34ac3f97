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

/// The vectors `model` makes of `texts` read as queries, by text, kept in `folder` (one file
/// per model) between runs; how far it is goes to standard error.
pub fn embed_in_folder(
    folder: &Path,
    model: &super::model::LoadedModel,
    texts: &[String],
) -> Result<HashMap<String, Vec<f32>>, ModelError> {
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
    Ok(texts.iter().cloned().zip(vectors?).collect())
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
    let (mut kept, whole) = read(path, dimensions);
    let key = |text: &str| -> [u8; 32] { Sha256::digest(text.as_bytes()).into() };
    let mut missing: Vec<&str> = texts
        .iter()
        .map(String::as_str)
        .filter(|t| !kept.contains_key(&key(t)))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    // A missing, damaged or cut file is written again once; new vectors are then added to its
    // end, a chunk at a time, so a stopped run loses at most one chunk.
    let mut keeping = missing.is_empty() || whole || write(path, dimensions, &kept).is_ok();
    let total = missing.len();
    for (done, chunk) in missing.chunks(1024).enumerate() {
        let vectors = embedder.embed(role, chunk)?;
        let mut records = Vec::new();
        for (text, vector) in chunk.iter().zip(vectors) {
            records.extend(record(&key(text), &vector));
            kept.insert(key(text), vector);
        }
        progress((done * 1024 + chunk.len()).min(total), total);
        keeping = keeping && super::append_bytes(path, &records).is_ok();
    }
    Ok(texts
        .iter()
        .map(|t| kept.get(&key(t)).cloned().unwrap_or_default())
        .collect())
}

/// The vectors kept in the file at `path`, and whether it is whole (of these dimensions and
/// whole records only).
fn read(path: &Path, dimensions: usize) -> (HashMap<[u8; 32], Vec<f32>>, bool) {
    let Ok(bytes) = std::fs::read(path) else {
        return (HashMap::new(), false);
    };
    let rest = bytes
        .strip_prefix(MAGIC)
        .and_then(|rest| rest.split_first_chunk::<4>())
        .filter(|(size, _)| u32::from_le_bytes(**size) as usize == dimensions);
    let Some((_, rest)) = rest else {
        return (HashMap::new(), false);
    };
    let size = 32 + 4 * dimensions;
    let kept = rest
        .chunks_exact(size)
        .filter_map(|record| {
            let (key, values) = record.split_first_chunk::<32>()?;
            let values = values.as_chunks::<4>().0;
            Some((
                *key,
                values.iter().map(|b| f32::from_le_bytes(*b)).collect(),
            ))
        })
        .collect();
    (kept, rest.len() % size == 0)
}

/// One text's record: its key, then its vector.
fn record(key: &[u8; 32], vector: &[f32]) -> Vec<u8> {
    let mut bytes = key.to_vec();
    for x in vector {
        bytes.extend_from_slice(&x.to_le_bytes());
    }
    bytes
}

fn write(
    path: &Path,
    dimensions: usize,
    kept: &HashMap<[u8; 32], Vec<f32>>,
) -> Result<(), super::IoError> {
    let mut bytes = MAGIC.to_vec();
    bytes.extend_from_slice(&u32::try_from(dimensions).unwrap_or(0).to_le_bytes());
    for (key, vector) in kept {
        bytes.extend(record(key, vector));
    }
    super::write_bytes(path, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::semantic::tiny::tiny_model;

    #[test]
    fn vectors_are_kept_added_to_and_a_cut_file_is_written_again() {
        let model = tiny_model(&[&["bridge", "puente"], &["tax", "impuesto"]]).unwrap();
        let embedder = Embedder::new(&model.files()).unwrap();
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("v.bin");
        let texts = |words: &[&str]| words.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>();
        // The vectors of `words`, and what reading them told (done, total).
        let embed = |words: &[&str]| {
            let mut told = Vec::new();
            let vectors =
                embed_cached(&embedder, Role::Query, &texts(words), &path, &mut |d, t| {
                    told.push((d, t))
                })
                .unwrap();
            (vectors, told)
        };
        let (first, told) = embed(&["bridge", "tax"]);
        assert_eq!(told, [(2, 2)]);
        let record = 32 + 4 * embedder.dimensions();
        assert_eq!(
            std::fs::read(&path).unwrap().len(),
            MAGIC.len() + 4 + 2 * record
        );
        // One new text: only it is read, and added to the file's end.
        let (again, told) = embed(&["tax", "puente", "bridge"]);
        assert_eq!(told, [(1, 1)]);
        assert_eq!((&again[0], &again[2]), (&first[1], &first[0]));
        assert_eq!(
            std::fs::read(&path).unwrap().len(),
            MAGIC.len() + 4 + 3 * record
        );
        // A cut file: its whole records are kept, the rest read again, the file made whole.
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 5]).unwrap();
        let (mended, told) = embed(&["tax", "puente", "bridge"]);
        assert_eq!(told, [(1, 1)]);
        assert_eq!(mended, again);
        assert_eq!(
            std::fs::read(&path).unwrap().len(),
            MAGIC.len() + 4 + 3 * record
        );
    }
}
