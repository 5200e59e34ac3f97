//! A linear layer (`y = x·Wᵀ + b`) run in 8-bit integers: the weights quantized once, per
//! output feature, the inputs per row as they come, and the product done by `rten-gemm`'s
//! integer kernels (AVX-512 VNNI, AVX2, Arm dot products). On the 2-core machine here the
//! encoder's products ran 4–5 times faster than candle's `f32` ones, and the weights take a
//! quarter of the memory.

use candle_core::{CpuStorage, CustomOp1, CustomOp2, Layout, Result, Shape, Tensor};
use rten_gemm::{GemmExecutor, GemmInputA, GemmInputB, GemmOptions, PackedBMatrix};
use rten_tensor::NdTensorView;

/// A linear layer with 8-bit weights.
pub struct Int8Linear {
    /// `Wᵀ`, `(inputs, outputs)`, packed for the integer kernel.
    packed: PackedBMatrix<i8>,
    /// What one step of each output's weights is worth.
    scales: Vec<f32>,
    /// The sum of each output's 8-bit weights, which takes each input row's zero point back
    /// out of its products (rten-gemm 0.27 applies a zero point per row wrongly past the
    /// first tile of rows when the weights are prepacked, so it is done here).
    weight_sums: Vec<i32>,
    bias: Vec<f32>,
    inputs: usize,
    outputs: usize,
}

/// The largest 8-bit weight: 127, or 63 where the kernel adds pairs of products in 16 bits
/// (AVX2 without VNNI), so that its sums do not saturate.
pub fn int8_range() -> i8 {
    if GemmExecutor::<u8, i8, i32>::default().may_saturate() {
        63
    } else {
        127
    }
}

/// A linear layer's weights in 8 bits, before they are packed for the kernel: what
/// [`Int8Linear`] is made from, and what a prepared model keeps.
#[derive(Clone, Debug, PartialEq)]
pub struct Int8Weights {
    /// `Wᵀ`, `(inputs, outputs)`, row-major.
    pub transposed: Vec<i8>,
    /// What one step of each output's weights is worth.
    pub scales: Vec<f32>,
    /// Each output's bias.
    pub bias: Vec<f32>,
    /// How many inputs.
    pub inputs: usize,
    /// How many outputs.
    pub outputs: usize,
}

impl Int8Weights {
    /// Quantizes `weight` (`(outputs, inputs)`, as Hugging Face stores a linear layer) and
    /// keeps `bias` (`outputs`).
    pub fn quantize(weight: &Tensor, bias: Option<&Tensor>) -> Result<Self> {
        let (outputs, inputs) = weight.dims2()?;
        let rows = weight.to_vec2::<f32>()?;
        let largest = f32::from(int8_range());
        let scales: Vec<f32> = rows
            .iter()
            .map(|row| row.iter().fold(0f32, |m, w| m.max(w.abs())) / largest)
            .map(|s| if s > 0.0 { s } else { 1.0 })
            .collect();
        // Column-major `W` is row-major `Wᵀ`: element (k, n) at n·inputs + k.
        let mut transposed = vec![0i8; inputs * outputs];
        for (n, (row, scale)) in rows.iter().zip(&scales).enumerate() {
            for (k, w) in row.iter().enumerate() {
                if let Some(slot) = transposed.get_mut(k * outputs + n) {
                    *slot = (w / scale).round().clamp(-largest, largest) as i8;
                }
            }
        }
        let bias = match bias {
            Some(b) => b.to_vec1::<f32>()?,
            None => vec![0.0; outputs],
        };
        Ok(Self {
            transposed,
            scales,
            bias,
            inputs,
            outputs,
        })
    }
}

impl Int8Linear {
    /// Quantizes `weight` (`(outputs, inputs)`, as Hugging Face stores a linear layer) and
    /// keeps `bias` (`outputs`).
    pub fn new(weight: &Tensor, bias: Option<&Tensor>) -> Result<Self> {
        Self::from_weights(Int8Weights::quantize(weight, bias)?)
    }

    /// The layer of weights already in 8 bits (packed here for this processor's kernel).
    pub fn from_weights(weights: Int8Weights) -> Result<Self> {
        let Int8Weights {
            transposed,
            scales,
            bias,
            inputs,
            outputs,
        } = weights;
        Self::from_transposed(&transposed, scales, bias, inputs, outputs)
    }

    /// The layer of `Wᵀ` (`(inputs, outputs)`, row-major, in 8 bits), each output's scale and
    /// bias (packed here for this processor's kernel, read where they lie: a prepared model's
    /// layers are not copied first).
    pub fn from_transposed(
        transposed: &[i8],
        scales: Vec<f32>,
        bias: Vec<f32>,
        inputs: usize,
        outputs: usize,
    ) -> Result<Self> {
        if transposed.len() != inputs * outputs || scales.len() != outputs || bias.len() != outputs
        {
            candle_core::bail!(
                "an 8-bit layer of {inputs} inputs and {outputs} outputs has {} weights, {} scales and {} biases",
                transposed.len(),
                scales.len(),
                bias.len()
            );
        }
        let matrix = NdTensorView::try_from_data([inputs, outputs], transposed)
            .map_err(|e| candle_core::Error::Msg(format!("weights of a linear layer: {e:?}")))?;
        let mut weight_sums = vec![0i32; outputs];
        for row in transposed.chunks_exact(outputs.max(1)) {
            for (sum, &w) in weight_sums.iter_mut().zip(row) {
                *sum += i32::from(w);
            }
        }
        Ok(Self {
            packed: GemmExecutor::<u8, i8, i32>::default().prepack_b(matrix),
            scales,
            weight_sums,
            bias,
            inputs,
            outputs,
        })
    }

    /// How many inputs and outputs it has.
    pub fn shape(&self) -> (usize, usize) {
        (self.inputs, self.outputs)
    }

    /// `x·Wᵀ + b` for `x` of shape `(…, inputs)`.
    pub fn forward(&self, x: &Tensor) -> Result<Tensor> {
        x.contiguous()?.apply_op1_no_bwd(self)
    }

    /// `x·Wᵀ + b + residual`, the residual (of the output's shape) added as the product is
    /// scaled back to floats: candle's own addition of two large tensors waits on a thread
    /// pool that the model's threads share.
    pub fn forward_plus(&self, x: &Tensor, residual: &Tensor) -> Result<Tensor> {
        x.contiguous()?
            .apply_op2_no_bwd(&residual.contiguous()?, &WithResidual(self))
    }

    /// `x·Wᵀ + b` (plus `residual`, of the output's length, when given) over rows of
    /// `inputs` values.
    fn product(
        &self,
        x: &[f32],
        residual: Option<&[f32]>,
    ) -> std::result::Result<Vec<f32>, String> {
        let rows = x.len() / self.inputs.max(1);
        let mut quantized = vec![0u8; rows * self.inputs];
        let mut zero_points = Vec::with_capacity(rows);
        let mut steps = Vec::with_capacity(rows);
        for (row, out) in x
            .chunks_exact(self.inputs)
            .zip(quantized.chunks_exact_mut(self.inputs))
        {
            let (step, zero) = quantize_row(row, out);
            steps.push(step);
            zero_points.push(zero);
        }
        let matrix = NdTensorView::try_from_data([rows, self.inputs], quantized.as_slice())
            .map_err(|e| format!("{e:?}"))?;
        let mut sums = vec![0i32; rows * self.outputs];
        GemmExecutor::<u8, i8, i32>::default()
            .gemm(
                &mut sums,
                GemmInputA::Unpacked(matrix),
                GemmInputB::Packed(&self.packed),
                GemmOptions::default(),
            )
            .map_err(|e| e.to_string())?;
        let mut result = match residual {
            Some(residual) if residual.len() == sums.len() => residual.to_vec(),
            Some(_) => return Err("the residual is not of the output's shape".to_owned()),
            None => vec![0f32; sums.len()],
        };
        let rows = result
            .chunks_exact_mut(self.outputs)
            .zip(sums.chunks_exact(self.outputs))
            .zip(steps.iter().zip(&zero_points));
        for ((out, row), (&step, &zero)) in rows {
            let zero = i32::from(zero);
            let weights = self.weight_sums.iter().zip(&self.scales).zip(&self.bias);
            for ((value, &sum), ((&weight_sum, &scale), &bias)) in
                out.iter_mut().zip(row).zip(weights)
            {
                *value += (sum - zero * weight_sum) as f32 * (step * scale) + bias;
            }
        }
        Ok(result)
    }
}

/// Quantizes one row of inputs to bytes over its own range: returns what one step is worth
/// and the byte that stands for zero.
fn quantize_row(row: &[f32], out: &mut [u8]) -> (f32, u8) {
    let (low, high) = row
        .iter()
        .fold((0f32, 0f32), |(l, h), &x| (l.min(x), h.max(x)));
    let step = if high > low {
        (high - low) / 255.0
    } else {
        1.0
    };
    let inverse = 1.0 / step;
    let zero = round_to_byte(-low * inverse);
    let shift = f32::from(zero);
    for (q, &x) in out.iter_mut().zip(row) {
        *q = round_to_byte(x * inverse + shift);
    }
    (step, zero)
}

/// `x` rounded to the nearest byte (halves to even), clamped to 0–255. Added to 1.5 · 2²³, a
/// float in that range has its integer in the low bits of its mantissa: no call to `round`
/// and no checked cast, so the compiler vectorizes the loop (`f32::round` and `as u8` took a
/// third of the model's time).
fn round_to_byte(x: f32) -> u8 {
    const MAGIC: f32 = 12_582_912.0;
    ((x.clamp(0.0, 255.0) + MAGIC).to_bits() & 0xff) as u8
}

impl CustomOp1 for Int8Linear {
    fn name(&self) -> &'static str {
        "int8-linear"
    }

    fn cpu_fwd(&self, storage: &CpuStorage, layout: &Layout) -> Result<(CpuStorage, Shape)> {
        let CpuStorage::F32(values) = storage else {
            candle_core::bail!("an 8-bit linear layer takes f32 inputs only")
        };
        let Some((start, end)) = layout.contiguous_offsets() else {
            candle_core::bail!("an 8-bit linear layer takes a contiguous tensor only")
        };
        let x = values.get(start..end).unwrap_or_default();
        let dims = self.output_dims(layout)?;
        let result = self.product(x, None).map_err(candle_core::Error::Msg)?;
        Ok((CpuStorage::F32(result), Shape::from(dims)))
    }
}

impl Int8Linear {
    /// The output's shape for an input of `layout`'s.
    fn output_dims(&self, layout: &Layout) -> Result<Vec<usize>> {
        let mut dims = layout.shape().dims().to_vec();
        if dims.last() != Some(&self.inputs) {
            candle_core::bail!(
                "an 8-bit linear layer of {} inputs got {dims:?}",
                self.inputs
            )
        }
        if let Some(last) = dims.last_mut() {
            *last = self.outputs;
        }
        Ok(dims)
    }
}

/// [`Int8Linear::forward_plus`]'s operation.
struct WithResidual<'a>(&'a Int8Linear);

impl CustomOp2 for WithResidual<'_> {
    fn name(&self) -> &'static str {
        "int8-linear-plus-residual"
    }

    fn cpu_fwd(
        &self,
        x: &CpuStorage,
        x_layout: &Layout,
        residual: &CpuStorage,
        residual_layout: &Layout,
    ) -> Result<(CpuStorage, Shape)> {
        let (CpuStorage::F32(x), CpuStorage::F32(residual)) = (x, residual) else {
            candle_core::bail!("an 8-bit linear layer takes f32 inputs only")
        };
        let (Some((xs, xe)), Some((rs, re))) = (
            x_layout.contiguous_offsets(),
            residual_layout.contiguous_offsets(),
        ) else {
            candle_core::bail!("an 8-bit linear layer takes contiguous tensors only")
        };
        let dims = self.0.output_dims(x_layout)?;
        if residual_layout.shape().dims() != dims.as_slice() {
            candle_core::bail!("the residual's shape is not the output's {dims:?}")
        }
        let x = x.get(xs..xe).unwrap_or_default();
        let residual = residual.get(rs..re).unwrap_or_default();
        let result = self
            .0
            .product(x, Some(residual))
            .map_err(candle_core::Error::Msg)?;
        Ok((CpuStorage::F32(result), Shape::from(dims)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::Device;
    use candle_nn::Module;

    #[test]
    fn it_gives_what_the_f32_layer_gives_within_a_few_steps() {
        let weight = Tensor::randn(0f32, 0.05, (96, 384), &Device::Cpu).unwrap();
        let bias = Tensor::randn(0f32, 0.1, 96, &Device::Cpu).unwrap();
        // Inputs as a layer norm leaves them, with one large feature as transformers have,
        // in more rows than one tile of the kernel.
        let mut x = Tensor::randn(0f32, 1.0, (5, 13, 384), &Device::Cpu).unwrap();
        x = x
            .broadcast_add(
                &Tensor::from_iter(
                    (0..384).map(|i| if i == 5 { 8f32 } else { 0.0 }),
                    &Device::Cpu,
                )
                .unwrap(),
            )
            .unwrap();
        let exact = candle_nn::Linear::new(weight.clone(), Some(bias.clone()))
            .forward(&x)
            .unwrap();
        let ours = Int8Linear::new(&weight, Some(&bias))
            .unwrap()
            .forward(&x)
            .unwrap();
        assert_eq!(ours.dims(), &[5, 13, 96]);
        let error = (&ours - &exact).unwrap().sqr().unwrap().mean_all().unwrap();
        let signal = exact.sqr().unwrap().mean_all().unwrap();
        let relative =
            (error.to_scalar::<f32>().unwrap() / signal.to_scalar::<f32>().unwrap()).sqrt();
        assert!(relative < 0.02, "relative error {relative}");
    }

    #[test]
    fn bytes_are_rounded_to_the_nearest_and_clamped() {
        let cases = [
            (-3.0, 0),
            (0.0, 0),
            (0.4, 0),
            (0.6, 1),
            (1.5, 2),
            (2.5, 2),
            (254.7, 255),
        ];
        for (x, byte) in cases {
            assert_eq!(round_to_byte(x), byte, "{x}");
        }
        assert_eq!(round_to_byte(1e9), 255);
        assert_eq!(round_to_byte(f32::NAN), round_to_byte(f32::NAN));
    }

    #[test]
    fn the_residual_is_added_to_the_product() {
        let weight = Tensor::randn(0f32, 0.05, (16, 32), &Device::Cpu).unwrap();
        let layer = Int8Linear::new(&weight, None).unwrap();
        let x = Tensor::randn(0f32, 1.0, (2, 3, 32), &Device::Cpu).unwrap();
        let residual = Tensor::randn(0f32, 1.0, (2, 3, 16), &Device::Cpu).unwrap();
        let apart = (layer.forward(&x).unwrap() + &residual).unwrap();
        let together = layer.forward_plus(&x, &residual).unwrap();
        let difference = (apart - together)
            .unwrap()
            .abs()
            .unwrap()
            .max_all()
            .unwrap();
        assert!(difference.to_scalar::<f32>().unwrap() < 1e-5);
        let wrong = Tensor::zeros((2, 3, 15), candle_core::DType::F32, &Device::Cpu).unwrap();
        assert!(layer.forward_plus(&x, &wrong).is_err());
    }

    #[test]
    fn a_row_of_zeros_comes_out_as_the_bias() {
        let weight = Tensor::randn(0f32, 0.05, (8, 32), &Device::Cpu).unwrap();
        let bias: Vec<f32> = (0..8).map(|i| i as f32 / 4.0).collect();
        let layer = Int8Linear::new(
            &weight,
            Some(&Tensor::new(bias.as_slice(), &Device::Cpu).unwrap()),
        )
        .unwrap();
        let zeros = Tensor::zeros((1, 32), candle_core::DType::F32, &Device::Cpu).unwrap();
        let out = layer.forward(&zeros).unwrap().to_vec2::<f32>().unwrap();
        assert_eq!(out[0], bias);
    }
}
