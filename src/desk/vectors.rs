//! The desk's vectors: one per claim and outside check, made by the matching model and kept
//! in the desk's cache (beside its index, never in the desk folder) by the SHA-256 of the text
//! they were made from, one file per model. A changed file costs only its changed claims; a
//! claim seen in many files is embedded once. Each vector is kept in 8 bits with its own scale
//! (a quarter of the room; similarities move by less than 0.005).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// Vectors in 32-bit floats (read, then written again in 8 bits).
const MAGIC_FLOATS: &[u8] = b"claimmark vectors 1\n";
/// Vectors in 8 bits, each with its scale.
const MAGIC: &[u8] = b"claimmark vectors 2\n";

/// The key of a text: its SHA-256.
pub type TextKey = [u8; 32];

/// The key of `text`.
pub fn key_of(text: &str) -> TextKey {
    Sha256::digest(text.as_bytes()).into()
}

/// Hashes a [`TextKey`] by its first eight bytes: the key is already a SHA-256, so hashing it
/// again only costs time.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for (i, byte) in bytes.iter().take(8).enumerate() {
            self.0 ^= u64::from(*byte) << (8 * i);
        }
    }
}

/// A map keyed by the SHA-256 of a text.
pub type KeyMap<V> = HashMap<TextKey, V, BuildHasherDefault<KeyHasher>>;

/// A set of SHA-256 keys of texts.
pub type KeySet = std::collections::HashSet<TextKey, BuildHasherDefault<KeyHasher>>;

/// Vectors by the key of their text, for one model, kept as their file is written: its
/// header, then one record per text (its key, its scale, its 8-bit values). A desk of 40,000
/// claims is read in one pass, with no copy.
pub struct VectorCache {
    path: PathBuf,
    dimensions: usize,
    /// Where each text's record is: its number among the records.
    slots: KeyMap<usize>,
    /// The file's bytes.
    bytes: Vec<u8>,
    unsaved: usize,
}

impl VectorCache {
    /// The vectors of the model with weights hash `model` kept in `index_folder` (none when
    /// the file is missing, damaged or of other dimensions); with no `dimensions`, in those
    /// its file says.
    pub fn load(index_folder: &Path, model: &str, dimensions: Option<usize>) -> Self {
        let path = index_folder.join(file_name(model));
        let bytes = std::fs::read(&path).unwrap_or_default();
        let dimensions = dimensions.unwrap_or_else(|| dimensions_of(&bytes));
        let mut cache = Self {
            path,
            dimensions,
            slots: KeyMap::default(),
            bytes: header(dimensions),
            unsaved: 0,
        };
        match parse(bytes, dimensions) {
            Some(Parsed::Bytes(bytes)) => {
                cache.bytes = bytes;
                cache.slots = cache.slots_of_records();
            }
            Some(Parsed::Floats(rows)) => {
                for (key, vector) in rows {
                    cache.insert(key, vector);
                }
            }
            None => {}
        }
        cache
    }

    /// True when these are the vectors of the model with weights hash `model`.
    pub fn is_for(&self, model: &str, dimensions: usize) -> bool {
        self.dimensions == dimensions
            && self
                .path
                .file_name()
                .is_some_and(|n| n.to_string_lossy() == file_name(model))
    }

    /// The length of its vectors.
    pub fn dimensions(&self) -> usize {
        self.dimensions
    }

    /// True when the text with this key has a vector.
    pub fn has(&self, key: &TextKey) -> bool {
        self.slots.contains_key(key)
    }

    /// Where each record is, by its key.
    fn slots_of_records(&self) -> KeyMap<usize> {
        self.records()
            .enumerate()
            .filter_map(|(i, record)| Some((*record.first_chunk::<32>()?, i)))
            .collect()
    }

    /// Each text's record: its key, its scale, its values.
    fn records(&self) -> std::slice::ChunksExact<'_, u8> {
        self.bytes
            .get(HEADER..)
            .unwrap_or_default()
            .chunks_exact(record_size(self.dimensions))
    }

    /// The similarity (dot product) of the text with this key to `query`, when it has a vector.
    pub fn similarity(&self, key: &TextKey, query: &[f32]) -> Option<f32> {
        let slot = *self.slots.get(key)?;
        let size = record_size(self.dimensions);
        let start = HEADER + slot * size;
        Some(similarity(self.bytes.get(start..start + size)?, query))
    }

    /// The similarity to `query` of every vector kept, by slot (read in the order they are
    /// kept: comparing 40,000 in the order of a listing waited on memory most of the time).
    pub fn similarities(&self, query: &[f32]) -> Vec<f32> {
        self.records()
            .map(|record| similarity(record, query))
            .collect()
    }

    /// Where the vector of the text with this key is kept (an index into
    /// [`VectorCache::similarities`]).
    pub fn slot(&self, key: &TextKey) -> Option<usize> {
        self.slots.get(key).copied()
    }

    /// Keeps a vector.
    pub fn insert(&mut self, key: TextKey, vector: Vec<f32>) {
        if vector.len() != self.dimensions {
            return;
        }
        let record = record_of(&key, &vector);
        match self.slots.get(&key) {
            Some(&slot) => {
                let start = HEADER + slot * record.len();
                if let Some(kept) = self.bytes.get_mut(start..start + record.len()) {
                    kept.copy_from_slice(&record);
                }
            }
            None => {
                self.slots.insert(key, self.len());
                self.bytes.extend_from_slice(&record);
            }
        }
        self.unsaved += 1;
    }

    /// Number of vectors.
    fn len(&self) -> usize {
        self.bytes.len().saturating_sub(HEADER) / record_size(self.dimensions)
    }

    /// True when it holds none.
    #[cfg(test)]
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Drops the vectors of texts not in `keep`.
    pub fn retain(&mut self, keep: &KeySet) {
        let kept = |record: &&[u8]| record.first_chunk::<32>().is_some_and(|k| keep.contains(k));
        if self.records().all(|record| kept(&record)) {
            return;
        }
        let before = self.len();
        let mut bytes = header(self.dimensions);
        for record in self.records().filter(kept) {
            bytes.extend_from_slice(record);
        }
        self.bytes = bytes;
        self.slots = self.slots_of_records();
        self.unsaved += before - self.len();
    }

    /// Writes it when something changed since it was read or last written.
    pub fn save(&mut self) -> Result<(), crate::io::IoError> {
        if self.unsaved == 0 {
            return Ok(());
        }
        crate::io::write_bytes(&self.path, &self.bytes)?;
        self.unsaved = 0;
        Ok(())
    }
}

/// The length of a vectors file's header.
const HEADER: usize = MAGIC.len() + 4;

/// A vectors file's header.
fn header(dimensions: usize) -> Vec<u8> {
    let mut bytes = MAGIC.to_vec();
    bytes.extend_from_slice(&u32::try_from(dimensions).unwrap_or(0).to_le_bytes());
    bytes
}

/// The length of one text's record: its key, its scale, its values.
fn record_size(dimensions: usize) -> usize {
    32 + 4 + dimensions
}

/// The record of the text with this key and vector.
fn record_of(key: &TextKey, vector: &[f32]) -> Vec<u8> {
    let (scale, values) = quantized(vector);
    let mut record = Vec::with_capacity(record_size(vector.len()));
    record.extend_from_slice(key);
    record.extend_from_slice(&scale.to_le_bytes());
    record.extend_from_slice(bytemuck::cast_slice(&values));
    record
}

/// The similarity to `query` of the vector in `record`.
fn similarity(record: &[u8], query: &[f32]) -> f32 {
    let Some((scale, values)) = record.get(32..).and_then(|r| r.split_first_chunk::<4>()) else {
        return 0.0;
    };
    dot(bytemuck::cast_slice(values), query) * f32::from_le_bytes(*scale)
}

/// The file the vectors of the model kept under `model` are in.
fn file_name(model: &str) -> String {
    let short = model.get(..16).unwrap_or(model);
    format!("vectors-{short}.bin")
}

/// `vector` in 8 bits: its scale (its largest magnitude over 127) and its values.
fn quantized(vector: &[f32]) -> (f32, Vec<i8>) {
    let largest = vector.iter().fold(0.0f32, |m, x| m.max(x.abs()));
    if largest == 0.0 || !largest.is_finite() {
        return (0.0, vec![0; vector.len()]);
    }
    let scale = largest / 127.0;
    // In range by construction: |x| / scale ≤ 127.
    let row = vector
        .iter()
        .map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8)
        .collect();
    (scale, row)
}

/// The dot product of an 8-bit row with a vector, in sixteen running sums so that it runs
/// in vector instructions (40,000 claims are compared in a few milliseconds).
fn dot(row: &[i8], query: &[f32]) -> f32 {
    let (rows, row_tail) = row.as_chunks::<16>();
    let (queries, query_tail) = query.as_chunks::<16>();
    let mut lanes = [0.0f32; 16];
    for (r, q) in rows.iter().zip(queries) {
        for ((lane, &a), &b) in lanes.iter_mut().zip(r).zip(q) {
            *lane += f32::from(a) * b;
        }
    }
    let tail: f32 = row_tail
        .iter()
        .zip(query_tail)
        .map(|(&a, &b)| f32::from(a) * b)
        .sum();
    lanes.iter().sum::<f32>() + tail
}

/// The length of the vectors in a vectors file (0 when it is not one).
fn dimensions_of(bytes: &[u8]) -> usize {
    let rest = bytes
        .strip_prefix(MAGIC)
        .or_else(|| bytes.strip_prefix(MAGIC_FLOATS));
    rest.and_then(|rest| rest.first_chunk::<4>())
        .map_or(0, |size| u32::from_le_bytes(*size) as usize)
}

/// What a vectors file holds.
enum Parsed {
    /// The file itself, of 8-bit records.
    Bytes(Vec<u8>),
    /// Keys with vectors in floats (the first form of the file).
    Floats(Vec<(TextKey, Vec<f32>)>),
}

/// The vectors of a vectors file, in either form (none when it is damaged or of other
/// dimensions).
fn parse(bytes: Vec<u8>, dimensions: usize) -> Option<Parsed> {
    if dimensions == 0 || dimensions_of(&bytes) != dimensions {
        return None;
    }
    if let Some(rest) = bytes.get(HEADER..).filter(|_| bytes.starts_with(MAGIC)) {
        return (rest.len() % record_size(dimensions) == 0).then_some(Parsed::Bytes(bytes));
    }
    let rest = bytes.get(MAGIC_FLOATS.len() + 4..)?;
    let record = 32 + 4 * dimensions;
    if rest.len() % record != 0 {
        return None;
    }
    let mut rows = Vec::with_capacity(rest.len() / record);
    for chunk in rest.chunks_exact(record) {
        let (key, values) = chunk.split_first_chunk::<32>()?;
        let (values, _) = values.as_chunks::<4>();
        rows.push((
            *key,
            values.iter().map(|b| f32::from_le_bytes(*b)).collect(),
        ));
    }
    Some(Parsed::Floats(rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A unit vector of `n` values made from `seed`.
    fn unit(n: usize, seed: u64) -> Vec<f32> {
        let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let mut v: Vec<f32> = (0..n)
            .map(|_| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                ((state >> 33) as f32 / (1u64 << 31) as f32) - 0.5
            })
            .collect();
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        v.iter_mut().for_each(|x| *x /= norm);
        v
    }

    fn exact(a: &[f32], b: &[f32]) -> f32 {
        a.iter().zip(b).map(|(x, y)| x * y).sum()
    }

    #[test]
    fn vectors_round_trip_and_a_damaged_file_is_ignored() {
        let folder = tempfile::tempdir().unwrap();
        let mut cache = VectorCache::load(folder.path(), "abc", Some(3));
        assert!(cache.is_empty());
        cache.insert(key_of("the bridge"), vec![0.5, -0.25, 1.0]);
        cache.insert(key_of("wrong size"), vec![1.0]);
        cache.save().unwrap();
        let again = VectorCache::load(folder.path(), "abc", Some(3));
        assert_eq!(again.len(), 1);
        assert!(again.has(&key_of("the bridge")));
        assert!(!again.has(&key_of("wrong size")));
        let similarity = again
            .similarity(&key_of("the bridge"), &[1.0, 1.0, 1.0])
            .unwrap();
        assert!((similarity - 1.25).abs() < 0.01, "{similarity}");
        // Another model's dimensions, or a cut file: nothing is trusted.
        assert!(VectorCache::load(folder.path(), "abc", Some(4)).is_empty());
        let path = folder.path().join("vectors-abc.bin");
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 2]).unwrap();
        assert!(VectorCache::load(folder.path(), "abc", Some(3)).is_empty());
    }

    #[test]
    fn eight_bit_similarities_stay_within_half_a_hundredth() {
        let folder = tempfile::tempdir().unwrap();
        let mut cache = VectorCache::load(folder.path(), "m", Some(384));
        let texts: Vec<Vec<f32>> = (0..200).map(|i| unit(384, i)).collect();
        for (i, v) in texts.iter().enumerate() {
            cache.insert(key_of(&i.to_string()), v.clone());
        }
        for q in 0..20 {
            let query = unit(384, 1000 + q);
            for (i, v) in texts.iter().enumerate() {
                let got = cache.similarity(&key_of(&i.to_string()), &query).unwrap();
                assert!((got - exact(v, &query)).abs() < 0.005);
            }
        }
        // A vector of zeros (or of an unknown length) gives no error.
        cache.insert(key_of("zero"), vec![0.0; 384]);
        assert_eq!(cache.similarity(&key_of("zero"), &texts[0]), Some(0.0));
    }

    #[test]
    fn a_file_of_floats_is_read_and_written_again_in_eight_bits() {
        let folder = tempfile::tempdir().unwrap();
        let v = unit(384, 7);
        let mut old = MAGIC_FLOATS.to_vec();
        old.extend_from_slice(&384u32.to_le_bytes());
        old.extend_from_slice(&key_of("old"));
        for x in &v {
            old.extend_from_slice(&x.to_le_bytes());
        }
        let path = folder.path().join("vectors-m.bin");
        std::fs::write(&path, &old).unwrap();
        let mut cache = VectorCache::load(folder.path(), "m", Some(384));
        let got = cache.similarity(&key_of("old"), &v).unwrap();
        assert!((got - 1.0).abs() < 0.005, "{got}");
        cache.save().unwrap();
        let written = std::fs::read(&path).unwrap();
        assert!(written.starts_with(MAGIC));
        assert_eq!(written.len(), MAGIC.len() + 4 + 32 + 4 + 384);
        let again = VectorCache::load(folder.path(), "m", Some(384));
        assert_eq!(again.similarity(&key_of("old"), &v), Some(got));
    }
}
