//! Exponential gaps between events (mean 1), drawn a batch at a time: the uniforms first, then
//! all their logarithms in one loop that runs two values per instruction. `libm::log` takes
//! one value at a time with branches for special cases, and was a tenth of a simulation below
//! one event a year. Only IEEE +, −, × and ÷ are used, so the bits are the same on every target.

use super::super::rng::Stream;

/// Gaps drawn at once.
const BATCH: usize = 256;

/// `1/(2k+1)` for k = 0..=9: `ln m = 2·atanh(s) = 2s·Σ s^(2k)/(2k+1)`.
const ODD: [f64; 10] = [
    1.0,
    1.0 / 3.0,
    1.0 / 5.0,
    1.0 / 7.0,
    1.0 / 9.0,
    1.0 / 11.0,
    1.0 / 13.0,
    1.0 / 15.0,
    1.0 / 17.0,
    1.0 / 19.0,
];

/// A double with exponent field 52: its low mantissa bits read as an integer (`2⁵² + k`).
const INT_BITS: u64 = 0x4330_0000_0000_0000;
const INT_BASE: f64 = 4_503_599_627_370_496.0;
const MANTISSA: u64 = (1 << 52) - 1;
const ONE_BITS: u64 = 0x3ff0_0000_0000_0000;

/// Unit exponential gaps, a batch at a time.
pub struct Gaps {
    buf: [f64; BATCH],
    at: usize,
}

impl Default for Gaps {
    fn default() -> Gaps {
        Gaps {
            buf: [0.0; BATCH],
            at: BATCH,
        }
    }
}

impl Gaps {
    /// The next gap (a batch of uniforms is drawn from `rng` when the last one is used up).
    #[inline]
    pub fn next(&mut self, rng: &mut Stream) -> f64 {
        if self.at == BATCH {
            for u in &mut self.buf {
                *u = rng.uniform_open0();
            }
            for u in &mut self.buf {
                *u = neg_ln(*u);
            }
            self.at = 0;
        }
        let g = self.buf[self.at];
        self.at += 1;
        g
    }
}

/// `−ln x` for a normal positive `x` (the uniforms are at least 2⁻⁵³). `x = m·2^e` with
/// `m ∈ [√½, √2)`; `ln m = 2·atanh(s)`, `s = (m−1)/(m+1)`, `|s| ≤ 0.172`, so the series to
/// `s¹⁹` leaves less than 10⁻¹⁷.
#[inline(always)]
pub fn neg_ln(x: f64) -> f64 {
    let bits = x.to_bits();
    let m = f64::from_bits((bits & MANTISSA) | ONE_BITS);
    let big = m >= std::f64::consts::SQRT_2;
    let m = if big { m * 0.5 } else { m };
    // The biased exponent as a double, with no integer-to-float conversion (which SSE2 lacks).
    let biased = f64::from_bits(INT_BITS | (bits >> 52)) - INT_BASE;
    let e = biased - 1023.0 + if big { 1.0 } else { 0.0 };
    let s = (m - 1.0) / (m + 1.0);
    let z = s * s;
    let mut p = ODD[9];
    for &c in ODD[..9].iter().rev() {
        p = p * z + c;
    }
    -(e * std::f64::consts::LN_2 + 2.0 * s * p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_libm_over_the_uniforms() {
        let mut worst: f64 = 0.0;
        let mut check = |x: f64| {
            let (ours, libm) = (neg_ln(x), -libm::log(x));
            worst = worst.max((ours - libm).abs() / libm.abs().max(1e-300));
        };
        // The smallest uniform, powers of two, both sides of √½ and √2 boundaries, and a sweep.
        for x in [
            2f64.powi(-53),
            0.25,
            0.5,
            0.5 * std::f64::consts::SQRT_2,
            1.0 - 1e-16,
        ] {
            check(x);
            check(f64::from_bits(x.to_bits() + 1));
        }
        let mut x = 1e-16;
        while x < 1.0 {
            check(x);
            x *= 1.000_7;
        }
        assert!(worst < 1e-15, "relative error {worst}");
        assert_eq!(neg_ln(1.0), 0.0);
        assert!((neg_ln(0.5) - std::f64::consts::LN_2).abs() < 1e-16);
    }
}
