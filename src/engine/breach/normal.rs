//! Standard normal draws by the ziggurat method (Marsaglia and Tsang 2000, in Doornik's 2005
//! form with 128 blocks): one random word decides about 99 % of draws with a multiplication
//! and a comparison; the rest fall in a wedge (accepted by comparing densities) or the tail
//! beyond R (Marsaglia's tail method). The tables are computed once with `libm`, so they are
//! the same bits natively and in wasm.

use std::sync::OnceLock;

use super::rng::Stream;

/// Blocks, the start of the tail, and the area of each block.
const BLOCKS: usize = 128;
const R: f64 = 3.442_619_855_899;
const V: f64 = 9.912_563_035_262_17e-3;

struct Tables {
    /// Right edge of each block (`x[0]` is the base block's pseudo-edge `V / f(R)`).
    x: [f64; BLOCKS + 1],
    /// `x[i+1] / x[i]`: a point inside block `i` below this ratio is under the curve.
    ratio: [f64; BLOCKS],
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut x = [0.0; BLOCKS + 1];
        let mut f = libm::exp(-0.5 * R * R);
        x[0] = V / f;
        x[1] = R;
        for i in 2..BLOCKS {
            x[i] = (-2.0 * libm::log(V / x[i - 1] + f)).sqrt();
            f = libm::exp(-0.5 * x[i] * x[i]);
        }
        let mut ratio = [0.0; BLOCKS];
        for i in 0..BLOCKS {
            ratio[i] = x[i + 1] / x[i];
        }
        Tables { x, ratio }
    })
}

/// One standard normal draw.
#[inline]
pub fn normal(rng: &mut Stream) -> f64 {
    let t = tables();
    loop {
        let w = rng.word();
        // The top 53 bits give u in (−1, 1), the low 7 bits (independent of them) the block.
        let u = 2.0 * ((w >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)) - 1.0;
        let i = (w & 0x7f) as usize;
        if u.abs() < t.ratio[i] {
            return u * t.x[i];
        }
        if i == 0 {
            return tail(rng, u < 0.0);
        }
        let x = u * t.x[i];
        let f0 = libm::exp(-0.5 * (t.x[i] * t.x[i] - x * x));
        let f1 = libm::exp(-0.5 * (t.x[i + 1] * t.x[i + 1] - x * x));
        if f1 + rng.uniform() * (f0 - f1) < 1.0 {
            return x;
        }
    }
}

/// A draw beyond `R` (negated when `negative`).
fn tail(rng: &mut Stream, negative: bool) -> f64 {
    loop {
        let x = libm::log(rng.uniform_open0()) / R;
        let y = libm::log(rng.uniform_open0());
        if -2.0 * y >= x * x {
            return if negative { x - R } else { R - x };
        }
    }
}
