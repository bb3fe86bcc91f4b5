//! Money per record: the lognormal cost of one exposed record from its 90 % range, and the
//! DBIR 2015 alternative. All maths through `libm`, so the figures are bit-identical in wasm.

use crate::model::CostRange;

/// The 95th percentile of the standard normal, Φ⁻¹(0.95) = 1.6448536…: a 90 % range spans
/// ±Z95·σ. (Test vectors B2–B4 need it to full precision, not rounded to 1.6448536.)
pub const Z95: f64 = 1.644_853_626_951_472_2;

/// A lognormal distribution by the mean and deviation of its logarithm.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LogNormal {
    pub mu: f64,
    pub sigma: f64,
}

impl LogNormal {
    /// The lognormal whose 5th and 95th percentiles are `low` and `high` (both > 0):
    /// `μ = (ln low + ln high)/2`, `σ = (ln high − ln low)/(2·Z95)`.
    pub fn from_range(r: CostRange) -> LogNormal {
        let (a, b) = (libm::log(r.low), libm::log(r.high));
        LogNormal {
            mu: (a + b) / 2.0,
            sigma: ((b - a) / (2.0 * Z95)).max(0.0),
        }
    }

    /// `exp(μ + σ²/2)`.
    pub fn mean(self) -> f64 {
        libm::exp(self.mu + self.sigma * self.sigma / 2.0)
    }

    /// `E[X²] = exp(2μ + 2σ²)`.
    pub fn second_moment(self) -> f64 {
        libm::exp(2.0 * self.mu + 2.0 * self.sigma * self.sigma)
    }

    /// `P(X ≤ x)`.
    pub fn cdf(self, x: f64) -> f64 {
        if x <= 0.0 {
            return 0.0;
        }
        let ln = libm::log(x);
        if self.sigma == 0.0 {
            return if ln >= self.mu { 1.0 } else { 0.0 };
        }
        normal_cdf((ln - self.mu) / self.sigma)
    }
}

/// The standard normal distribution function `Φ(z)`.
pub fn normal_cdf(z: f64) -> f64 {
    0.5 * libm::erfc(-z / std::f64::consts::SQRT_2)
}

/// DBIR 2015's expected loss of one event exposing `n` records: `25,450·(n/100)^0.4235` USD
/// (a log-log fit of insurance claims); 0 for no records.
pub fn dbir_2015(n: f64) -> f64 {
    if n > 0.0 {
        25_450.0 * libm::pow(n / 100.0, 0.4235)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, rel: f64) -> bool {
        (a - b).abs() <= rel * b.abs()
    }

    #[test]
    fn b4_lognormal_mean_of_a_90_percent_range() {
        let d = LogNormal::from_range(CostRange {
            low: 635_000.0,
            high: 19_000_000.0,
        });
        assert!(close(d.mean(), 5_922_706.833_511_31, 1e-13), "{}", d.mean());
    }

    #[test]
    fn the_range_ends_are_the_5th_and_95th_percentiles() {
        let d = LogNormal::from_range(CostRange {
            low: 100.0,
            high: 250.0,
        });
        assert!((d.cdf(100.0) - 0.05).abs() < 1e-7);
        assert!((d.cdf(250.0) - 0.95).abs() < 1e-7);
        assert_eq!(d.cdf(0.0), 0.0);
        let point = LogNormal::from_range(CostRange {
            low: 7.0,
            high: 7.0,
        });
        assert_eq!(point.mean(), libm::exp(libm::log(7.0)));
        assert_eq!(point.cdf(8.0), 1.0);
    }

    #[test]
    fn dbir_for_ly_is_about_ninety_times_below_per_record() {
        let n = 519_506.0;
        let dbir = dbir_2015(n);
        assert!(close(dbir, 25_450.0 * (n / 100.0f64).powf(0.4235), 1e-12));
        let per_record = n * LogNormal::from_range(CostRange {
            low: 100.0,
            high: 250.0,
        })
        .mean();
        let ratio = per_record / dbir;
        assert!((80.0..100.0).contains(&ratio), "{ratio}");
        assert_eq!(dbir_2015(0.0), 0.0);
    }
}
