//! Random numbers for the breach engine: xoshiro256++ (crate `rand_xoshiro`) seeded from the
//! scenario's `settings.seed`, with the draws the engine needs written on top of it using only
//! IEEE arithmetic and the pure-Rust `libm`, so a seed gives the same bits natively and in wasm.
//!
//! - [`Stream::bernoulli_word`]: 64 independent Bernoulli(p) bits at once (one per trial), by
//!   comparing 64 uniform numbers with the binary expansion of `p` digit by digit; each random
//!   word decides about half of the lanes still open, so 64 trials cost about 7 words, and the
//!   result is exact to 2⁻⁶⁴. The reach passes draw most edges from byte tables instead
//!   ([`super::coins`], two words per 64 trials); this stays for the rest.
//! - [`Stream::normal`]: the ziggurat ([`super::normal`]).
//!
//! Separate passes use separate streams ([`Stream::new`] with a stream number): each stream is
//! the generator moved on by `long_jump` (2¹⁹² steps), so they never overlap.

use rand_xoshiro::Xoshiro256PlusPlus;
use rand_xoshiro::rand_core::{Rng, SeedableRng};

/// A probability as a 64-bit binary fraction, `floor(p · 2⁶⁴)`: what
/// [`Stream::bernoulli_word`] compares with. All ones stands for 1 (certain).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Prob(u64);

impl Prob {
    /// `p` clamped to [0, 1] (NaN counts as 0).
    pub fn new(p: f64) -> Prob {
        if p >= 1.0 {
            Prob(u64::MAX)
        } else if p > 0.0 {
            // p < 1, so p·2⁶⁴ < 2⁶⁴ and the cast truncates: floor, error below 2⁻⁶⁴.
            Prob((p * 18_446_744_073_709_551_616.0) as u64)
        } else {
            Prob(0)
        }
    }

    /// The probability as a double (1 when certain).
    pub fn as_f64(self) -> f64 {
        if self.is_certain() {
            1.0
        } else {
            self.0 as f64 / 18_446_744_073_709_551_616.0
        }
    }

    /// Whether every trial succeeds.
    pub fn is_certain(self) -> bool {
        self.0 == u64::MAX
    }

    /// Whether no trial ever succeeds.
    pub fn is_never(self) -> bool {
        self.0 == 0
    }

    /// One trial from the random word `u`: success when `u` is below `p` on the 2⁶⁴ scale
    /// (always when certain), so one lane has the law of a lane of [`Stream::bernoulli_word`].
    #[inline]
    pub fn hit(self, u: u64) -> bool {
        (u < self.0) | self.is_certain()
    }
}

/// One seeded stream of random numbers.
#[derive(Clone, Debug)]
pub struct Stream {
    g: Xoshiro256PlusPlus,
    /// A second generator, 2¹²⁸ steps on (`jump`), for every other digit of a Bernoulli word:
    /// two independent chains of arithmetic halve the wait for each random word.
    h: Xoshiro256PlusPlus,
}

/// Stream numbers of the engine's passes (fixed: changing one changes every published figure).
pub mod streams {
    pub const REACH: u32 = 0;
    pub const SPREAD: u32 = 1;
    pub const LOSS: u32 = 2;
}

impl Stream {
    /// Stream number `stream` of `seed`.
    pub fn new(seed: u64, stream: u32) -> Stream {
        let mut g = Xoshiro256PlusPlus::seed_from_u64(seed);
        for _ in 0..stream {
            g.long_jump();
        }
        let mut h = g.clone();
        h.jump();
        Stream { g, h }
    }

    /// 64 random bits.
    #[inline]
    pub fn word(&mut self) -> u64 {
        self.g.next_u64()
    }

    /// Uniform on [0, 1), 53 bits.
    #[inline]
    pub fn uniform(&mut self) -> f64 {
        (self.word() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Uniform on (0, 1], so its logarithm is finite.
    #[inline]
    pub fn uniform_open0(&mut self) -> f64 {
        ((self.word() >> 11) + 1) as f64 * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Uniform integer in `0..n` (`n > 0`), without bias (Lemire's method with rejection).
    #[inline]
    pub fn below(&mut self, n: u64) -> u64 {
        self.below_with(n, n.wrapping_neg() % n)
    }

    /// [`Stream::below`] with its rejection threshold `2⁶⁴ mod n` computed once by the caller
    /// (a 64-bit division costs more than the rest of a draw).
    #[inline]
    pub fn below_with(&mut self, n: u64, threshold: u64) -> u64 {
        loop {
            let (high, low) = crate::engine::wide::mul_wide(self.word(), n);
            if low >= threshold {
                return high;
            }
        }
    }

    /// 64 Bernoulli(p) bits, one per lane. Only the lanes in `care` are drawn; the others come
    /// back 0 (callers mask with `care` anyway, and skipping them saves random words).
    #[inline]
    pub fn bernoulli_word(&mut self, p: Prob, care: u64) -> u64 {
        if p.is_certain() {
            return care;
        }
        let mut rest = p.0;
        let mut open = care;
        let mut hit = 0u64;
        // Lane digit 0 against p digit 1: the lane's U is below p (success); digit 1 against 0:
        // above (failure); equal digits leave the lane open. When p has no digits left, open
        // lanes have U ≥ p (later digits of 0 only close lanes, as failures). No branch inside
        // a step: `digit` is all ones or all zeros. Each step halves the open lanes, so k lanes
        // need about log₂ k + 1.3 digits: that many are taken without looking (the loop's end
        // is then mostly predicted right), the rest while lanes stay open. Two generators give
        // two independent chains of arithmetic; local copies keep them in registers.
        let (mut g, mut h) = (self.g.clone(), self.h.clone());
        let blind = (u64::BITS - u64::from(care.count_ones()).leading_zeros()).div_ceil(2);
        let mut k = 0;
        while k < blind || (open != 0 && rest != 0) {
            let (r1, r2) = (g.next_u64(), h.next_u64());
            let d1 = (rest >> 63).wrapping_neg();
            let d2 = ((rest >> 62) & 1).wrapping_neg();
            hit |= open & !r1 & d1;
            open &= !(r1 ^ d1);
            hit |= open & !r2 & d2;
            open &= !(r2 ^ d2);
            rest <<= 2;
            k += 1;
        }
        self.g = g;
        self.h = h;
        hit
    }

    /// A standard normal draw ([`super::normal`]: the ziggurat).
    #[inline]
    pub fn normal(&mut self) -> f64 {
        super::normal::normal(self)
    }
}

/// Walker's alias table: draws index `i` with probability `weights[i] / Σ weights` in O(1).
#[derive(Clone, Debug, Default)]
pub struct Alias {
    /// Probability of keeping the drawn column, as a 53-bit threshold.
    keep: Vec<f64>,
    other: Vec<u32>,
    /// `2⁶⁴ mod len` for [`Stream::below_with`].
    threshold: u64,
}

impl Alias {
    /// A table for non-negative weights; `None` when they add up to nothing (or are not finite).
    pub fn new(weights: &[f64]) -> Option<Alias> {
        let n = weights.len();
        let total: f64 = weights.iter().sum();
        if n == 0 || !(total > 0.0 && total.is_finite()) || n > u32::MAX as usize {
            return None;
        }
        let mut scaled: Vec<f64> = weights
            .iter()
            .map(|w| w.max(0.0) * n as f64 / total)
            .collect();
        let mut other: Vec<u32> = (0..n as u32).collect();
        let (mut small, mut large): (Vec<usize>, Vec<usize>) =
            (0..n).partition(|&i| scaled[i] < 1.0);
        while let (Some(&s), Some(&l)) = (small.last(), large.last()) {
            small.pop();
            other[s] = l as u32;
            scaled[l] -= 1.0 - scaled[s];
            if scaled[l] < 1.0 {
                large.pop();
                small.push(l);
            }
        }
        // What is left is 1 up to rounding.
        for i in small.into_iter().chain(large) {
            scaled[i] = 1.0;
        }
        Some(Alias {
            keep: scaled,
            other,
            threshold: (n as u64).wrapping_neg() % n as u64,
        })
    }

    /// One draw.
    #[inline]
    pub fn draw(&self, rng: &mut Stream) -> usize {
        let i = rng.below_with(self.keep.len() as u64, self.threshold) as usize;
        // Kept or not is a coin toss the branch predictor cannot learn.
        std::hint::select_unpredictable(rng.uniform() < self.keep[i], i, self.other[i] as usize)
    }

    /// Number of outcomes.
    pub fn len(&self) -> usize {
        self.keep.len()
    }

    /// Whether there are no outcomes.
    pub fn is_empty(&self) -> bool {
        self.keep.is_empty()
    }
}
