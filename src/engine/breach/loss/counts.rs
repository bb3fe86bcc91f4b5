//! Poisson event counts by inversion: for a middling rate, one random word per year compared
//! with the cumulative probabilities gives the year's count, cheaper than a logarithm per event
//! (exponential gaps). [`super::sim::simulate`] keeps the gaps for large rates (many events a
//! year) and for small ones (mostly quiet years, which the gaps skip for free).

use super::super::rng::Stream;

/// Rates drawn by inversion: below one event a year a logarithm per event costs less than a
/// draw per year; above eight the walk (about λ steps) costs more.
pub const MIN_RATE: f64 = 1.0;
pub const MAX_RATE: f64 = 8.0;

/// Counts below this are found with no branch (most years have none, one or two events).
const FIRST: usize = 4;

/// The Poisson(λ) distribution function, as thresholds for a random word.
#[derive(Clone, Debug)]
pub struct Counts {
    /// `P(N ≤ k)` as 64-bit fractions for every k but the last (N > k ⇔ a random word is at
    /// least this). From λ = 1 on there are about 20 or more.
    above: Vec<u64>,
}

impl Counts {
    /// The table for `lambda` in [[`MIN_RATE`], [`MAX_RATE`]]; `None` otherwise.
    pub fn new(lambda: f64) -> Option<Counts> {
        if !(MIN_RATE..=MAX_RATE).contains(&lambda) {
            return None;
        }
        // `P(N ≤ k)`, k = 0, 1, … until the rest is below 10⁻¹⁸ (then 1).
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
        // The last count has no threshold, so it takes the mass left out (below 10⁻¹⁷) and every
        // word finds a count. Below 1, c·2⁶⁴ < 2⁶⁴ and the cast truncates.
        let above: Vec<u64> = cdf[..cdf.len() - 1]
            .iter()
            .map(|&c| (c * 18_446_744_073_709_551_616.0) as u64)
            .collect();
        debug_assert!(above.len() >= FIRST);
        Some(Counts { above })
    }

    /// One count: how many of `P(N ≤ k)` a uniform word is at or above. The first [`FIRST`]
    /// comparisons are added up with no branch (a random quiet-or-busy branch would be
    /// mispredicted about as often as years are busy); a walk goes on past them only for
    /// rarer, larger counts.
    #[inline]
    pub fn draw(&self, rng: &mut Stream) -> usize {
        let w = rng.word();
        let t = &self.above;
        let mut k: usize = t[..FIRST].iter().map(|&a| usize::from(w >= a)).sum();
        if k == FIRST {
            while k < t.len() && w >= t[k] {
                k += 1;
            }
        }
        k
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_have_the_poisson_mean_and_variance() {
        for lambda in [MIN_RATE, 1.7, 2.5, MAX_RATE] {
            let c = Counts::new(lambda).expect("rate in range");
            assert!(c.above.windows(2).all(|w| w[0] <= w[1]));
            assert!(c.above.len() >= FIRST);
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
        assert!(
            Counts::new(0.5).is_none()
                && Counts::new(0.0).is_none()
                && Counts::new(MAX_RATE * 2.0).is_none()
        );
        assert!(Counts::new(f64::NAN).is_none());
    }
}
