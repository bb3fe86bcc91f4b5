//! `2^x` for a whole slice at once, for the lognormal cost draws (`2^(μ' + σ'·Z)`).
//!
//! `libm::exp2` handles one value at a time with a table and special cases (a fifth of the
//! annual-loss simulation went there). This one has no table and no branch: `x = n + f` with
//! `n` the nearest integer and `|f| ≤ ½`, `2^f` from its Taylor polynomial of degree 13
//! (truncation below 10⁻¹⁷ relative), times `2^n` built in the exponent field. The loop then
//! runs two values per instruction (SSE2 natively, simd128 in wasm). Only IEEE additions and
//! multiplications are used (no fused multiply-add), so the bits are the same on every target.
//!
//! Inputs are clamped to ±1000 (`2^±1000`, about 10^±301): a cost exponent out there means an
//! absurd range, and the clamp keeps `2^n` a normal number without a branch.

/// `ln 2^k / k!` for k = 0..=13.
const C: [f64; 14] = [
    1.0,
    std::f64::consts::LN_2,
    0.240_226_506_959_100_72,
    0.055_504_108_664_821_58,
    0.009_618_129_107_628_477,
    0.001_333_355_814_642_844_3,
    0.000_154_035_303_933_816_1,
    1.525_273_380_405_984_1e-5,
    1.321_548_679_014_431e-6,
    1.017_808_600_923_97e-7,
    7.054_911_620_801_123e-9,
    4.445_538_271_870_811_6e-10,
    2.567_843_599_348_820_6e-11,
    1.369_148_885_390_412_8e-12,
];

/// Adding then subtracting 1.5·2⁵² rounds to the nearest integer, which is then the low bits.
const SHIFT: f64 = 6_755_399_441_055_744.0;

/// `2^x` for one value (the loop body of [`lognormal_all`]).
#[inline(always)]
pub fn exp2(x: f64) -> f64 {
    // `max` first, so NaN becomes −1000 (a cost of 0) rather than garbage in the exponent
    // (`clamp` would keep the NaN).
    #[allow(clippy::manual_clamp)]
    let x = x.max(-1000.0).min(1000.0);
    let t = x + SHIFT;
    let f = x - (t - SHIFT);
    // `t`'s bits minus SHIFT's are `n` (same exponent field), as a two's-complement integer.
    let n = t.to_bits().wrapping_sub(SHIFT.to_bits());
    let scale = f64::from_bits(n.wrapping_add(1023) << 52);
    let mut p = C[13];
    for &c in C[..13].iter().rev() {
        p = p * f + c;
    }
    p * scale
}

/// Replaces every standard normal `z` in `zs` by `2^(μ' + σ'·z)`, with `(μ', σ')` the
/// matching entry of `params`: the lognormal costs of a block, in one loop.
pub fn lognormal_all(zs: &mut [f64], params: &[(f64, f64)]) {
    for (z, &(mu, sigma)) in zs.iter_mut().zip(params) {
        *z = exp2(mu + sigma * *z);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_coefficients_are_ln2_powers_over_factorials() {
        let mut c = 1.0;
        for (k, &ck) in C.iter().enumerate() {
            // The recurrence itself rounds once per step.
            assert!(
                (ck - c).abs() <= 4e-16 * (k + 1) as f64 * c,
                "k = {k}: {ck} vs {c}"
            );
            c *= std::f64::consts::LN_2 / (k + 1) as f64;
        }
    }

    #[test]
    fn agrees_with_libm_to_a_few_ulps() {
        let mut worst: f64 = 0.0;
        let mut x: f64 = -1000.0;
        // Steps that are not binary fractions, so every kind of f is met, plus exact integers.
        while x <= 1000.0 {
            for v in [x, x.round()] {
                let (ours, libm) = (exp2(v), libm::exp2(v));
                worst = worst.max((ours - libm).abs() / libm);
            }
            x += 0.013_7;
        }
        assert!(worst < 5e-16, "relative error {worst}");
        assert_eq!(exp2(0.0), 1.0);
        assert_eq!(exp2(10.0), 1024.0);
        assert_eq!(exp2(-3.0), 0.125);
    }

    #[test]
    fn out_of_range_and_nan_are_clamped() {
        assert_eq!(exp2(5000.0), exp2(1000.0));
        assert!(exp2(1000.0).is_finite() && exp2(1000.0) > 1e300);
        assert_eq!(exp2(-5000.0), exp2(-1000.0));
        assert!(exp2(-1000.0) > 0.0);
        assert_eq!(exp2(f64::NAN), exp2(-1000.0));
    }

    #[test]
    fn the_slice_form_is_the_same_as_one_by_one() {
        let mut zs: Vec<f64> = (0..1001).map(|i| f64::from(i) * 0.37 - 180.0).collect();
        let params: Vec<(f64, f64)> = (0..1001).map(|i| (f64::from(i % 7), 0.5)).collect();
        let one: Vec<f64> = zs
            .iter()
            .zip(&params)
            .map(|(&z, &(mu, sigma))| exp2(mu + sigma * z))
            .collect();
        lognormal_all(&mut zs, &params);
        assert_eq!(zs, one);
    }
}
