//! The encoder's top layer trained again for check-worthiness: the matching model's last layer
//! (its weights as the model ships them to start from), a mean of its token vectors and a
//! logistic head, trained together on the token vectors the layers below it give. Gradients
//! come from candle's automatic differentiation; the layers below stay as they are.

use candle_core::{DType, Device, Result, Tensor, Var};
use candle_nn::optim::{AdamW, Optimizer, ParamsAdamW};
use std::collections::HashMap;

/// The names of one layer's weights under `encoder.layer.N.`, as Hugging Face BERT names
/// them, in the order [`TopLayer`] keeps them.
const LAYER_WEIGHTS: [&str; 16] = [
    "attention.self.query.weight",
    "attention.self.query.bias",
    "attention.self.key.weight",
    "attention.self.key.bias",
    "attention.self.value.weight",
    "attention.self.value.bias",
    "attention.output.dense.weight",
    "attention.output.dense.bias",
    "attention.output.LayerNorm.weight",
    "attention.output.LayerNorm.bias",
    "intermediate.dense.weight",
    "intermediate.dense.bias",
    "output.dense.weight",
    "output.dense.bias",
    "output.LayerNorm.weight",
    "output.LayerNorm.bias",
];

/// A trainable top layer and its head.
pub struct TopLayer {
    /// The layer's weights, in [`LAYER_WEIGHTS`]' order.
    layer: Vec<Var>,
    /// The head's weights `(hidden, 1)` and bias `(1)`.
    head: (Var, Var),
    heads: usize,
    eps: f64,
}

/// How a top layer is trained.
#[derive(Clone, Copy, Debug)]
pub struct Tuning {
    /// Passes over the training sentences.
    pub epochs: usize,
    /// Sentences per step.
    pub batch: usize,
    /// The layer's learning rate.
    pub layer_rate: f64,
    /// The head's learning rate.
    pub head_rate: f64,
    /// Weight decay (AdamW's).
    pub decay: f64,
    /// Where the shuffling starts.
    pub seed: u64,
}

impl Default for Tuning {
    fn default() -> Self {
        Self {
            epochs: 3,
            batch: 32,
            layer_rate: 3e-5,
            head_rate: 1e-3,
            decay: 0.01,
            seed: 17,
        }
    }
}

/// One sentence's token vectors after the layers below (`tokens × hidden` values).
pub type States = [f32];

impl TopLayer {
    /// The layer `index` of a model's tensors (named `encoder.layer.N.…`), with a head that
    /// starts at zero; `heads` attention heads, layer norms of `eps`.
    pub fn from_model(
        tensors: &HashMap<String, Tensor>,
        index: usize,
        heads: usize,
        eps: f64,
    ) -> Result<Self> {
        let layer = LAYER_WEIGHTS
            .iter()
            .map(|name| {
                let full = format!("encoder.layer.{index}.{name}");
                let tensor = tensors
                    .get(&full)
                    .ok_or_else(|| candle_core::Error::Msg(format!("the model has no {full}")))?;
                Var::from_tensor(&tensor.to_dtype(DType::F32)?)
            })
            .collect::<Result<Vec<_>>>()?;
        let hidden = layer.first().map_or(Ok(0), |w| w.dim(0))?;
        let head = (
            Var::zeros((hidden, 1), DType::F32, &Device::Cpu)?,
            Var::zeros(1, DType::F32, &Device::Cpu)?,
        );
        Ok(Self {
            layer,
            head,
            heads,
            eps,
        })
    }

    fn weight(&self, i: usize) -> Result<&Tensor> {
        self.layer
            .get(i)
            .map(Var::as_tensor)
            .ok_or_else(|| candle_core::Error::Msg(format!("the top layer has no weight {i}")))
    }

    /// `x·Wᵀ + b` with the layer's weights `i` and `i + 1`.
    fn linear(&self, x: &Tensor, i: usize) -> Result<Tensor> {
        x.broadcast_matmul(&self.weight(i)?.t()?)?
            .broadcast_add(self.weight(i + 1)?)
    }

    fn norm(&self, x: &Tensor, i: usize) -> Result<Tensor> {
        candle_nn::ops::layer_norm_slow(x, self.weight(i)?, self.weight(i + 1)?, self.eps as f32)
    }

    /// Each text's logit `(texts)` from its token vectors `(texts, tokens, hidden)` and
    /// `mask` `(texts, tokens)`, 1 for a token and 0 for padding.
    pub fn forward(&self, hidden: &Tensor, mask: &Tensor) -> Result<Tensor> {
        crate::semantic::bert::mean_of_tokens(&self.encode(hidden, mask)?, mask)?
            .matmul(self.head.0.as_tensor())?
            .broadcast_add(self.head.1.as_tensor())?
            .squeeze(1)
    }

    /// The layer's token vectors `(texts, tokens, hidden)` from those below it.
    pub fn encode(&self, hidden: &Tensor, mask: &Tensor) -> Result<Tensor> {
        let head_width = hidden.dim(2)? / self.heads.max(1);
        let context = crate::semantic::bert::attend(
            &(self.linear(hidden, 0)? / (head_width as f64).sqrt())?,
            &self.linear(hidden, 2)?,
            &self.linear(hidden, 4)?,
            &crate::semantic::bert::blocked(mask)?,
            self.heads,
        )?;
        let attended = self.norm(&(self.linear(&context, 6)? + hidden)?, 8)?;
        let inner = self.linear(&attended, 10)?.gelu_erf()?;
        self.norm(&(self.linear(&inner, 12)? + &attended)?, 14)
    }

    /// Each sentence's score from 0 to 1, `batch` sentences at a time.
    pub fn scores(&self, sentences: &[&States], hidden: usize, batch: usize) -> Result<Vec<f32>> {
        let mut scores = Vec::with_capacity(sentences.len());
        for chunk in sentences.chunks(batch.max(1)) {
            let (states, mask) = padded(chunk, hidden)?;
            let logits = self.forward(&states, &mask)?;
            scores.extend(candle_nn::ops::sigmoid(&logits)?.to_vec1::<f32>()?);
        }
        Ok(scores)
    }

    /// Trains the layer and its head on `examples` (token vectors and whether the sentence is
    /// worth checking), calling `after_epoch` with the epoch and the mean loss after each
    /// pass (it says whether to go on).
    pub fn train(
        &mut self,
        examples: &[(&States, bool)],
        hidden: usize,
        tuning: Tuning,
        after_epoch: &mut dyn FnMut(&Self, usize, f32) -> bool,
    ) -> Result<()> {
        let params = |rate: f64| ParamsAdamW {
            lr: rate,
            weight_decay: tuning.decay,
            ..ParamsAdamW::default()
        };
        let mut layer_step = AdamW::new(self.layer.clone(), params(tuning.layer_rate))?;
        let mut head_step = AdamW::new(
            vec![self.head.0.clone(), self.head.1.clone()],
            params(tuning.head_rate),
        )?;
        let batches = batches_by_length(examples, hidden, tuning.batch);
        let mut order: Vec<usize> = (0..batches.len()).collect();
        let mut random = tuning.seed.max(1);
        for epoch in 0..tuning.epochs {
            shuffle(&mut order, &mut random);
            let mut total = 0.0f32;
            for &b in &order {
                let Some(batch) = batches.get(b) else {
                    continue;
                };
                let chunk: Vec<&States> = batch
                    .iter()
                    .map(|&i| examples_states(examples, i))
                    .collect();
                let labels: Vec<f32> = batch
                    .iter()
                    .map(|&i| f32::from(u8::from(examples.get(i).is_some_and(|e| e.1))))
                    .collect();
                let (states, mask) = padded(&chunk, hidden)?;
                let logits = self.forward(&states, &mask)?;
                let targets = Tensor::new(labels.as_slice(), &Device::Cpu)?;
                let loss = logistic_loss(&logits, &targets)?;
                total += loss.to_scalar::<f32>()?;
                let gradients = loss.backward()?;
                layer_step.step(&gradients)?;
                head_step.step(&gradients)?;
            }
            let mean = total / batches.len().max(1) as f32;
            if !after_epoch(self, epoch, mean) {
                break;
            }
        }
        Ok(())
    }

    /// A copy of its weights, to go back to.
    pub fn snapshot(&self) -> Result<Vec<Tensor>> {
        self.layer
            .iter()
            .chain([&self.head.0, &self.head.1])
            .map(|v| v.as_tensor().copy())
            .collect()
    }

    /// Goes back to weights a [`Self::snapshot`] took.
    pub fn restore(&self, snapshot: &[Tensor]) -> Result<()> {
        for (var, tensor) in self
            .layer
            .iter()
            .chain([&self.head.0, &self.head.1])
            .zip(snapshot)
        {
            var.set(tensor)?;
        }
        Ok(())
    }
}

fn examples_states<'a>(examples: &[(&'a States, bool)], i: usize) -> &'a States {
    examples.get(i).map_or(&[], |e| e.0)
}

/// The mean of `log(1 + e^z) − y·z` over the batch: the logistic loss of logits `z` and
/// targets `y`, in a form that never overflows.
fn logistic_loss(logits: &Tensor, targets: &Tensor) -> Result<Tensor> {
    let softplus = (logits.relu()? + (logits.abs()?.neg()?.exp()? + 1.0)?.log()?)?;
    (softplus - (logits * targets)?)?.mean_all()
}

/// Sentences' token vectors padded to the longest `(texts, tokens, hidden)`, with their mask
/// `(texts, tokens)`.
fn padded(sentences: &[&States], hidden: usize) -> Result<(Tensor, Tensor)> {
    let width = sentences
        .iter()
        .map(|s| s.len() / hidden.max(1))
        .max()
        .unwrap_or(0)
        .max(1);
    let mut values = Vec::with_capacity(sentences.len() * width * hidden);
    let mut mask = Vec::with_capacity(sentences.len() * width);
    for s in sentences {
        let tokens = s.len() / hidden.max(1);
        values.extend_from_slice(s.get(..tokens * hidden).unwrap_or_default());
        values.extend(std::iter::repeat_n(0.0, (width - tokens) * hidden));
        mask.extend(std::iter::repeat_n(1u32, tokens));
        mask.extend(std::iter::repeat_n(0u32, width - tokens));
    }
    let texts = sentences.len();
    Ok((
        Tensor::from_vec(values, (texts, width, hidden), &Device::Cpu)?,
        Tensor::from_vec(mask, (texts, width), &Device::Cpu)?,
    ))
}

/// The examples' indices in batches of `size`, sentences of about one length together.
fn batches_by_length(examples: &[(&States, bool)], hidden: usize, size: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..examples.len()).collect();
    order.sort_by_key(|&i| examples_states(examples, i).len() / hidden.max(1));
    order.chunks(size.max(1)).map(<[usize]>::to_vec).collect()
}

/// Fisher–Yates with xorshift64: the same order for the same seed.
fn shuffle(order: &mut [usize], state: &mut u64) {
    for i in (1..order.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        let j = (*state % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::semantic::bert::{BertEncoder, testing};
    use candle_nn::{VarBuilder, VarMap};

    /// A random two-layer encoder and its tensors by name.
    fn encoder() -> (BertEncoder, HashMap<String, Tensor>) {
        let map = VarMap::new();
        let builder = VarBuilder::from_varmap(&map, DType::F32, &Device::Cpu);
        let encoder = BertEncoder::load(builder, &testing::small_config()).unwrap();
        testing::randomize_norms(&map);
        let tensors = map
            .data()
            .lock()
            .unwrap()
            .iter()
            .map(|(name, var)| (name.clone(), var.as_tensor().clone()))
            .collect();
        (encoder, tensors)
    }

    #[test]
    fn the_top_layer_gives_what_the_encoders_last_layer_gives() {
        let (encoder, tensors) = encoder();
        let ids = Tensor::new(
            &[[2u32, 7, 9, 30, 3, 0], [2, 11, 12, 13, 14, 3]],
            &Device::Cpu,
        )
        .unwrap();
        let types = ids.zeros_like().unwrap();
        let mask = Tensor::new(&[[1u32, 1, 1, 1, 1, 0], [1, 1, 1, 1, 1, 1]], &Device::Cpu).unwrap();
        let below = encoder.forward_through(&ids, &types, &mask, 1).unwrap();
        let whole = encoder.forward(&ids, &types, &mask).unwrap();
        let top = TopLayer::from_model(&tensors, 1, 4, 1e-12).unwrap();
        let ours = top.encode(&below, &mask).unwrap();
        // Padding's vectors are never pooled: compare the tokens only.
        let kept = mask.to_dtype(DType::F32).unwrap().unsqueeze(2).unwrap();
        let difference = testing::largest_difference(
            &whole.broadcast_mul(&kept).unwrap(),
            &ours.broadcast_mul(&kept).unwrap(),
        );
        assert!(difference < 1e-4, "largest difference {difference}");
        assert!(TopLayer::from_model(&tensors, 5, 4, 1e-12).is_err());
    }

    #[test]
    fn training_learns_which_sentences_are_worth_checking() {
        let (_, tensors) = encoder();
        let mut top = TopLayer::from_model(&tensors, 1, 4, 1e-12).unwrap();
        // Sentences of 1 to 6 tokens; those worth checking have a bump in feature 3 on one
        // of their tokens.
        let mut random = 5u64;
        let mut examples_owned = Vec::new();
        for i in 0..96usize {
            let tokens = 1 + i % 6;
            let worth = i % 3 == 0;
            let mut states: Vec<f32> = (0..tokens * 32)
                .map(|_| {
                    random ^= random << 13;
                    random ^= random >> 7;
                    random ^= random << 17;
                    (random % 1000) as f32 / 1000.0 - 0.5
                })
                .collect();
            if worth {
                states[(tokens - 1) * 32 + 3] += 4.0;
            }
            examples_owned.push((states, worth));
        }
        let examples: Vec<(&States, bool)> = examples_owned
            .iter()
            .map(|(s, w)| (s.as_slice(), *w))
            .collect();
        let before = top.snapshot().unwrap();
        let mut losses = Vec::new();
        let tuning = Tuning {
            epochs: 40,
            batch: 16,
            layer_rate: 1e-3,
            head_rate: 3e-2,
            ..Tuning::default()
        };
        top.train(&examples, 32, tuning, &mut |_, _, loss| {
            losses.push(loss);
            true
        })
        .unwrap();
        assert_eq!(losses.len(), 40);
        assert!(losses[39] < losses[0] * 0.5, "losses {losses:?}");
        let sentences: Vec<&States> = examples.iter().map(|e| e.0).collect();
        let scores = top.scores(&sentences, 32, 7).unwrap();
        let right = scores
            .iter()
            .zip(&examples)
            .filter(|(s, e)| (**s > 0.5) == e.1)
            .count();
        assert!(right >= 90, "{right} of 96 right");
        // Going back to the snapshot gives the untrained head's 0.5 everywhere.
        top.restore(&before).unwrap();
        let untrained = top.scores(&sentences, 32, 50).unwrap();
        assert!(untrained.iter().all(|s| (s - 0.5).abs() < 1e-6));
    }
}
