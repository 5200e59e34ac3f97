//! The list of what the matching model reads (each claim and outside check, with the key of
//! its text), kept in the desk's cache beside the vectors and stamped with the manifest it was
//! made from: a desk that did not change is not read again to list 40,000 claims. The texts
//! themselves are not kept (they are needed only to make vectors that are missing, and then
//! the desk lists them again).

use std::path::Path;

use sha2::{Digest, Sha256};

use super::HitKind;
use super::manifest::Manifest;
use super::meaning::{Keyed, Matchable};

const FILE: &str = "matchable.bin";
const MAGIC: &[u8] = b"claimmark matchable 2\n";
/// Changes whenever what the model reads of a claim or check changes.
const LISTING_VERSION: u32 = 1;

/// What a listing made from `manifest` is stamped with: the SHA-256 of each file's name and
/// contents as the manifest has them, with claimmark's version.
pub fn stamp(manifest: &Manifest) -> [u8; 32] {
    let mut hash = Sha256::new();
    hash.update(LISTING_VERSION.to_le_bytes());
    hash.update(env!("CARGO_PKG_VERSION").as_bytes());
    for (file, entry) in &manifest.files {
        hash.update(file.as_bytes());
        hash.update([0, u8::from(entry.failed)]);
        hash.update(entry.sha256.as_bytes());
        hash.update([0]);
    }
    hash.finalize().into()
}

/// The listing kept in `index_folder` (without texts), when it was made from a manifest with
/// this stamp.
pub fn load(index_folder: &Path, stamp: &[u8; 32]) -> Option<Vec<Keyed>> {
    let bytes = std::fs::read(index_folder.join(FILE)).ok()?;
    let rest = bytes.strip_prefix(MAGIC)?.strip_prefix(stamp.as_slice())?;
    let mut reader = Reader(rest);
    let count = reader.u32()? as usize;
    let mut listing = Vec::with_capacity(count.min(rest.len() / 50));
    for _ in 0..count {
        let kind = match reader.byte()? {
            0 => HitKind::Claim,
            1 => HitKind::Outside,
            _ => return None,
        };
        let id = u64::from_le_bytes(*reader.take::<8>()?);
        let key = *reader.take::<32>()?;
        let file = reader.text()?;
        listing.push((
            Matchable {
                kind,
                file,
                id,
                text: String::new(),
            },
            key,
        ));
    }
    reader.0.is_empty().then_some(listing)
}

/// Keeps `listing` (without its texts), made from a manifest with this stamp, in
/// `index_folder`.
pub fn save(
    index_folder: &Path,
    stamp: &[u8; 32],
    listing: &[Keyed],
) -> Result<(), crate::io::IoError> {
    let size: usize = listing.iter().map(|(m, _)| 45 + m.file.len()).sum();
    let mut bytes = Vec::with_capacity(MAGIC.len() + 36 + size);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(stamp);
    bytes.extend_from_slice(
        &u32::try_from(listing.len())
            .unwrap_or(u32::MAX)
            .to_le_bytes(),
    );
    for (m, key) in listing.iter().take(u32::MAX as usize) {
        bytes.push(u8::from(m.kind == HitKind::Outside));
        bytes.extend_from_slice(&m.id.to_le_bytes());
        bytes.extend_from_slice(key);
        bytes.extend_from_slice(&u32::try_from(m.file.len()).unwrap_or(0).to_le_bytes());
        if u32::try_from(m.file.len()).is_ok() {
            bytes.extend_from_slice(m.file.as_bytes());
        }
    }
    crate::io::write_bytes(&index_folder.join(FILE), &bytes)
}

/// Reads a listing's parts one after another.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Option<&[u8; N]> {
        let (taken, rest) = self.0.split_first_chunk::<N>()?;
        self.0 = rest;
        Some(taken)
    }

    fn byte(&mut self) -> Option<u8> {
        self.take::<1>().map(|b| b[0])
    }

    fn u32(&mut self) -> Option<u32> {
        self.take::<4>().map(|b| u32::from_le_bytes(*b))
    }

    fn text(&mut self) -> Option<String> {
        let length = self.u32()? as usize;
        let (text, rest) = self.0.split_at_checked(length)?;
        self.0 = rest;
        String::from_utf8(text.to_vec()).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk::manifest::Entry;
    use crate::desk::vectors::key_of;

    fn manifest(sha: &str) -> Manifest {
        let mut manifest = Manifest::default();
        manifest.files.insert(
            "a.ron".to_owned(),
            Entry {
                size: 1,
                modified: 2,
                sha256: sha.to_owned(),
                failed: false,
            },
        );
        manifest
    }

    #[test]
    fn a_listing_is_kept_for_its_manifest_only_and_a_cut_one_is_not_trusted() {
        let folder = tempfile::tempdir().unwrap();
        let texts = ["مرحبا 1983 🇦🇺", "Le pont a coûté 2 M€\r\nsecond line", ""];
        let listing: Vec<Keyed> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let m = Matchable {
                    kind: if i == 1 {
                        HitKind::Outside
                    } else {
                        HitKind::Claim
                    },
                    file: format!("sub/ファイル{i}.ron"),
                    id: i as u64 + 7,
                    text: (*text).to_owned(),
                };
                (m, key_of(text))
            })
            .collect();
        let stamp = stamp(&manifest("abc"));
        save(folder.path(), &stamp, &listing).unwrap();
        let without_texts: Vec<Keyed> = listing
            .iter()
            .map(|(m, key)| {
                let mut m = m.clone();
                m.text.clear();
                (m, *key)
            })
            .collect();
        assert_eq!(load(folder.path(), &stamp), Some(without_texts));
        // A file changed: the manifest's stamp is another.
        let other = super::stamp(&manifest("abd"));
        assert_ne!(other, stamp);
        assert_eq!(load(folder.path(), &other), None);
        let path = folder.path().join(FILE);
        let bytes = std::fs::read(&path).unwrap();
        for cut in [1, 10, bytes.len() / 2] {
            std::fs::write(&path, &bytes[..bytes.len() - cut]).unwrap();
            assert_eq!(load(folder.path(), &stamp), None, "cut {cut}");
        }
    }
}
