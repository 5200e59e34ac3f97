//! The desk's vectors: one per claim and outside check, made by the matching model and kept
//! in the desk's cache (beside its index, never in the desk folder) by the SHA-256 of the text
//! they were made from, one file per model. A changed file costs only its changed claims; a
//! claim seen in many files is embedded once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

const MAGIC: &[u8] = b"claimmark vectors 1\n";

/// The key of a text: its SHA-256.
pub type TextKey = [u8; 32];

/// The key of `text`.
pub fn key_of(text: &str) -> TextKey {
    Sha256::digest(text.as_bytes()).into()
}

/// Vectors by the key of their text, for one model, one after another in one block (a desk of
/// 40,000 claims reads in one pass, not 40,000 allocations).
pub struct VectorCache {
    path: PathBuf,
    dimensions: usize,
    /// Where each text's vector is: its number in `keys` and in `values`.
    slots: HashMap<TextKey, usize>,
    keys: Vec<TextKey>,
    values: Vec<f32>,
    unsaved: usize,
}

impl VectorCache {
    /// The vectors of the model with weights hash `model` kept in `index_folder` (none when
    /// the file is missing, damaged or of other dimensions).
    pub fn load(index_folder: &Path, model: &str, dimensions: usize) -> Self {
        let short = model.get(..16).unwrap_or(model);
        let path = index_folder.join(format!("vectors-{short}.bin"));
        let (keys, values) = std::fs::read(&path)
            .ok()
            .and_then(|bytes| parse(&bytes, dimensions))
            .unwrap_or_default();
        let slots = keys.iter().enumerate().map(|(i, key)| (*key, i)).collect();
        Self {
            path,
            dimensions,
            slots,
            keys,
            values,
            unsaved: 0,
        }
    }

    /// True when these are the vectors of the model with weights hash `model`.
    pub fn is_for(&self, model: &str) -> bool {
        let short = model.get(..16).unwrap_or(model);
        self.path
            .file_name()
            .is_some_and(|n| n.to_string_lossy() == format!("vectors-{short}.bin"))
    }

    /// The vector of the text with this key.
    pub fn get(&self, key: &TextKey) -> Option<&[f32]> {
        let slot = *self.slots.get(key)?;
        self.values
            .get(slot * self.dimensions..(slot + 1) * self.dimensions)
    }

    /// Keeps a vector.
    pub fn insert(&mut self, key: TextKey, vector: Vec<f32>) {
        if vector.len() != self.dimensions {
            return;
        }
        match self.slots.get(&key) {
            Some(&slot) => {
                if let Some(kept) = self
                    .values
                    .get_mut(slot * self.dimensions..(slot + 1) * self.dimensions)
                {
                    kept.copy_from_slice(&vector);
                }
            }
            None => {
                self.slots.insert(key, self.keys.len());
                self.keys.push(key);
                self.values.extend_from_slice(&vector);
            }
        }
        self.unsaved += 1;
    }

    /// Number of vectors.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when it holds none.
    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Drops the vectors of texts not in `keep`.
    pub fn retain(&mut self, keep: &std::collections::HashSet<TextKey>) {
        if self.keys.iter().all(|key| keep.contains(key)) {
            return;
        }
        let before = self.keys.len();
        let mut keys = Vec::with_capacity(before);
        let mut values = Vec::with_capacity(self.values.len());
        let rows = self
            .keys
            .iter()
            .zip(self.values.chunks_exact(self.dimensions.max(1)));
        for (key, vector) in rows.filter(|(key, _)| keep.contains(*key)) {
            keys.push(*key);
            values.extend_from_slice(vector);
        }
        self.slots = keys.iter().enumerate().map(|(i, key)| (*key, i)).collect();
        self.keys = keys;
        self.values = values;
        self.unsaved += before - self.keys.len();
    }

    /// Writes it when something changed since it was read or last written.
    pub fn save(&mut self) -> Result<(), crate::io::IoError> {
        if self.unsaved == 0 {
            return Ok(());
        }
        let mut bytes =
            Vec::with_capacity(MAGIC.len() + 4 + self.keys.len() * (32 + 4 * self.dimensions));
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&(self.dimensions as u32).to_le_bytes());
        let rows = self
            .keys
            .iter()
            .zip(self.values.chunks_exact(self.dimensions.max(1)));
        for (key, vector) in rows {
            bytes.extend_from_slice(key);
            for x in vector {
                bytes.extend_from_slice(&x.to_le_bytes());
            }
        }
        crate::io::write_bytes(&self.path, &bytes)?;
        self.unsaved = 0;
        Ok(())
    }
}

/// The keys and the vectors, one after another, of a vectors file.
fn parse(bytes: &[u8], dimensions: usize) -> Option<(Vec<TextKey>, Vec<f32>)> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (size, rest) = rest.split_first_chunk::<4>()?;
    if u32::from_le_bytes(*size) as usize != dimensions || dimensions == 0 {
        return None;
    }
    let record = 32 + 4 * dimensions;
    if rest.len() % record != 0 {
        return None;
    }
    let count = rest.len() / record;
    let mut keys = Vec::with_capacity(count);
    let mut values = Vec::with_capacity(count * dimensions);
    for chunk in rest.chunks_exact(record) {
        let (key, floats) = chunk.split_first_chunk::<32>()?;
        keys.push(*key);
        values.extend(
            floats
                .chunks_exact(4)
                .map(|b| <[u8; 4]>::try_from(b).map_or(0.0, f32::from_le_bytes)),
        );
    }
    Some((keys, values))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_round_trip_and_a_damaged_file_is_ignored() {
        let folder = tempfile::tempdir().unwrap();
        let mut cache = VectorCache::load(folder.path(), "abc", 3);
        assert!(cache.is_empty());
        cache.insert(key_of("the bridge"), vec![0.5, -0.25, 1.0]);
        cache.insert(key_of("wrong size"), vec![1.0]);
        cache.save().unwrap();
        let again = VectorCache::load(folder.path(), "abc", 3);
        assert_eq!(again.len(), 1);
        assert_eq!(
            again.get(&key_of("the bridge")),
            Some(&[0.5, -0.25, 1.0][..])
        );
        // Another model's dimensions, or a cut file: nothing is trusted.
        assert!(VectorCache::load(folder.path(), "abc", 4).is_empty());
        let path = folder.path().join("vectors-abc.bin");
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 2]).unwrap();
        assert!(VectorCache::load(folder.path(), "abc", 3).is_empty());
    }
}
