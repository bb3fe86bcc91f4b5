//! The high and low words of a 64 × 64-bit product, for drawing integers below n (Lemire's
//! multiply-shift). Natively a `u128` product is one instruction. WebAssembly has no widening
//! multiply, and Rust lowers `u128` products there to a call into compiler-rt; four 32-bit
//! products inline are cheaper. Both give the same bits, so draws agree everywhere.

/// `(high, low)` words of `a · b`.
#[inline]
pub fn mul_wide(a: u64, b: u64) -> (u64, u64) {
    #[cfg(target_arch = "wasm32")]
    {
        by_halves(a, b)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let m = u128::from(a) * u128::from(b);
        ((m >> 64) as u64, m as u64)
    }
}

/// Schoolbook product of 32-bit halves; no partial sum overflows 64 bits.
#[inline]
#[cfg_attr(not(any(target_arch = "wasm32", test)), allow(dead_code))]
fn by_halves(a: u64, b: u64) -> (u64, u64) {
    const LOW: u64 = 0xffff_ffff;
    let (a1, a0) = (a >> 32, a & LOW);
    let (b1, b0) = (b >> 32, b & LOW);
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    // The middle column: at most (2³² − 1) · 3 < 2⁶⁴.
    let mid = (p00 >> 32) + (p01 & LOW) + (p10 & LOW);
    let high = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
    (high, (mid << 32) | (p00 & LOW))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand_core::{Rng, SeedableRng};
    use rand_xoshiro::Xoshiro256PlusPlus;

    #[test]
    fn halves_give_the_u128_product() {
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(7);
        let edges = [
            0,
            1,
            2,
            u64::from(u32::MAX),
            1 << 32,
            u64::MAX - 1,
            u64::MAX,
        ];
        let mut pairs: Vec<(u64, u64)> = edges
            .iter()
            .flat_map(|&a| edges.iter().map(move |&b| (a, b)))
            .collect();
        pairs.extend((0..100_000).map(|_| (rng.next_u64(), rng.next_u64())));
        for (a, b) in pairs {
            let m = u128::from(a) * u128::from(b);
            assert_eq!(by_halves(a, b), ((m >> 64) as u64, m as u64), "{a} · {b}");
        }
    }
}
