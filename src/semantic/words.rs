//! A model's tokenizer, read from its `tokenizer.json`: a Unigram (SentencePiece) model with
//! its pieces in [`super::pieces`], any other as the `tokenizers` crate reads it; texts cut
//! after [`super::embed::MAX_TOKENS`] tokens, never padded (batches are padded by the caller).

use tokenizers::{Encoding, Tokenizer, TruncationParams};

use super::pieces::{PieceParts, PieceTokenizer, tokenizer_from_parts, unigram_tokenizer};

/// A model's tokenizer.
pub enum Words {
    /// A Unigram model.
    Pieces(Box<PieceTokenizer>),
    /// Any other, as `tokenizers` reads it.
    Other(Box<Tokenizer>),
}

impl Words {
    /// Reads a `tokenizer.json`; `Err` says why it cannot be used.
    pub fn from_json(json: &[u8], max_tokens: usize) -> Result<Self, String> {
        let truncation = Some(TruncationParams {
            max_length: max_tokens,
            ..Default::default()
        });
        match unigram_tokenizer(json) {
            Some(tokenizer) => Self::pieces(tokenizer?, max_tokens),
            None => {
                let mut tokenizer = Tokenizer::from_bytes(json).map_err(|e| e.to_string())?;
                tokenizer
                    .with_truncation(truncation)
                    .map_err(|e| e.to_string())?;
                tokenizer.with_padding(None);
                Ok(Self::Other(Box::new(tokenizer)))
            }
        }
    }

    /// A Unigram tokenizer kept prepared: `rest` its `tokenizer.json` without its pieces,
    /// `parts` its pieces.
    pub fn from_parts(rest: &str, parts: PieceParts, max_tokens: usize) -> Result<Self, String> {
        Self::pieces(tokenizer_from_parts(rest, parts)?, max_tokens)
    }

    fn pieces(mut tokenizer: PieceTokenizer, max_tokens: usize) -> Result<Self, String> {
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: max_tokens,
                ..Default::default()
            }))
            .map_err(|e| e.to_string())?;
        tokenizer.with_padding(None);
        Ok(Self::Pieces(Box::new(tokenizer)))
    }

    /// Its pieces, when it is a Unigram tokenizer.
    pub fn piece_parts(&self) -> Option<PieceParts> {
        match self {
            Self::Pieces(tokenizer) => Some(tokenizer.get_model().parts()),
            Self::Other(_) => None,
        }
    }

    /// Each text's tokens, with the model's special tokens around them.
    pub fn encode_batch(&self, texts: Vec<String>) -> Result<Vec<Encoding>, String> {
        match self {
            Self::Pieces(tokenizer) => tokenizer.encode_batch(texts, true),
            Self::Other(tokenizer) => tokenizer.encode_batch(texts, true),
        }
        .map_err(|e| e.to_string())
    }
}
