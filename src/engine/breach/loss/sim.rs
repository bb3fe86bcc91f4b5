//! The annual-loss simulation. Events, not years, are simulated: breach events arrive as a
//! Poisson process of rate λ over `years` years (exponential gaps), so a year's count is
//! Poisson(λ) and quiet years cost nothing. Each event draws its pattern (alias table over the
//! event distribution) and its loss. Years are kept only when something happened; losses are
//! counted into fine log-spaced bins (64 per decade) so exceedance curves are exact counts at
//! the bin edges without sorting. For rates up to [`super::counts::MAX_RATE`] years are walked
//! one by one, each drawing its count ([`super::counts`]), instead of exponential gaps.

use super::super::events::Events;
use super::super::rng::{Alias, Stream};
use super::super::{Cancelled, Ticker};
use super::BATCHES;
use super::counts::Counts;
use super::priced::Priced;

/// Bins per decade, and the decades covered (10⁻³ to 10¹⁸ in the scenario's currency).
pub const PER_DECADE: i32 = 64;
pub const LOWEST: i32 = -3;
pub const DECADES: i32 = 21;

/// Counts of positive values by bin: bin `b` holds `edge[b-1] < v ≤ edge[b]`.
#[derive(Clone, Debug)]
pub struct Bins {
    pub counts: Vec<u64>,
}

/// The bin edges, `10^(LOWEST + i/PER_DECADE)`.
pub fn edges() -> Vec<f64> {
    (0..=DECADES * PER_DECADE)
        .map(|i| {
            libm::pow(
                10.0,
                f64::from(LOWEST) + f64::from(i) / f64::from(PER_DECADE),
            )
        })
        .collect()
}

impl Bins {
    pub fn new(edges: &[f64]) -> Bins {
        Bins {
            counts: vec![0; edges.len() + 1],
        }
    }

    /// Counts `v` (values ≤ 0 are not counted).
    #[inline]
    pub fn add(&mut self, v: f64, edges: &[f64]) {
        if v > 0.0 {
            self.counts[bin(v, edges)] += 1;
        }
    }

    /// How many counted values exceed `edges[k]`.
    pub fn above(&self, k: usize) -> u64 {
        self.counts[k + 1..].iter().sum()
    }

    /// The first and last non-empty bins.
    pub fn span(&self) -> Option<(usize, usize)> {
        let first = self.counts.iter().position(|&c| c > 0)?;
        let last = self.counts.iter().rposition(|&c| c > 0)?;
        Some((first, last))
    }
}

/// The number of edges below `v`. The guess takes log₂ from the float's exponent and a linear
/// mantissa (off by under 2 bins); comparisons with the edges then make it exact.
#[inline]
fn bin(v: f64, edges: &[f64]) -> usize {
    let n = edges.len();
    let bits = v.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as f64 - 1023.0;
    let mantissa = f64::from_bits((bits & ((1 << 52) - 1)) | (1023 << 52));
    let log10 = (exponent + mantissa - 1.0) * std::f64::consts::LOG10_2;
    let guess = (log10 - f64::from(LOWEST)) * f64::from(PER_DECADE) + 1.0;
    let mut g = if guess.is_finite() {
        guess.clamp(0.0, n as f64) as usize
    } else {
        n
    };
    while g > 0 && edges[g - 1] >= v {
        g -= 1;
    }
    while g < n && edges[g] < v {
        g += 1;
    }
    g
}

/// What a simulation returns.
#[derive(Clone, Debug)]
pub struct Sim {
    pub years: u64,
    pub events: u64,
    /// Annual losses of the years with events, in year order.
    pub annual: Vec<f64>,
    /// Batches of consecutive years for the standard errors of the tail figures
    /// ([`batches`]), and where each starts in `annual` (`batch_at[k]`: listed years before
    /// year `k · years / batches`; batches not reached yet are missing).
    pub batches: u64,
    pub batch_at: Vec<usize>,
    pub sum: f64,
    pub sum2: f64,
    /// Binned annual losses, largest event per year, and event losses.
    pub annual_bins: Bins,
    pub largest_bins: Bins,
    pub event_bins: Bins,
}

/// Simulates `years` years at `lambda` events a year.
pub fn simulate(
    events: &Events,
    priced: &Priced,
    lambda: f64,
    years: u64,
    edges: &[f64],
    rng: &mut Stream,
    ticker: &mut Ticker,
) -> Result<Sim, Cancelled> {
    let mut sim = Sim {
        years,
        events: 0,
        annual: Vec::new(),
        batches: batches(years),
        batch_at: Vec::new(),
        sum: 0.0,
        sum2: 0.0,
        annual_bins: Bins::new(edges),
        largest_bins: Bins::new(edges),
        event_bins: Bins::new(edges),
    };
    let weights: Vec<f64> = events.groups.iter().map(|g| g.weight).collect();
    let Some(alias) = Alias::new(&weights) else {
        return Ok(sim);
    };
    if lambda.is_nan() || lambda <= 0.0 || years == 0 {
        return Ok(sim);
    }
    let horizon = years as f64;
    let expected = lambda * horizon;
    // Years with events: about `years · (1 − e^−λ)` (no regrowing of the lists).
    let busy = (horizon * -libm::expm1(-lambda) * 1.01) as usize + 16;
    sim.annual.reserve(busy.min(years as usize));
    let draw = Draw {
        events,
        priced,
        alias: &alias,
        edges,
    };
    if let Some(counts) = Counts::new(lambda) {
        // Few events a year: one uniform per year gives its count.
        for y in 0..years {
            let k = counts.draw(rng);
            if k > 0 {
                let (mut s, mut m) = (0.0, 0.0);
                for _ in 0..k {
                    let l = draw.event(&mut sim, rng);
                    s += l;
                    if l > m {
                        m = l;
                    }
                }
                close_year(&mut sim, y, s, m, edges);
            }
            if y % 65_536 == 65_535 {
                ticker.tick(y, years)?;
            }
        }
        return Ok(sim);
    }
    let mut t = 0.0;
    let (mut year, mut s, mut m) = (u64::MAX, 0.0, 0.0);
    loop {
        t += rng.exponential() / lambda;
        if t >= horizon {
            break;
        }
        let y = t as u64;
        if y != year {
            if year != u64::MAX {
                close_year(&mut sim, year, s, m, edges);
            }
            (year, s, m) = (y, 0.0, 0.0);
        }
        let l = draw.event(&mut sim, rng);
        s += l;
        if l > m {
            m = l;
        }
        if sim.events.is_multiple_of(65_536) {
            ticker.tick(sim.events, expected as u64)?;
        }
    }
    if year != u64::MAX {
        close_year(&mut sim, year, s, m, edges);
    }
    Ok(sim)
}

/// What one event needs.
struct Draw<'a> {
    events: &'a Events,
    priced: &'a Priced,
    alias: &'a Alias,
    edges: &'a [f64],
}

impl Draw<'_> {
    /// One event: its pattern, its loss (counted in `sim.event_bins`).
    #[inline]
    fn event(&self, sim: &mut Sim, rng: &mut Stream) -> f64 {
        let g = self.events.groups[self.alias.draw(rng)];
        let l = self.priced.draw(g.pattern as usize, rng);
        sim.event_bins.add(l, self.edges);
        sim.events += 1;
        l
    }
}

/// Batches of years for `years` years: [`BATCHES`], fewer below 100 years a batch.
pub fn batches(years: u64) -> u64 {
    BATCHES.min(years / 100)
}

fn close_year(sim: &mut Sim, year: u64, s: f64, m: f64, edges: &[f64]) {
    let b = sim.batches;
    while (sim.batch_at.len() as u64) < b && year >= sim.batch_at.len() as u64 * sim.years / b {
        sim.batch_at.push(sim.annual.len());
    }
    sim.annual.push(s);
    sim.sum += s;
    sim.sum2 += s * s;
    sim.annual_bins.add(s, edges);
    sim.largest_bins.add(m, edges);
}
