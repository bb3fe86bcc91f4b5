//! The annual-loss simulation. Events, not years, are simulated: breach events arrive as a
//! Poisson process of rate λ over `years` years (exponential gaps), so a year's count is
//! Poisson(λ) and quiet years cost nothing. Each event draws its pattern (alias table over the
//! event distribution) and its loss. Years are kept only when something happened; losses are
//! counted into fine log-spaced bins (64 per decade) so exceedance curves are exact counts at
//! the bin edges without sorting.

use super::super::events::Events;
use super::super::rng::{Alias, Stream};
use super::super::{Cancelled, Ticker};
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
    /// Annual losses of the years with events, in year order, with their years.
    pub annual: Vec<f64>,
    pub year_of: Vec<u64>,
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
        year_of: Vec::new(),
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
    sim.year_of.reserve(busy.min(years as usize));
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
        let g = events.groups[alias.draw(rng)];
        let l = priced.draw(g.pattern as usize, rng);
        s += l;
        if l > m {
            m = l;
        }
        sim.event_bins.add(l, edges);
        sim.events += 1;
        if sim.events.is_multiple_of(65_536) {
            ticker.tick(sim.events, expected as u64)?;
        }
    }
    if year != u64::MAX {
        close_year(&mut sim, year, s, m, edges);
    }
    Ok(sim)
}

fn close_year(sim: &mut Sim, year: u64, s: f64, m: f64, edges: &[f64]) {
    sim.annual.push(s);
    sim.year_of.push(year);
    sim.sum += s;
    sim.sum2 += s * s;
    sim.annual_bins.add(s, edges);
    sim.largest_bins.add(m, edges);
}

/// The tail figures of one run of years.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tail {
    pub var95: f64,
    pub tvar95: f64,
    pub var99: f64,
}

/// `VaR_q` (the smallest `x` with `P(S ≤ x) ≥ q`) for q = 0.95 and 0.99, and
/// `TVaR95 = E[S | S > VaR95]`, over `years` years of which `annual` lists those with events
/// (the rest lost nothing). One copy into `scratch` and two selections (no sort): VaR99 is
/// selected among the values above VaR95, where TVaR95's values are too.
pub fn tails(annual: &[f64], years: u64, scratch: &mut Vec<f64>) -> Tail {
    scratch.clear();
    scratch.extend(annual.iter().copied().filter(|&s| s > 0.0));
    let pos = scratch.as_mut_slice();
    let n = pos.len();
    // Index into the sorted positive values of VaR_q (`None`: VaR_q is one of the zeros).
    let zeros = years.saturating_sub(n as u64);
    let index = |q: f64| {
        let rank = ((q * years as f64).ceil() as u64).clamp(1, years.max(1));
        (rank > zeros && n > 0).then(|| ((rank - zeros - 1) as usize).min(n - 1))
    };
    let (i95, i99) = (index(0.95), index(0.99));
    let by = |a: &f64, b: &f64| a.total_cmp(b);
    // Values at and after `from` are all at least VaR95 once it is selected.
    let (var95, from) = match i95 {
        Some(k) => (*pos.select_nth_unstable_by(k, by).1, k + 1),
        None => (0.0, 0),
    };
    let var99 = match i99 {
        Some(k) if Some(k) == i95 => var95,
        Some(k) => *pos[from..].select_nth_unstable_by(k - from, by).1,
        None => 0.0,
    };
    let (mut sum, mut count) = (0.0, 0u64);
    for &s in pos[from..].iter().filter(|&&s| s > var95) {
        sum += s;
        count += 1;
    }
    let tvar95 = if count > 0 { sum / count as f64 } else { var95 };
    Tail {
        var95,
        tvar95,
        var99,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definitions, by sorting all years (zeros included).
    fn sorted(annual: &[f64], years: u64) -> Tail {
        let mut all = annual.to_vec();
        all.resize(years as usize, 0.0);
        all.sort_by(f64::total_cmp);
        let var = |q: f64| all[((q * years as f64).ceil() as usize).clamp(1, all.len()) - 1];
        let var95 = var(0.95);
        let above: Vec<f64> = all.iter().copied().filter(|&s| s > var95).collect();
        let tvar95 = if above.is_empty() {
            var95
        } else {
            above.iter().sum::<f64>() / above.len() as f64
        };
        Tail {
            var95,
            tvar95,
            var99: var(0.99),
        }
    }

    #[test]
    fn tails_select_what_sorting_finds() {
        let mut rng = Stream::new(3, 0);
        let mut scratch = Vec::new();
        for (years, with_events) in [(1000, 10), (1000, 30), (1000, 700), (200, 200), (7, 1)] {
            // Ties (rounded values) and zero losses among the listed years too.
            let annual: Vec<f64> = (0..with_events)
                .map(|_| (rng.uniform() * 20.0).floor())
                .collect();
            let got = tails(&annual, years, &mut scratch);
            let want = sorted(&annual, years);
            assert_eq!((got.var95, got.var99), (want.var95, want.var99));
            assert!((got.tvar95 - want.tvar95).abs() <= 1e-12 * want.tvar95.abs());
        }
        assert_eq!(tails(&[], 100, &mut scratch), Tail::default());
    }
}
