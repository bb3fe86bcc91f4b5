//! Poisson event counts by inversion: for a small rate, one uniform per year and a short walk
//! along the cumulative probabilities give the year's count, cheaper than a logarithm per event
//! (exponential gaps), which [`super::sim::simulate`] keeps for large rates.

use super::super::rng::Stream;

/// Largest rate drawn by inversion (the walk takes about λ steps).
pub const MAX_RATE: f64 = 8.0;

/// `P(N ≤ k)` for N ~ Poisson(λ), k = 0, 1, … until the rest is below 10⁻¹⁸ (then 1).
#[derive(Clone, Debug)]
pub struct Counts {
    cdf: Vec<f64>,
}

impl Counts {
    /// The table for `lambda` in (0, [`MAX_RATE`]]; `None` otherwise.
    pub fn new(lambda: f64) -> Option<Counts> {
        if !(lambda > 0.0 && lambda <= MAX_RATE) {
            return None;
        }
        let mut p = libm::exp(-lambda);
        let mut c = p;
        let mut cdf = vec![c];
        let mut k = 0.0;
        // Past the mode the terms fall at least geometrically; stop when they are negligible.
        while k < lambda || p > 1e-18 {
            k += 1.0;
            p *= lambda / k;
            c += p;
            cdf.push(c);
        }
        // The mass left out (below 10⁻¹⁷) goes to the last count, so every uniform finds one.
        if let Some(last) = cdf.last_mut() {
            *last = 1.0;
        }
        Some(Counts { cdf })
    }

    /// One count: the first `k` with `U < P(N ≤ k)`.
    #[inline]
    pub fn draw(&self, rng: &mut Stream) -> usize {
        let u = rng.uniform();
        let mut k = 0;
        while u >= self.cdf[k] {
            k += 1;
        }
        k
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_have_the_poisson_mean_and_variance() {
        for lambda in [0.05, 0.3, 1.0, 2.5, MAX_RATE] {
            let c = Counts::new(lambda).expect("small rate");
            assert_eq!(c.cdf.last(), Some(&1.0));
            let mut rng = Stream::new(11, 2);
            let n = 200_000;
            let (mut s, mut s2) = (0.0, 0.0);
            for _ in 0..n {
                let k = c.draw(&mut rng) as f64;
                s += k;
                s2 += k * k;
            }
            let mean = s / n as f64;
            let var = s2 / n as f64 - mean * mean;
            // Mean within 4 standard errors (sd √λ); variance within 4 % (its sd is ~0.3 % here).
            assert!(
                (mean - lambda).abs() < 4.0 * (lambda / n as f64).sqrt(),
                "{lambda}: {mean}"
            );
            assert!((var / lambda - 1.0).abs() < 0.04, "{lambda}: {var}");
        }
        assert!(Counts::new(0.0).is_none() && Counts::new(MAX_RATE * 2.0).is_none());
        assert!(Counts::new(f64::NAN).is_none());
    }
}
