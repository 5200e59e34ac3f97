//! The BERT encoder sentence-embedding models are made of, as `candle-transformers` defines it
//! (same weights, same names, same outputs to rounding), with the two steps that dominated its
//! time on a processor done faster: the exact GELU through a branch-free rational `erf` that
//! the compiler vectorizes (candle's scalar `erff` took 16 % of embedding time), and attention's
//! softmax in one pass over each row (`softmax_last_dim`).

use candle_core::quantized::QTensor;
use candle_core::{CpuStorage, CustomOp1, DType, Layout, Module, Result, Shape, Tensor};
use candle_nn::{Embedding, LayerNorm, Linear, VarBuilder};
use candle_transformers::models::bert::{Config, HiddenAct};

use std::cell::RefCell;
use std::collections::HashMap;

use super::int8::{Int8Linear, Int8Weights};

/// How an encoder's linear layers are loaded.
pub enum Linears<'a> {
    /// In `f32`, as stored.
    Exact,
    /// Quantized to 8 bits as they are read ([`Int8Linear`]): about twice as fast over a batch
    /// and a quarter of the weights' memory, for vectors that differ from the `f32` ones in
    /// the third decimal. Each layer's 8-bit weights are also put in `kept`, by name, when
    /// given (to prepare the model).
    Int8 {
        /// Where each layer's 8-bit weights go, by name.
        kept: Option<&'a RefCell<Vec<(String, Int8Weights)>>>,
    },
    /// Already in 8 bits, taken by name (a prepared model).
    Prepared(&'a RefCell<HashMap<String, Int8Linear>>),
}

/// A BERT encoder without its pooler: a text's token vectors.
pub struct BertEncoder {
    embeddings: Embeddings,
    layers: Vec<Layer>,
    heads: usize,
}

impl BertEncoder {
    /// Loads the encoder's weights, named as Hugging Face names them (with or without a
    /// `bert.` or, for XLM-RoBERTa checkpoints, `roberta.` prefix).
    pub fn load(vb: VarBuilder, config: &Config) -> Result<Self> {
        Self::load_with_words(vb, config, None, &Linears::Exact)
    }

    /// Loads the encoder as [`Self::load`] does, but with its word embeddings given in 4 or 8
    /// bits (`words`, `(vocabulary, hidden)`) instead of read from `vb`, and its linear layers
    /// as `linears` says.
    pub fn load_with_words(
        vb: VarBuilder,
        config: &Config,
        words: Option<WordTable>,
        linears: &Linears<'_>,
    ) -> Result<Self> {
        let vb = ["bert", "roberta"]
            .into_iter()
            .find(|prefix| {
                vb.contains_tensor(&format!("{prefix}.embeddings.word_embeddings.weight"))
            })
            .map_or(vb.clone(), |prefix| vb.pp(prefix));
        let layers = (0..config.num_hidden_layers)
            .map(|i| Layer::load(vb.pp(format!("encoder.layer.{i}")), config, linears))
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            embeddings: Embeddings::load(vb.pp("embeddings"), config, words)?,
            layers,
            heads: config.num_attention_heads,
        })
    }

    /// The token vectors `(texts, tokens, hidden)` of a batch of token ids `(texts, tokens)`;
    /// `mask` is 1 for a token and 0 for padding.
    pub fn forward(&self, ids: &Tensor, types: &Tensor, mask: &Tensor) -> Result<Tensor> {
        self.forward_through(ids, types, mask, self.layers.len())
    }

    /// The token vectors as [`Self::forward`] gives them, but after only the first `layers`
    /// layers (what a layer trained on top of them reads).
    pub fn forward_through(
        &self,
        ids: &Tensor,
        types: &Tensor,
        mask: &Tensor,
        layers: usize,
    ) -> Result<Tensor> {
        let mut hidden = self.embeddings.forward(ids, types)?;
        let blocked = blocked(mask)?;
        for layer in self.layers.iter().take(layers) {
            hidden = layer.forward(&hidden, &blocked, self.heads)?;
        }
        Ok(hidden)
    }

    /// The token vectors after each of its layers, first to last.
    pub fn forward_each(&self, ids: &Tensor, types: &Tensor, mask: &Tensor) -> Result<Vec<Tensor>> {
        let mut hidden = self.embeddings.forward(ids, types)?;
        let blocked = blocked(mask)?;
        let mut each = Vec::with_capacity(self.layers.len());
        for layer in &self.layers {
            hidden = layer.forward(&hidden, &blocked, self.heads)?;
            each.push(hidden.clone());
        }
        Ok(each)
    }

    /// How many layers it has.
    pub fn layers(&self) -> usize {
        self.layers.len()
    }
}

/// What attention adds to each score, `(texts, 1, 1, tokens)` from `mask` `(texts, tokens)`:
/// 0 where a token may be attended to, the lowest float where it is padding.
pub fn blocked(mask: &Tensor) -> Result<Tensor> {
    let (texts, tokens) = mask.dims2()?;
    (mask.to_dtype(DType::F32)?.affine(-1.0, 1.0)? * f64::from(f32::MIN))?
        .reshape((texts, 1, 1, tokens))
}

/// The mean of each text's token vectors `(texts, hidden)` from `hidden`
/// `(texts, tokens, hidden)`, over the tokens `mask` `(texts, tokens)` keeps (1) and not the
/// padding (0).
pub fn mean_of_tokens(hidden: &Tensor, mask: &Tensor) -> Result<Tensor> {
    let kept = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
    hidden
        .broadcast_mul(&kept)?
        .sum(1)?
        .broadcast_div(&kept.sum(1)?.clamp(1e-9, f64::MAX)?)
}

/// The rows of a word table in 4 bits (GGML `Q4_0`) kept outside memory and read as a
/// text needs them: a query reads a few hundred bytes instead of the whole 54 MB table.
pub trait WordRows: Send + Sync {
    /// The stored bytes of each row of `ids`, one row after another.
    fn rows(&self, ids: &[u32]) -> std::result::Result<Vec<u8>, String>;
}

/// A word-embedding table: in `f32`, quantized with its rows dequantized as they are
/// looked up (a 250,000-word table is 384 MB in `f32`, 54 MB in 4 bits), or quantized and
/// read row by row as needed.
enum Words {
    Dense(Embedding),
    Quantized(QTensor),
    Rows {
        rows: Box<dyn WordRows>,
        hidden: usize,
    },
}

impl Words {
    fn forward(&self, ids: &Tensor) -> Result<Tensor> {
        match self {
            Self::Dense(table) => table.forward(ids),
            Self::Quantized(table) => table.embedding(ids),
            Self::Rows { rows, hidden } => {
                // Each distinct word's row once, then the ids renumbered into them.
                let flat = ids.flatten_all()?.to_vec1::<u32>()?;
                let mut distinct = flat.clone();
                distinct.sort_unstable();
                distinct.dedup();
                let bytes = rows.rows(&distinct).map_err(candle_core::Error::Msg)?;
                let table = candle_core::quantized::ggml_file::qtensor_from_ggml(
                    candle_core::quantized::GgmlDType::Q4_0,
                    &bytes,
                    vec![distinct.len(), *hidden],
                    ids.device(),
                )?;
                let renumbered: Vec<u32> = flat
                    .iter()
                    .map(|id| distinct.binary_search(id).unwrap_or(0) as u32)
                    .collect();
                table.embedding(&Tensor::from_vec(renumbered, ids.shape(), ids.device())?)
            }
        }
    }
}

/// Where an encoder's word table comes from, when not from its other weights.
pub enum WordTable {
    /// In memory, quantized.
    Quantized(QTensor),
    /// Read row by row as needed.
    Rows(Box<dyn WordRows>),
}

struct Embeddings {
    words: Words,
    positions: Embedding,
    /// Where positions start in the position table: 0 for BERT; after the padding index for
    /// RoBERTa and XLM-RoBERTa, whose first token is at `pad_token_id + 1`.
    position_offset: u32,
    types: Embedding,
    norm: LayerNorm,
}

/// Where a model's positions start in its position table (see [`Embeddings`]).
fn position_offset(config: &Config) -> u32 {
    let roberta = config
        .model_type
        .as_deref()
        .is_some_and(|t| matches!(t, "roberta" | "xlm-roberta" | "camembert"));
    if roberta {
        u32::try_from(config.pad_token_id + 1).unwrap_or(0)
    } else {
        0
    }
}

impl Embeddings {
    fn load(vb: VarBuilder, config: &Config, words: Option<WordTable>) -> Result<Self> {
        let hidden = config.hidden_size;
        let words = match words {
            Some(WordTable::Quantized(table)) => Words::Quantized(table),
            Some(WordTable::Rows(rows)) => Words::Rows { rows, hidden },
            None => Words::Dense(candle_nn::embedding(
                config.vocab_size,
                hidden,
                vb.pp("word_embeddings"),
            )?),
        };
        Ok(Self {
            words,
            positions: candle_nn::embedding(
                config.max_position_embeddings,
                hidden,
                vb.pp("position_embeddings"),
            )?,
            position_offset: position_offset(config),
            types: candle_nn::embedding(
                config.type_vocab_size,
                hidden,
                vb.pp("token_type_embeddings"),
            )?,
            norm: candle_nn::layer_norm(hidden, config.layer_norm_eps, vb.pp("LayerNorm"))?,
        })
    }

    fn forward(&self, ids: &Tensor, types: &Tensor) -> Result<Tensor> {
        let tokens = ids.dim(1)?;
        // Padding is on the right, so each text's tokens are at the first positions; a padding
        // token's vector is never attended to nor pooled, whatever its position.
        let start = self.position_offset;
        let positions = Tensor::arange(start, start + tokens as u32, ids.device())?;
        let summed = (self.words.forward(ids)? + self.types.forward(types)?)?
            .broadcast_add(&self.positions.forward(&positions)?)?;
        self.norm.forward(&summed)
    }
}

/// A linear layer in `f32` or in 8 bits.
enum Dense {
    Exact(Linear),
    Int8(Int8Linear),
}

impl Dense {
    /// The layer at `vb` of `inputs` and `outputs`, its outputs multiplied by `factor`
    /// (weights and bias scaled once, before any quantizing), loaded as `linears` says.
    fn load(
        inputs: usize,
        outputs: usize,
        factor: f64,
        vb: VarBuilder,
        linears: &Linears<'_>,
    ) -> Result<Self> {
        let name = vb.prefix();
        if let Linears::Prepared(prepared) = linears {
            let layer = prepared.borrow_mut().remove(&name).ok_or_else(|| {
                candle_core::Error::Msg(format!("the prepared model has no layer {name}"))
            })?;
            let (has_inputs, has_outputs) = layer.shape();
            if (has_inputs, has_outputs) != (inputs, outputs) {
                candle_core::bail!(
                    "the prepared layer {name} is {has_inputs} × {has_outputs}, not {inputs} × {outputs}"
                );
            }
            return Ok(Self::Int8(layer));
        }
        let mut linear = candle_nn::linear(inputs, outputs, vb)?;
        if factor != 1.0 {
            let weight = linear.weight().affine(factor, 0.0)?;
            let bias = linear.bias().map(|b| b.affine(factor, 0.0)).transpose()?;
            linear = Linear::new(weight, bias);
        }
        match linears {
            Linears::Exact | Linears::Prepared(_) => Ok(Self::Exact(linear)),
            Linears::Int8 { kept } => {
                let weights = Int8Weights::quantize(linear.weight(), linear.bias())?;
                if let Some(kept) = kept {
                    kept.borrow_mut().push((name, weights.clone()));
                }
                Int8Linear::from_weights(weights).map(Self::Int8)
            }
        }
    }

    fn forward(&self, x: &Tensor) -> Result<Tensor> {
        match self {
            Self::Exact(linear) => linear.forward(x),
            Self::Int8(linear) => linear.forward(x),
        }
    }

    /// `forward(x) + residual`.
    fn forward_plus(&self, x: &Tensor, residual: &Tensor) -> Result<Tensor> {
        match self {
            Self::Exact(linear) => linear.forward(x)? + residual,
            Self::Int8(linear) => linear.forward_plus(x, residual),
        }
    }
}

struct Layer {
    query: Dense,
    key: Dense,
    value: Dense,
    attention_out: Dense,
    attention_norm: LayerNorm,
    intermediate: Dense,
    activation: HiddenAct,
    out: Dense,
    out_norm: LayerNorm,
}

impl Layer {
    fn load(vb: VarBuilder, config: &Config, linears: &Linears<'_>) -> Result<Self> {
        let hidden = config.hidden_size;
        let inner = config.intermediate_size;
        let eps = config.layer_norm_eps;
        let attention = vb.pp("attention");
        let own = attention.pp("self");
        Ok(Self {
            // Attention divides each query·key product by √(head width): done once here, in
            // the query's weights.
            query: Dense::load(
                hidden,
                hidden,
                1.0 / ((hidden / config.num_attention_heads.max(1)) as f64).sqrt(),
                own.pp("query"),
                linears,
            )?,
            key: Dense::load(hidden, hidden, 1.0, own.pp("key"), linears)?,
            value: Dense::load(hidden, hidden, 1.0, own.pp("value"), linears)?,
            attention_out: Dense::load(hidden, hidden, 1.0, attention.pp("output.dense"), linears)?,
            attention_norm: candle_nn::layer_norm(hidden, eps, attention.pp("output.LayerNorm"))?,
            intermediate: Dense::load(hidden, inner, 1.0, vb.pp("intermediate.dense"), linears)?,
            activation: config.hidden_act,
            out: Dense::load(inner, hidden, 1.0, vb.pp("output.dense"), linears)?,
            out_norm: candle_nn::layer_norm(hidden, eps, vb.pp("output.LayerNorm"))?,
        })
    }

    fn forward(&self, hidden: &Tensor, blocked: &Tensor, heads: usize) -> Result<Tensor> {
        // (The query's weights were scaled by 1/√head_width when loaded.)
        let context = attend(
            &self.query.forward(hidden)?,
            &self.key.forward(hidden)?,
            &self.value.forward(hidden)?,
            blocked,
            heads,
        )?;
        let attended = self
            .attention_norm
            .forward(&self.attention_out.forward_plus(&context, hidden)?)?;
        let inner = self.intermediate.forward(&attended)?;
        let inner = match self.activation {
            HiddenAct::Gelu => inner.apply_op1_no_bwd(&GeluErf)?,
            HiddenAct::GeluApproximate => inner.gelu()?,
            HiddenAct::Relu => inner.relu()?,
        };
        self.out_norm
            .forward(&self.out.forward_plus(&inner, &attended)?)
    }
}

/// Multi-head attention's context `(texts, tokens, width)` from the queries (already divided
/// by √(head width)), keys and values `(texts, tokens, width)`, with `blocked` added to each
/// score (see [`blocked`]).
pub fn attend(
    query: &Tensor,
    key: &Tensor,
    value: &Tensor,
    blocked: &Tensor,
    heads: usize,
) -> Result<Tensor> {
    let (texts, tokens, width) = query.dims3()?;
    let heads = heads.max(1);
    let head_width = width / heads;
    let split = |t: &Tensor| -> Result<Tensor> {
        t.reshape((texts, tokens, heads, head_width))?
            .transpose(1, 2)?
            .contiguous()
    };
    let scores = split(query)?
        .matmul(&split(key)?.t()?)?
        .broadcast_add(blocked)?;
    candle_nn::ops::softmax_last_dim(&scores)?
        .matmul(&split(value)?)?
        .transpose(1, 2)?
        .contiguous()?
        .reshape((texts, tokens, width))
}

/// The exact GELU, `x · (1 + erf(x / √2)) / 2`, over a contiguous `f32` tensor.
struct GeluErf;

impl CustomOp1 for GeluErf {
    fn name(&self) -> &'static str {
        "gelu-erf-rational"
    }

    fn cpu_fwd(&self, storage: &CpuStorage, layout: &Layout) -> Result<(CpuStorage, Shape)> {
        let CpuStorage::F32(values) = storage else {
            candle_core::bail!("the GELU here takes f32 values only")
        };
        let Some((start, end)) = layout.contiguous_offsets() else {
            candle_core::bail!("the GELU here takes a contiguous tensor only")
        };
        let source = values.get(start..end).unwrap_or_default();
        let result = source.iter().map(|&x| gelu(x)).collect();
        Ok((CpuStorage::F32(result), layout.shape().clone()))
    }
}

fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + erf(x * std::f32::consts::FRAC_1_SQRT_2))
}

/// `erf` in single precision, with no branch: a rational approximation on [-4, 4] (outside
/// it erf is ±1 in f32), the one Eigen and XLA use; absolute error below 1e-6.
fn erf(x: f32) -> f32 {
    let x = x.clamp(-4.0, 4.0);
    let x2 = x * x;
    let mut p = x2 * -2.726_142_3e-10 + 2.770_681_4e-8;
    p = x2 * p + -2.101_024e-6;
    p = x2 * p + -5.692_506_4e-5;
    p = x2 * p + -7.349_906_3e-4;
    p = x2 * p + -2.954_6e-3;
    p = x2 * p + -1.609_603_3e-2;
    let mut q = x2 * -1.456_607_2e-5 + -2.133_740_6e-4;
    q = x2 * q + -1.682_827e-3;
    q = x2 * q + -7.373_329_2e-3;
    q = x2 * q + -1.426_473_9e-2;
    x * p / q
}

/// What the encoder's tests and those of layers trained on top of it share.
#[cfg(test)]
pub(crate) mod testing {
    use candle_core::{Device, Tensor};
    use candle_nn::VarMap;
    use candle_transformers::models::bert::Config;

    /// A two-layer encoder of 32 dimensions and 4 heads.
    pub(crate) fn small_config() -> Config {
        Config {
            vocab_size: 50,
            hidden_size: 32,
            num_hidden_layers: 2,
            num_attention_heads: 4,
            intermediate_size: 64,
            max_position_embeddings: 16,
            ..Config::default()
        }
    }

    /// Layer norms start at weight 1, bias 0: makes them random, as a trained model's are.
    pub(crate) fn randomize_norms(map: &VarMap) {
        for (name, var) in map.data().lock().unwrap().iter() {
            if name.contains("LayerNorm") {
                let shape = var.shape().clone();
                var.set(&Tensor::randn(0.5f32, 0.3, shape, &Device::Cpu).unwrap())
                    .unwrap();
            }
        }
    }

    /// The largest absolute difference between two tensors of one shape.
    pub(crate) fn largest_difference(a: &Tensor, b: &Tensor) -> f32 {
        (a - b)
            .and_then(|d| d.abs())
            .and_then(|d| d.flatten_all())
            .and_then(|d| d.max(0))
            .and_then(|d| d.to_scalar::<f32>())
            .unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::Device;
    use candle_nn::VarMap;
    use candle_transformers::models::bert::BertModel;

    use testing::largest_difference;

    #[test]
    fn erf_is_within_a_millionth_of_candles_exact_erf() {
        let inputs: Vec<f32> = (-9000..=9000).map(|i| i as f32 / 1000.0).collect();
        let exact = Tensor::new(inputs.as_slice(), &Device::Cpu)
            .and_then(|t| t.erf())
            .and_then(|t| t.to_vec1::<f32>())
            .unwrap();
        let worst = inputs
            .iter()
            .zip(&exact)
            .map(|(&x, &e)| (erf(x) - e).abs())
            .fold(0f32, f32::max);
        assert!(worst < 1e-6, "largest error {worst}");
    }

    #[test]
    fn the_encoder_gives_what_candle_transformers_bert_gives() {
        let config = testing::small_config();
        let map = VarMap::new();
        let builder = VarBuilder::from_varmap(&map, DType::F32, &Device::Cpu);
        let reference = BertModel::load(builder.clone(), &config).unwrap();
        let ours = BertEncoder::load(builder, &config).unwrap();
        testing::randomize_norms(&map);
        let ids = Tensor::new(
            &[[2u32, 7, 9, 30, 3, 0, 0], [2, 11, 12, 13, 14, 15, 3]],
            &Device::Cpu,
        )
        .unwrap();
        let types = ids.zeros_like().unwrap();
        let mask = Tensor::new(
            &[[1u32, 1, 1, 1, 1, 0, 0], [1, 1, 1, 1, 1, 1, 1]],
            &Device::Cpu,
        )
        .unwrap();
        let expected = reference.forward(&ids, &types, Some(&mask)).unwrap();
        let got = ours.forward(&ids, &types, &mask).unwrap();
        let difference = largest_difference(&expected, &got);
        assert!(difference < 1e-4, "largest difference {difference}");
    }

    #[test]
    fn an_xlm_roberta_checkpoint_reads_its_positions_after_the_padding_index() {
        let bert = testing::small_config();
        let map = VarMap::new();
        let encoder = BertEncoder::load(
            VarBuilder::from_varmap(&map, DType::F32, &Device::Cpu),
            &bert,
        )
        .unwrap();
        // The same weights as XLM-RoBERTa stores them: under `roberta.`, the position table
        // two rows longer, its rows for positions 0 and 1 (padding) unused.
        let xlmr = Config {
            model_type: Some("xlm-roberta".to_owned()),
            pad_token_id: 1,
            max_position_embeddings: 18,
            ..bert.clone()
        };
        let mut tensors = std::collections::HashMap::new();
        for (name, var) in map.data().lock().unwrap().iter() {
            let tensor = if name.contains("position_embeddings") {
                let unused = Tensor::randn(0f32, 1.0, (2, 32), &Device::Cpu).unwrap();
                Tensor::cat(&[&unused, var.as_tensor()], 0).unwrap()
            } else {
                var.as_tensor().clone()
            };
            tensors.insert(format!("roberta.{name}"), tensor);
        }
        let roberta = BertEncoder::load(
            VarBuilder::from_tensors(tensors, DType::F32, &Device::Cpu),
            &xlmr,
        )
        .unwrap();
        let ids = Tensor::new(&[[2u32, 7, 9, 30, 3]], &Device::Cpu).unwrap();
        let types = ids.zeros_like().unwrap();
        let mask = ids.ones_like().unwrap();
        let a = encoder.forward(&ids, &types, &mask).unwrap();
        let b = roberta.forward(&ids, &types, &mask).unwrap();
        let difference = largest_difference(&a, &b);
        assert!(difference < 1e-6, "largest difference {difference}");
    }
}
