//! A sentence-embedding model run in-process: a BERT encoder (candle) over the words of a
//! tokenizer (Hugging Face `tokenizers`), mean-pooled and scaled to length one, as
//! sentence-transformers models are used. Built from the bytes of the model's files, so this
//! part never touches the disk.

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use tokenizers::{PaddingParams, PaddingStrategy, Tokenizer, TruncationParams};

/// Why a model could not be loaded or run.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// `config.json` is not a BERT configuration.
    #[error("the model's config.json cannot be read: {0}")]
    Config(String),
    /// `tokenizer.json` cannot be read.
    #[error("the model's tokenizer.json cannot be read: {0}")]
    Tokenizer(String),
    /// The weights do not fit the configuration.
    #[error("the model's weights (model.safetensors) cannot be loaded: {0}")]
    Weights(String),
    /// Running the model failed.
    #[error("the matching model failed on a text: {0}")]
    Inference(String),
}

/// The contents of a model's files.
pub struct ModelFiles<'a> {
    /// `config.json` (a BERT configuration).
    pub config: &'a [u8],
    /// `tokenizer.json`.
    pub tokenizer: &'a [u8],
    /// `model.safetensors`.
    pub weights: &'a [u8],
}

/// Texts are cut after this many tokens (the models' training length).
pub const MAX_TOKENS: usize = 128;

/// Texts embedded in one pass.
const BATCH: usize = 32;

/// A loaded model.
pub struct Embedder {
    model: BertModel,
    tokenizer: Tokenizer,
    dimensions: usize,
}

impl Embedder {
    /// Loads a model from its files.
    pub fn new(files: &ModelFiles<'_>) -> Result<Self, ModelError> {
        let config: Config =
            serde_json::from_slice(files.config).map_err(|e| ModelError::Config(e.to_string()))?;
        let mut tokenizer = Tokenizer::from_bytes(files.tokenizer)
            .map_err(|e| ModelError::Tokenizer(e.to_string()))?;
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: MAX_TOKENS,
                ..Default::default()
            }))
            .map_err(|e| ModelError::Tokenizer(e.to_string()))?;
        tokenizer.with_padding(Some(PaddingParams {
            strategy: PaddingStrategy::BatchLongest,
            pad_id: config.pad_token_id as u32,
            ..Default::default()
        }));
        let weights = VarBuilder::from_slice_safetensors(files.weights, DType::F32, &Device::Cpu)
            .map_err(|e| ModelError::Weights(e.to_string()))?;
        let model =
            BertModel::load(weights, &config).map_err(|e| ModelError::Weights(e.to_string()))?;
        Ok(Self {
            model,
            tokenizer,
            dimensions: config.hidden_size,
        })
    }

    /// The length of its vectors.
    pub fn dimensions(&self) -> usize {
        self.dimensions
    }

    /// One vector of length one per text, in order. Texts are embedded shortest first, in
    /// batches, so padding costs little.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, ModelError> {
        let mut order: Vec<usize> = (0..texts.len()).collect();
        order.sort_by_key(|&i| texts.get(i).map_or(0, |t| t.len()));
        let mut vectors = vec![Vec::new(); texts.len()];
        for batch in order.chunks(BATCH) {
            let batch_texts: Vec<&str> = batch
                .iter()
                .map(|&i| texts.get(i).copied().unwrap_or_default())
                .collect();
            for (&i, vector) in batch.iter().zip(self.embed_batch(&batch_texts)?) {
                if let Some(slot) = vectors.get_mut(i) {
                    *slot = vector;
                }
            }
        }
        Ok(vectors)
    }

    fn embed_batch(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, ModelError> {
        let failed = |e: candle_core::Error| ModelError::Inference(e.to_string());
        let encodings = self
            .tokenizer
            .encode_batch(texts.to_vec(), true)
            .map_err(|e| ModelError::Inference(e.to_string()))?;
        let rows = encodings.len();
        let width = encodings.first().map_or(0, |e| e.get_ids().len());
        if rows == 0 || width == 0 {
            return Ok(vec![vec![0.0; self.dimensions]; rows]);
        }
        let flat = |get: &dyn Fn(&tokenizers::Encoding) -> &[u32]| -> Vec<u32> {
            encodings.iter().flat_map(|e| get(e).to_vec()).collect()
        };
        let ids = Tensor::from_vec(flat(&|e| e.get_ids()), (rows, width), &Device::Cpu)
            .map_err(failed)?;
        let types = Tensor::from_vec(flat(&|e| e.get_type_ids()), (rows, width), &Device::Cpu)
            .map_err(failed)?;
        let mask = Tensor::from_vec(
            flat(&|e| e.get_attention_mask()),
            (rows, width),
            &Device::Cpu,
        )
        .map_err(failed)?;
        let hidden = self
            .model
            .forward(&ids, &types, Some(&mask))
            .map_err(failed)?;
        // Mean of the token vectors the mask keeps, then length one.
        let mask = mask
            .to_dtype(DType::F32)
            .and_then(|m| m.unsqueeze(2))
            .map_err(failed)?;
        let summed = hidden
            .broadcast_mul(&mask)
            .and_then(|h| h.sum(1))
            .map_err(failed)?;
        let counts = mask
            .sum(1)
            .and_then(|c| c.clamp(1e-9, f64::MAX))
            .map_err(failed)?;
        let mean = summed.broadcast_div(&counts).map_err(failed)?;
        let norms = mean
            .sqr()
            .and_then(|s| s.sum_keepdim(1))
            .and_then(|s| s.sqrt())
            .and_then(|s| s.clamp(1e-12, f64::MAX))
            .map_err(failed)?;
        mean.broadcast_div(&norms)
            .and_then(|v| v.to_vec2::<f32>())
            .map_err(failed)
    }
}

/// The cosine similarity of two vectors of length one.
pub fn similarity(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}
