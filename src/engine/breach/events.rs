//! The distribution of one breach event: which target sets it exposes. Exact entries give
//! their patterns with exact probabilities; sampled entries give one pattern per Monte Carlo
//! trial (lanes with the same pattern in a word are grouped). Every per-event figure (records in
//! total and by country, duty probabilities, the loss distribution) is a function of the pattern
//! summarised here, with a standard error from the sampled part.

use std::collections::HashMap;

/// One group of equally patterned events.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Group {
    /// Index into [`Events::patterns`].
    pub pattern: u32,
    /// Probability of the group.
    pub weight: f64,
    /// Monte Carlo lanes in the group (0 for exact groups).
    pub lanes: u32,
}

/// The event distribution.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Events {
    /// Words per pattern (`ceil(target sets / 64)`).
    pub width: usize,
    /// Distinct patterns, `width` words each (bit `t` = target set `t` exposed).
    pub patterns: Vec<u64>,
    pub groups: Vec<Group>,
    /// Sampled lanes and their total probability.
    pub lanes: u64,
    pub lane_weight: f64,
    index: HashMap<Vec<u64>, u32>,
}

/// Mean, 95th percentile and standard error of a per-event quantity.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Summary {
    pub mean: f64,
    pub p95: f64,
    pub stderr: f64,
}

impl Events {
    /// An empty distribution over `targets` target sets.
    pub fn new(targets: usize) -> Events {
        Events {
            width: targets.div_ceil(64).max(1),
            ..Events::default()
        }
    }

    fn intern(&mut self, key: &[u64]) -> u32 {
        // Every pattern takes exactly `width` words (a key without target sets is one zero).
        let mut k = vec![0u64; self.width];
        for (slot, &w) in k.iter_mut().zip(key) {
            *slot = w;
        }
        if let Some(&i) = self.index.get(&k) {
            return i;
        }
        let i = (self.patterns.len() / self.width) as u32;
        self.patterns.extend_from_slice(&k);
        self.index.insert(k, i);
        i
    }

    /// Adds an exact pattern with probability `weight`.
    pub fn add_exact(&mut self, key: &[u64], weight: f64) {
        if weight > 0.0 {
            let pattern = self.intern(key);
            self.groups.push(Group {
                pattern,
                weight,
                lanes: 0,
            });
        }
    }

    /// Adds sampled words: `x` holds `targets` exposure words per word of 64 lanes; all the
    /// lanes together weigh `total` (the probability of the sampled entries).
    pub fn add_lanes(&mut self, x: &[u64], targets: usize, total: f64) {
        let words = x.len().checked_div(targets).unwrap_or(0);
        let lanes = words as u64 * 64;
        if lanes == 0 || total <= 0.0 {
            return;
        }
        let per_lane = total / lanes as f64;
        let mut key = vec![0u64; self.width];
        for w in 0..words {
            let xs = &x[w * targets..(w + 1) * targets];
            let mut left = u64::MAX;
            while left != 0 {
                let lane = left.trailing_zeros();
                let mut same = left;
                key.iter_mut().for_each(|k| *k = 0);
                for (t, &m) in xs.iter().enumerate() {
                    if m >> lane & 1 == 1 {
                        same &= m;
                        key[t / 64] |= 1 << (t % 64);
                    } else {
                        same &= !m;
                    }
                }
                left &= !same;
                let count = same.count_ones();
                let pattern = self.intern(&key);
                self.groups.push(Group {
                    pattern,
                    weight: per_lane * f64::from(count),
                    lanes: count,
                });
            }
        }
        self.lanes += lanes;
        self.lane_weight += total;
    }

    /// The pattern of a group.
    pub fn pattern(&self, p: u32) -> &[u64] {
        let i = p as usize * self.width;
        &self.patterns[i..i + self.width]
    }

    /// Number of distinct patterns.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len() / self.width
    }

    /// Mean, 95th percentile and standard error of `f`, given its value per pattern.
    pub fn summary(&self, values: &[f64]) -> Summary {
        let mut mean = 0.0;
        let (mut s1, mut s2) = (0.0, 0.0);
        for g in &self.groups {
            let v = values[g.pattern as usize];
            mean += g.weight * v;
            if g.lanes > 0 {
                s1 += f64::from(g.lanes) * v;
                s2 += f64::from(g.lanes) * v * v;
            }
        }
        let stderr = if self.lanes > 1 {
            let n = self.lanes as f64;
            let var = (s2 / n - (s1 / n) * (s1 / n)).max(0.0);
            self.lane_weight * (var / n).sqrt()
        } else {
            0.0
        };
        Summary {
            mean,
            p95: self.quantile(values, 0.95),
            stderr,
        }
    }

    /// The smallest value `v` with `P(f ≤ v) ≥ q`.
    pub fn quantile(&self, values: &[f64], q: f64) -> f64 {
        let mut order: Vec<(f64, f64)> = self
            .groups
            .iter()
            .map(|g| (values[g.pattern as usize], g.weight))
            .collect();
        order.sort_by(|a, b| a.0.total_cmp(&b.0));
        let total: f64 = order.iter().map(|o| o.1).sum();
        let mut acc = 0.0;
        for (v, w) in &order {
            acc += w;
            // A relative tolerance so that exact weights adding up to q count as reaching it.
            if acc >= q * total * (1.0 - 1e-12) {
                return *v;
            }
        }
        order.last().map_or(0.0, |o| o.0)
    }

    /// Per-pattern values of a function of the exposed target sets.
    pub fn values(&self, f: impl Fn(&[u64]) -> f64) -> Vec<f64> {
        (0..self.pattern_count() as u32)
            .map(|p| f(self.pattern(p)))
            .collect()
    }
}

/// Whether target set `t` is exposed in pattern `key`.
#[inline]
pub fn has(key: &[u64], t: usize) -> bool {
    key[t / 64] >> (t % 64) & 1 == 1
}
