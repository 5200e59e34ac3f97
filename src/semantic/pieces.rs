//! The Unigram (SentencePiece) model of a `tokenizer.json`, its pieces held in a finite-state
//! transducer (`tantivy-fst`) instead of the hash-map trie of the `tokenizers` crate, which
//! for XLM-RoBERTa's 250,002 pieces took 240 MB and most of a second to build. It picks the
//! same pieces (SentencePiece's Viterbi search: of equal scores the shorter piece, characters
//! no piece covers scored below every piece and fused into one unknown token); the
//! normalizer, pre-tokenizer and post-processor around it stay those of `tokenizers`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use tantivy_fst::raw::Output;
use tantivy_fst::{Map, MapBuilder};
use tokenizers::decoders::DecoderWrapper;
use tokenizers::models::unigram::UnigramTrainer;
use tokenizers::normalizers::NormalizerWrapper;
use tokenizers::pre_tokenizers::PreTokenizerWrapper;
use tokenizers::processors::PostProcessorWrapper;
use tokenizers::{AddedToken, Model, Token, TokenizerImpl};

/// A tokenizer whose model is [`Pieces`].
pub type PieceTokenizer = TokenizerImpl<
    Pieces,
    NormalizerWrapper,
    PreTokenizerWrapper,
    PostProcessorWrapper,
    DecoderWrapper,
>;

/// How far below the lowest-scored piece a character no piece covers is scored (as
/// SentencePiece and `tokenizers` do).
const UNKNOWN_PENALTY: f64 = 10.0;

/// A Unigram model: each piece's id and score.
pub struct Pieces {
    /// Each piece's bytes to its id.
    ids: Map<Vec<u8>>,
    scores: Vec<f64>,
    /// Every piece's text in UTF-8, one after another; piece `i` ends at `ends[i]` (each piece
    /// is checked as it is asked for: checking 250,000 at once took a sixth of a load).
    text: Vec<u8>,
    ends: Vec<usize>,
    unknown: Option<u32>,
    unknown_score: f64,
}

/// The parts of a `tokenizer.json` with a Unigram model that are read.
#[derive(Deserialize)]
struct UnigramFile {
    #[serde(default)]
    added_tokens: Vec<AddedToken>,
    normalizer: Option<NormalizerWrapper>,
    pre_tokenizer: Option<PreTokenizerWrapper>,
    post_processor: Option<PostProcessorWrapper>,
    decoder: Option<DecoderWrapper>,
    model: UnigramModel,
}

#[derive(Deserialize)]
struct UnigramModel {
    #[serde(rename = "type")]
    kind: String,
    unk_id: Option<usize>,
    #[serde(default)]
    vocab: Vec<(String, f64)>,
    #[serde(default)]
    byte_fallback: bool,
}

/// The tokenizer of a `tokenizer.json` whose model is a Unigram one without byte fallback,
/// or `None` for any other (which `tokenizers` reads as it is).
pub fn unigram_tokenizer(json: &[u8]) -> Option<Result<PieceTokenizer, String>> {
    let file: UnigramFile = serde_json::from_slice(json).ok()?;
    if file.model.kind != "Unigram" || file.model.byte_fallback {
        return None;
    }
    Some(build(file))
}

/// A Unigram `tokenizer.json` without its pieces (`model.vocab`): the rest of the tokenizer,
/// which a prepared model keeps beside [`PieceParts`]; `None` for any other tokenizer.
pub fn without_pieces(json: &[u8]) -> Option<String> {
    let mut value: serde_json::Value = serde_json::from_slice(json).ok()?;
    let model = value.get_mut("model")?.as_object_mut()?;
    if model.get("type")?.as_str()? != "Unigram" {
        return None;
    }
    model.remove("vocab");
    serde_json::to_string(&value).ok()
}

/// The tokenizer of `rest` (as [`without_pieces`] gives it) with the pieces `parts`.
pub fn tokenizer_from_parts(rest: &str, parts: PieceParts) -> Result<PieceTokenizer, String> {
    let file: UnigramFile = serde_json::from_str(rest).map_err(|e| e.to_string())?;
    build_with(file, Pieces::from_parts(parts)?)
}

fn build(mut file: UnigramFile) -> Result<PieceTokenizer, String> {
    let vocab = std::mem::take(&mut file.model.vocab);
    let pieces = Pieces::new(vocab, file.model.unk_id)?;
    build_with(file, pieces)
}

fn build_with(file: UnigramFile, pieces: Pieces) -> Result<PieceTokenizer, String> {
    let mut tokenizer = TokenizerImpl::new(pieces);
    tokenizer
        .with_normalizer(file.normalizer)
        .map_err(|e| e.to_string())?;
    tokenizer
        .with_pre_tokenizer(file.pre_tokenizer)
        .with_post_processor(file.post_processor)
        .with_decoder(file.decoder);
    let (special, added): (Vec<AddedToken>, Vec<AddedToken>) =
        file.added_tokens.into_iter().partition(|t| t.special);
    tokenizer
        .add_special_tokens(special)
        .map_err(|e| e.to_string())?;
    tokenizer.add_tokens(added).map_err(|e| e.to_string())?;
    Ok(tokenizer)
}

/// A [`Pieces`] model's parts, as a prepared model keeps them: its transducer's bytes, each
/// piece's score and text, and its unknown token.
pub struct PieceParts {
    /// The transducer from each piece's bytes to its id.
    pub transducer: Vec<u8>,
    /// Each piece's score, by id.
    pub scores: Vec<f64>,
    /// Every piece's text in UTF-8, one after another.
    pub text: Vec<u8>,
    /// Where each piece's text ends in `text`.
    pub ends: Vec<u64>,
    /// The unknown token's id.
    pub unknown: Option<u32>,
    /// The score of a character no piece covers.
    pub unknown_score: f64,
}

impl Pieces {
    /// Its parts, to be kept.
    pub fn parts(&self) -> PieceParts {
        PieceParts {
            transducer: self.ids.as_fst().to_vec(),
            scores: self.scores.clone(),
            text: self.text.clone(),
            ends: self.ends.iter().map(|&e| e as u64).collect(),
            unknown: self.unknown,
            unknown_score: self.unknown_score,
        }
    }

    /// The model of kept `parts`.
    pub fn from_parts(parts: PieceParts) -> Result<Self, String> {
        let ends: Vec<usize> = parts
            .ends
            .iter()
            .map(|&e| usize::try_from(e).map_err(|e| e.to_string()))
            .collect::<Result<_, _>>()?;
        let consistent = ends.len() == parts.scores.len()
            && ends.windows(2).all(|w| w.first() <= w.get(1))
            && ends.last().is_none_or(|&end| end == parts.text.len())
            && parts.unknown.is_none_or(|id| (id as usize) < ends.len());
        if !consistent {
            return Err("its pieces do not agree with one another".to_owned());
        }
        Ok(Self {
            ids: Map::from_bytes(parts.transducer).map_err(|e| e.to_string())?,
            scores: parts.scores,
            text: parts.text,
            ends,
            unknown: parts.unknown,
            unknown_score: parts.unknown_score,
        })
    }

    /// The model of `vocab` (each piece and its score, in id order) with `unknown` the id of
    /// the unknown token.
    pub fn new(vocab: Vec<(String, f64)>, unknown: Option<usize>) -> Result<Self, String> {
        if let Some(id) = unknown
            && id >= vocab.len()
        {
            return Err(format!(
                "the unknown token's id {id} is past the {} pieces",
                vocab.len()
            ));
        }
        let mut order: Vec<usize> = (0..vocab.len()).collect();
        // By bytes, and of two equal pieces the later id last, so that it is the one kept
        // (as `tokenizers` keeps it).
        order.sort_by(|&a, &b| {
            let key = |i: usize| vocab.get(i).map(|(p, _)| p.as_bytes());
            key(a).cmp(&key(b)).then(a.cmp(&b))
        });
        let mut builder = MapBuilder::memory();
        let mut next = order.iter().peekable();
        while let Some(&i) = next.next() {
            let piece = vocab.get(i).map(|(p, _)| p.as_str()).unwrap_or_default();
            let same_next = next
                .peek()
                .and_then(|&&j| vocab.get(j))
                .is_some_and(|(p, _)| p == piece);
            if !same_next && !piece.is_empty() {
                builder.insert(piece, i as u64).map_err(|e| e.to_string())?;
            }
        }
        let ids = builder
            .into_inner()
            .and_then(Map::from_bytes)
            .map_err(|e| e.to_string())?;
        let lowest = vocab
            .iter()
            .map(|(_, score)| *score)
            .fold(f64::INFINITY, f64::min);
        let mut text = Vec::with_capacity(vocab.iter().map(|(p, _)| p.len()).sum());
        let mut ends = Vec::with_capacity(vocab.len());
        let mut scores = Vec::with_capacity(vocab.len());
        for (piece, score) in vocab {
            text.extend_from_slice(piece.as_bytes());
            ends.push(text.len());
            scores.push(score);
        }
        Ok(Self {
            ids,
            scores,
            text,
            ends,
            unknown: unknown.and_then(|id| u32::try_from(id).ok()),
            unknown_score: lowest - UNKNOWN_PENALTY,
        })
    }

    fn piece(&self, id: u32) -> Option<&str> {
        let id = id as usize;
        let end = *self.ends.get(id)?;
        let start = if id == 0 { 0 } else { *self.ends.get(id - 1)? };
        std::str::from_utf8(self.text.get(start..end)?).ok()
    }

    /// Each piece that starts `text`, shortest first: its length in bytes and id.
    fn prefixes<'a>(&'a self, text: &'a [u8]) -> impl Iterator<Item = (usize, u32)> + 'a {
        let fst = self.ids.as_fst();
        let mut node = fst.root();
        let mut output = Output::zero();
        let mut bytes = text.iter().enumerate();
        std::iter::from_fn(move || {
            for (i, &byte) in bytes.by_ref() {
                let transition = node.transition(node.find_input(byte)?);
                output = output.cat(transition.out);
                node = fst.node(transition.addr);
                if node.is_final() {
                    let id = output.cat(node.final_output()).value();
                    return Some((i + 1, u32::try_from(id).ok()?));
                }
            }
            None
        })
    }

    /// The best-scored way to cut `text` into pieces: each cut's byte range and id (`None`
    /// where no piece covers a character).
    fn best_cut(&self, text: &str) -> Vec<(usize, usize, Option<u32>)> {
        #[derive(Clone, Copy)]
        struct Best {
            score: f64,
            start: Option<usize>,
            id: Option<u32>,
        }
        let size = text.len();
        let bytes = text.as_bytes();
        let mut best = vec![
            Best {
                score: 0.0,
                start: None,
                id: None,
            };
            size + 1
        ];
        for (start, character) in text.char_indices() {
            let so_far = best.get(start).map_or(0.0, |b| b.score);
            let width = character.len_utf8();
            let mut covers_character = false;
            for (length, id) in self.prefixes(bytes.get(start..).unwrap_or_default()) {
                let score = so_far + self.scores.get(id as usize).copied().unwrap_or(0.0);
                if let Some(target) = best.get_mut(start + length)
                    && (target.start.is_none() || score > target.score)
                {
                    *target = Best {
                        score,
                        start: Some(start),
                        id: Some(id),
                    };
                }
                covers_character |= length == width;
            }
            if !covers_character {
                let score = so_far + self.unknown_score;
                if let Some(target) = best.get_mut(start + width)
                    && (target.start.is_none() || score > target.score)
                {
                    *target = Best {
                        score,
                        start: Some(start),
                        id: None,
                    };
                }
            }
        }
        let mut cuts = Vec::new();
        let mut end = size;
        while end > 0 {
            let Some(Best {
                start: Some(start),
                id,
                ..
            }) = best.get(end).copied()
            else {
                break;
            };
            cuts.push((start, end, id.filter(|&id| Some(id) != self.unknown)));
            end = start;
        }
        cuts.reverse();
        cuts
    }
}

impl Model for Pieces {
    type Trainer = UnigramTrainer;

    fn tokenize(&self, sequence: &str) -> tokenizers::Result<Vec<Token>> {
        let mut tokens: Vec<Token> = Vec::new();
        let mut fused: Option<(usize, usize)> = None;
        let flush = |fused: &mut Option<(usize, usize)>,
                     tokens: &mut Vec<Token>|
         -> tokenizers::Result<()> {
            if let Some((start, end)) = fused.take() {
                let value = sequence.get(start..end).unwrap_or_default();
                let id = self
                    .token_to_id(value)
                    .or(self.unknown)
                    .ok_or("a character no piece covers, and the model has no unknown token")?;
                tokens.push(Token::new(id, value.to_owned(), (start, end)));
            }
            Ok(())
        };
        for (start, end, id) in self.best_cut(sequence) {
            match id {
                Some(id) => {
                    flush(&mut fused, &mut tokens)?;
                    let value = sequence.get(start..end).unwrap_or_default().to_owned();
                    tokens.push(Token::new(id, value, (start, end)));
                }
                None => {
                    fused = Some((fused.map_or(start, |(s, _)| s), end));
                }
            }
        }
        flush(&mut fused, &mut tokens)?;
        Ok(tokens)
    }

    fn token_to_id(&self, token: &str) -> Option<u32> {
        self.ids.get(token).and_then(|id| u32::try_from(id).ok())
    }

    fn id_to_token(&self, id: u32) -> Option<String> {
        self.piece(id).map(str::to_owned)
    }

    fn get_vocab(&self) -> HashMap<String, u32> {
        (0..self.ends.len() as u32)
            .filter_map(|id| Some((self.piece(id)?.to_owned(), id)))
            .collect()
    }

    fn get_vocab_size(&self) -> usize {
        self.ends.len()
    }

    fn save(&self, _folder: &Path, _prefix: Option<&str>) -> tokenizers::Result<Vec<PathBuf>> {
        Err("claimmark does not write tokenizers".into())
    }

    fn get_trainer(&self) -> UnigramTrainer {
        UnigramTrainer::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use tokenizers::models::unigram::Unigram;

    /// What `tokenizers`' own Unigram model makes of `text`.
    fn reference(vocab: &[(String, f64)], unknown: usize, text: &str) -> Vec<(u32, String)> {
        let model = Unigram::from(vocab.to_vec(), Some(unknown), false).unwrap();
        model
            .tokenize(text)
            .unwrap()
            .into_iter()
            .map(|t| (t.id, t.value))
            .collect()
    }

    fn ours(vocab: &[(String, f64)], unknown: usize, text: &str) -> Vec<(u32, String)> {
        let model = Pieces::new(vocab.to_vec(), Some(unknown)).unwrap();
        model
            .tokenize(text)
            .unwrap()
            .into_iter()
            .map(|t| (t.id, t.value))
            .collect()
    }

    fn vocab(pieces: &[(&str, f64)]) -> Vec<(String, f64)> {
        pieces.iter().map(|(p, s)| ((*p).to_owned(), *s)).collect()
    }

    #[test]
    fn it_cuts_as_tokenizers_does_with_unknown_characters_fused() {
        let vocab = vocab(&[
            ("<unk>", 0.0),
            ("▁", -2.0),
            ("▁va", -3.0),
            ("cuna", -4.0),
            ("▁vacuna", -5.0),
            ("s", -1.5),
            ("ñ", -6.0),
            ("日本", -4.0),
            ("日", -3.0),
            ("本", -3.0),
            ("a", -2.5),
            ("c", -2.5),
            ("u", -2.5),
            ("n", -2.5),
            ("v", -2.5),
        ]);
        for text in ["▁vacunas", "▁vacuñas", "▁日本🙂🙂x", "🙂", "▁", "ñ日本"] {
            assert_eq!(ours(&vocab, 0, text), reference(&vocab, 0, text), "{text}");
        }
    }

    #[test]
    fn a_vocabulary_whose_unknown_id_is_past_its_end_is_refused() {
        let refused = Pieces::new(vocab(&[("a", -1.0)]), Some(4));
        assert!(refused.is_err());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn any_text_is_cut_as_tokenizers_cuts_it(
            pieces in proptest::collection::vec(("[abñ日🙂▁]{1,4}", -12.0f64..-0.5), 1..40),
            text in "[abcñ日本🙂▁ ]{0,24}",
        ) {
            let mut vocab = vec![("<unk>".to_owned(), 0.0)];
            vocab.extend(pieces);
            prop_assert_eq!(ours(&vocab, 0, &text), reference(&vocab, 0, &text));
        }
    }
}
