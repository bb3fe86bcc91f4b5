//! Annual loss: a compound Poisson sum `S = Σ_{i≤N} Lᵢ`, N ~ Poisson(λ), each event with its own
//! pattern and cost draws. ALE, VaR95, VaR99 and TVaR95 with standard errors (of the mean
//! directly, of the tail figures by batch means over 20 batches of years), the aggregate
//! exceedance curve, and the largest-event curve `1 − exp(−λ(1 − F_L(x)))`, exact where
//! `F_L` has a closed form.

pub mod counts;
pub mod exp2;
pub mod gaps;
pub mod grid;
pub mod priced;
pub mod sim;
pub mod tails;

use super::cost::normal_cdf;
use super::events::Events;
use super::results::{Loss, LossMethod, Note, Point};
use super::rng::Stream;
use super::{Cancelled, Ticker};
use grid::Grid;
pub use priced::Priced;
use sim::{Bins, Sim, simulate};
use tails::tails;

/// Most events simulated in one analysis (bounds time and memory whatever λ and `trials` say).
pub const EVENT_BUDGET: f64 = 4_000_000.0;
/// Fewest years worth simulating; with fewer, the normal approximation is used.
pub const MIN_YEARS: u64 = 1000;
/// Batches of years for the standard errors of VaR and TVaR.
pub const BATCHES: u64 = 20;
/// Points per decade of the curves (every 8th fine bin).
const STEP: usize = 8;
/// Most points per curve.
const MAX_POINTS: usize = 120;

/// The annual loss at `lambda` events a year, over `trials` years (fewer when the events would
/// exceed [`EVENT_BUDGET`]).
pub fn annual(
    events: &Events,
    priced: &Priced,
    lambda: f64,
    trials: u64,
    rng: &mut Stream,
    ticker: &mut Ticker,
    notes: &mut Vec<Note>,
) -> Result<Loss, Cancelled> {
    let means = events.summary(&priced.mean);
    let second: f64 = events
        .groups
        .iter()
        .map(|g| g.weight * priced.second[g.pattern as usize])
        .sum();
    let years = trials.min((EVENT_BUDGET / lambda).floor().max(0.0) as u64);
    let fine = Grid::shared();
    let edges = &fine.edges;
    let exact_cdf = priced.exact_cdf(events);
    let mut loss = Loss {
        ale_exact: lambda * means.mean,
        ale_exact_stderr: lambda * means.stderr,
        largest_exact: exact_cdf.is_some(),
        ..Loss::default()
    };
    if years < MIN_YEARS.min(trials) {
        notes.push(Note::NormalApproximation);
        normal(&mut loss, lambda, means.mean, second, edges);
    } else {
        if years < trials {
            notes.push(Note::YearsCapped);
        }
        let sim = simulate(events, priced, lambda, years, fine, rng, ticker)?;
        summarise(&mut loss, &sim);
        let grid = grid(&sim.event_bins, &sim.annual_bins);
        let y = years as f64;
        let share = |bins: &Bins, k: usize| {
            let p = bins.above(k) as f64 / y;
            (p, (p * (1.0 - p) / y).sqrt())
        };
        for &k in &grid {
            let x = edges[k];
            let (p, se) = share(&sim.annual_bins, k);
            loss.exceedance.push(Point { x, p, stderr: se });
            let (p, se) = share(&sim.largest_bins, k);
            loss.largest_simulated.push(Point { x, p, stderr: se });
            let mut point = match &exact_cdf {
                Some(f) => largest(lambda, f(x), 0.0),
                None => {
                    let n = sim.events.max(1) as f64;
                    let f = 1.0 - sim.event_bins.above(k) as f64 / n;
                    largest(lambda, f, (f * (1.0 - f) / n).sqrt())
                }
            };
            point.x = x;
            loss.largest.push(point);
        }
    }
    Ok(loss)
}

/// `P(max Lᵢ > x) = 1 − exp(−λ(1 − F))`, and its standard error from that of `F` (delta method).
fn largest(lambda: f64, f: f64, f_se: f64) -> Point {
    let e = libm::exp(-lambda * (1.0 - f));
    Point {
        x: 0.0,
        p: 1.0 - e,
        stderr: lambda * e * f_se,
    }
}

fn summarise(loss: &mut Loss, sim: &Sim) {
    let y = sim.years as f64;
    loss.years = sim.years;
    loss.events = sim.events;
    loss.method = LossMethod::Simulation;
    loss.ale = sim.sum / y;
    let var = (sim.sum2 / y - loss.ale * loss.ale).max(0.0);
    loss.stderr = (var / y).sqrt();
    let mut scratch = tails::Scratch::default();
    let width = sim.annual_bins.counts.len() + 1;
    // Batch means: the same figures over 20 blocks of consecutive years.
    let b = sim.batches;
    if b >= 2 {
        let mut stats: Vec<[f64; 3]> = Vec::new();
        let at = |k: u64| {
            let i = sim.batch_at.get(k as usize).copied();
            i.unwrap_or(sim.annual.len())
        };
        for k in 0..b {
            let (lo, hi) = (k * sim.years / b, (k + 1) * sim.years / b);
            let (a, z) = (at(k), at(k + 1));
            let t = tails(
                &sim.annual[a..z],
                &sim.slots[a..z],
                width,
                hi - lo,
                &mut scratch,
            );
            stats.push([t.var95, t.var99, t.tvar95]);
        }
        let se = |j: usize| {
            let m = stats.iter().map(|s| s[j]).sum::<f64>() / b as f64;
            let v = stats.iter().map(|s| (s[j] - m) * (s[j] - m)).sum::<f64>() / (b - 1) as f64;
            (v / b as f64).sqrt()
        };
        (loss.stderr_var95, loss.stderr_var99, loss.stderr_tvar95) = (se(0), se(1), se(2));
    }
    let bins = &sim.annual_bins.counts;
    let t = tails::tails_of_bins(&sim.annual, &sim.slots, bins, sim.years, &mut scratch);
    (loss.var95, loss.tvar95, loss.var99) = (t.var95, t.tvar95, t.var99);
}

/// Fine-bin indices of the curve points: from the smallest event loss to the largest annual
/// loss, every [`STEP`] bins (coarser when that would exceed [`MAX_POINTS`]).
fn grid(events: &Bins, annual: &Bins) -> Vec<usize> {
    let (Some((lo, _)), Some((_, hi))) = (events.span(), annual.span()) else {
        return Vec::new();
    };
    // Bin b holds values up to edge b; start one step below the smallest value.
    let last = annual.counts.len().saturating_sub(2);
    let first = (lo.saturating_sub(1) / STEP) * STEP;
    let end = (hi.div_ceil(STEP) * STEP).min(last);
    let mut step = STEP;
    while (end.saturating_sub(first)) / step + 1 > MAX_POINTS {
        step *= 2;
    }
    (first..=end).step_by(step).collect()
}

/// The normal approximation for very many events a year.
fn normal(loss: &mut Loss, lambda: f64, mean: f64, second: f64, edges: &[f64]) {
    const Z95: f64 = 1.644_853_626_951_472_2;
    const Z99: f64 = 2.326_347_874_040_840_8;
    let m = lambda * mean;
    let sd = (lambda * second).sqrt();
    let phi = libm::exp(-Z95 * Z95 / 2.0) / (2.0 * std::f64::consts::PI).sqrt();
    loss.method = LossMethod::NormalApproximation;
    loss.ale = m;
    loss.var95 = m + Z95 * sd;
    loss.var99 = m + Z99 * sd;
    loss.tvar95 = m + sd * phi / 0.05;
    loss.largest_exact = false;
    let lo = (m - 5.0 * sd).max(edges[0]);
    let hi = m + 5.0 * sd;
    for (k, &x) in edges.iter().enumerate().step_by(STEP) {
        if x >= lo && x <= hi && k + 1 < edges.len() {
            let p = 1.0 - normal_cdf((x - m) / sd.max(f64::MIN_POSITIVE));
            loss.exceedance.push(Point { x, p, stderr: 0.0 });
        }
    }
}
