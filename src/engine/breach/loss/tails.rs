//! Tail figures of simulated annual losses: VaR95, VaR99 and TVaR95 by selection, not sorting.

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
    use crate::engine::breach::rng::Stream;

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
