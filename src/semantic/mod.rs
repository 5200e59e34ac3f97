//! Matching by meaning: a sentence-embedding model run in-process ([`embed`]), the models
//! claimmark knows how to get ([`KNOWN_MODELS`], each file's SHA-256 pinned here), and how its
//! similarities are joined with the desk's word matches ([`fuse`]). Pure: the model's files
//! are read in [`crate::io::model`] and downloaded in [`crate::web::model`].

pub mod bert;
pub mod embed;
pub mod fuse;
pub mod tiny;

pub use embed::{Embedder, ModelError, ModelFiles, Prompts, Role, similarity};

/// The files a model is made of, in the order they are fetched.
pub const MODEL_FILES: [&str; 3] = ["config.json", "tokenizer.json", "model.safetensors"];

/// A model claimmark can download from its public home.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KnownModel {
    /// Its name where it is published.
    pub name: &'static str,
    /// The address its files are under (a file's name is added to it).
    pub home: &'static str,
    /// Its licence, shown before downloading.
    pub licence: &'static str,
    /// Where the licence is published.
    pub licence_url: &'static str,
    /// What it reads.
    pub languages: &'static str,
    /// Its files with their size in bytes and SHA-256, in [`MODEL_FILES`] order.
    pub files: [(&'static str, u64, &'static str); 3],
}

impl KnownModel {
    /// Bytes to download.
    pub fn size(&self) -> u64 {
        self.files.iter().map(|(_, size, _)| size).sum()
    }

    /// The pinned SHA-256 of `file`.
    pub fn sha256_of(&self, file: &str) -> Option<&'static str> {
        self.files
            .iter()
            .find(|(name, _, _)| *name == file)
            .map(|(_, _, sha)| *sha)
    }
}

/// The models claimmark downloads (Desk → Get the matching model). The hashes are those of
/// the published files: a download that differs is refused.
pub const KNOWN_MODELS: [KnownModel; 1] = [KnownModel {
    name: "sentence-transformers/all-MiniLM-L6-v2",
    home: "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/resolve/main/",
    licence: "Apache License 2.0",
    licence_url: "https://www.apache.org/licenses/LICENSE-2.0",
    languages: "English",
    files: [
        (
            "config.json",
            612,
            "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
        ),
        (
            "tokenizer.json",
            466_247,
            "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
        ),
        (
            "model.safetensors",
            90_868_376,
            "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
        ),
    ],
}];

/// The model the desk offers to download.
pub fn default_model() -> &'static KnownModel {
    &KNOWN_MODELS[0]
}

/// The known model whose weights have this SHA-256.
pub fn known_by_weights(sha256: &str) -> Option<&'static KnownModel> {
    KNOWN_MODELS
        .iter()
        .find(|m| m.sha256_of("model.safetensors") == Some(sha256))
}
