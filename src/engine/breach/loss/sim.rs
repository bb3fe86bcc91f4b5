//! The annual-loss simulation. Events, not years, are simulated: breach events arrive as a
//! Poisson process of rate λ over `years` years (exponential gaps), so a year's count is
//! Poisson(λ) and quiet years cost nothing. Each event draws its pattern (alias table over the
//! event distribution) and its loss. Years are kept only when something happened; losses are
//! counted into fine log-spaced bins ([`super::grid`]) so exceedance curves are exact counts at
//! the bin edges without sorting. For rates from [`super::counts::MIN_RATE`] to
//! [`super::counts::MAX_RATE`] years are walked one by one, each drawing its count
//! ([`super::counts`]), instead of exponential gaps.

use super::super::events::Events;
use super::super::rng::{Alias, Stream};
use super::super::{Cancelled, Ticker};
use super::BATCHES;
use super::counts::Counts;
use super::exp2::lognormal_all;
use super::gaps::Gaps;
use super::grid::Grid;
use super::priced::Priced;

/// Counts of positive values by bin: bin `b` holds `edge[b-1] < v ≤ edge[b]`.
#[derive(Clone, Debug)]
pub struct Bins {
    pub counts: Vec<u64>,
}

impl Bins {
    pub fn new(grid: &Grid) -> Bins {
        Bins {
            counts: vec![0; grid.edges.len() + 1],
        }
    }

    /// Counts `v` (values ≤ 0 are not counted).
    #[inline]
    pub fn add(&mut self, v: f64, grid: &Grid) {
        if v > 0.0 {
            self.counts[grid.bin(v)] += 1;
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

/// What a simulation returns.
#[derive(Clone, Debug)]
pub struct Sim {
    pub years: u64,
    pub events: u64,
    /// Annual losses of the years with events, in year order.
    pub annual: Vec<f64>,
    /// Their [`super::tails::slot`]s (bin on the fine grid plus one), for the tail figures.
    pub slots: Vec<u16>,
    /// Batches of consecutive years for the standard errors of the tail figures
    /// ([`batches`]), and where each starts in `annual` (`batch_at[k]`: listed years before
    /// year `k · years / batches`; batches not reached yet are missing).
    pub batches: u64,
    pub batch_at: Vec<usize>,
    /// The first year of the next batch (`u64::MAX` once all have started).
    next_batch: u64,
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
    grid: &Grid,
    rng: &mut Stream,
    ticker: &mut Ticker,
) -> Result<Sim, Cancelled> {
    let batches = batches(years);
    let mut sim = Sim {
        years,
        events: 0,
        annual: Vec::new(),
        slots: Vec::new(),
        batches,
        batch_at: Vec::new(),
        next_batch: if batches > 0 { 0 } else { u64::MAX },
        sum: 0.0,
        sum2: 0.0,
        annual_bins: Bins::new(grid),
        largest_bins: Bins::new(grid),
        event_bins: Bins::new(grid),
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
    sim.slots.reserve(busy.min(years as usize));
    let mut block = Block {
        events,
        priced,
        alias: &alias,
        grid,
        busy: Vec::new(),
        patterns: Vec::new(),
        params: Vec::new(),
        costs: Vec::new(),
    };
    if let Some(counts) = Counts::new(lambda) {
        // A few events a year: one random word per year gives its count.
        let mut y = 0;
        while y < years {
            let end = years.min(y + BLOCK as u64);
            // Every year is written and only busy ones are kept (the next overwrites a quiet
            // one): no branch on whether a year is busy.
            block.busy.resize(BLOCK, (0, 0));
            let mut kept = 0;
            for year in y..end {
                let k = counts.draw(rng);
                block.busy[kept] = (year, k as u32);
                kept += usize::from(k > 0);
            }
            block.busy.truncate(kept);
            block.finish(&mut sim, rng);
            y = end;
            if y % TICK == 0 {
                ticker.tick(y, years)?;
            }
        }
        return Ok(sim);
    }
    let (mut t, mut next_tick, mean_gap) = (0.0, TICK, 1.0 / lambda);
    let mut gaps = Gaps::default();
    // Events gathered in the block so far.
    let mut gathered = 0;
    loop {
        t += gaps.next(rng) * mean_gap;
        if t >= horizon {
            break;
        }
        let y = t as u64;
        match block.busy.last_mut() {
            Some(last) if last.0 == y => last.1 += 1,
            _ => {
                // A block ends only between years, so each year is closed whole.
                if gathered >= BLOCK {
                    block.finish(&mut sim, rng);
                    gathered = 0;
                    if sim.events >= next_tick {
                        ticker.tick(sim.events, expected as u64)?;
                        next_tick = sim.events + TICK;
                    }
                }
                block.busy.push((y, 1));
            }
        }
        gathered += 1;
    }
    block.finish(&mut sim, rng);
    Ok(sim)
}

/// Events handled together (about this many with exponential gaps, a year never split; with
/// counts per year, the events of this many years): their patterns are drawn first, then the
/// standard normals of their costs, then every cost `2^(μ' + σ'·Z)` at once in a loop that runs
/// two values per instruction, then the losses are added up year by year.
const BLOCK: usize = 4096;

/// Progress is reported about every this many years (or events, at large rates): a multiple of
/// [`BLOCK`].
const TICK: u64 = 65_536;

/// The busy years of a block and what their events need.
struct Block<'a> {
    events: &'a Events,
    priced: &'a Priced,
    alias: &'a Alias,
    grid: &'a Grid,
    /// Years with events, in order, and their event counts.
    busy: Vec<(u64, u32)>,
    /// Per event: its pattern.
    patterns: Vec<u32>,
    /// The `(μ', σ')` of every cost draw, in event order.
    params: Vec<(f64, f64)>,
    /// The cost draws of every event, in event order.
    costs: Vec<f64>,
}

impl Block<'_> {
    /// Draws the block's events, closes its years and empties it.
    fn finish(&mut self, sim: &mut Sim, rng: &mut Stream) {
        self.patterns.clear();
        self.params.clear();
        self.costs.clear();
        let count: usize = self.busy.iter().map(|b| b.1 as usize).sum();
        for _ in 0..count {
            let k = self.events.groups[self.alias.draw(rng)].pattern;
            self.patterns.push(k);
            self.params
                .extend_from_slice(self.priced.params(k as usize));
        }
        // Then one standard normal per cost draw, in a loop of its own, and all the costs at once.
        self.costs.extend(self.params.iter().map(|_| rng.normal()));
        lognormal_all(&mut self.costs, &self.params);
        let (mut at, mut event) = (0, 0);
        for &(year, n) in &self.busy {
            let (mut s, mut m) = (0.0, 0.0);
            for &k in &self.patterns[event..event + n as usize] {
                let k = k as usize;
                let used = self.priced.draws(k);
                let l = self.priced.total(k, &self.costs[at..at + used]);
                at += used;
                sim.event_bins.add(l, self.grid);
                s += l;
                if l > m {
                    m = l;
                }
            }
            event += n as usize;
            close_year(sim, year, s, m, self.grid);
        }
        sim.events += count as u64;
        self.busy.clear();
    }
}

/// Batches of years for `years` years: [`BATCHES`], fewer below 100 years a batch.
pub fn batches(years: u64) -> u64 {
    BATCHES.min(years / 100)
}

fn close_year(sim: &mut Sim, year: u64, s: f64, m: f64, grid: &Grid) {
    // Batch k starts at year k · years / batches: the division runs once per batch.
    while year >= sim.next_batch {
        sim.batch_at.push(sim.annual.len());
        let k = sim.batch_at.len() as u64;
        sim.next_batch = if k < sim.batches {
            k * sim.years / sim.batches
        } else {
            u64::MAX
        };
    }
    sim.annual.push(s);
    sim.sum += s;
    sim.sum2 += s * s;
    let slot = super::tails::slot(s, |s| grid.bin(s));
    sim.slots.push(slot);
    if slot > 0 {
        sim.annual_bins.counts[usize::from(slot) - 1] += 1;
    }
    sim.largest_bins.add(m, grid);
}
