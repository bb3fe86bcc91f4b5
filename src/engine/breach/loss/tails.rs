//! Tail figures of simulated annual losses: VaR95, VaR99 and TVaR95 without sorting, and
//! without selecting among all the years either. Each listed year comes with its bin on the
//! fine loss grid (which the simulation computes anyway for the exceedance curve): counting the
//! bins finds the bin that holds each order statistic, one pass gathers that bin's values and
//! adds up everything above it, and only the gathered values (a few percent of the years) go
//! through a selection. Same order statistics as sorting; on 10⁶ years of LY the tail figures
//! went from about 12 % of the analysis to about 6 % (perf), 27.2 → 24.6 ms in all.

/// The tail figures of one run of years.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tail {
    pub var95: f64,
    pub tvar95: f64,
    pub var99: f64,
}

/// Space [`tails`] reuses from call to call.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    counts: Vec<u32>,
    at95: Vec<f64>,
    at99: Vec<f64>,
}

/// The slot of a year's loss `s`: its grid bin plus one, or 0 for a year that lost nothing.
pub fn slot(s: f64, bin: impl FnOnce(f64) -> usize) -> u16 {
    if s > 0.0 { (bin(s) + 1) as u16 } else { 0 }
}

/// `VaR_q` (the smallest `x` with `P(S ≤ x) ≥ q`) for q = 0.95 and 0.99, and
/// `TVaR95 = E[S | S > VaR95]`, over `years` years of which `annual` lists those with events
/// (the rest lost nothing) and `slots` their [`slot`]s (ascending with the loss; below `width`).
pub fn tails(annual: &[f64], slots: &[u16], width: usize, years: u64, w: &mut Scratch) -> Tail {
    w.counts.clear();
    w.counts.resize(width, 0);
    for &k in slots {
        w.counts[usize::from(k)] += 1;
    }
    tails_counted(annual, slots, years, w)
}

/// [`tails`] with the slot counts already known: `bins[b]` years in bin `b` (slot `b + 1`),
/// as the simulation counts them for the whole run.
pub fn tails_of_bins(
    annual: &[f64],
    slots: &[u16],
    bins: &[u64],
    years: u64,
    w: &mut Scratch,
) -> Tail {
    let positive: u64 = bins.iter().sum();
    w.counts.clear();
    w.counts.push(slots.len() as u32 - positive as u32);
    w.counts.extend(bins.iter().map(|&c| c as u32));
    tails_counted(annual, slots, years, w)
}

/// [`tails`] once `w.counts` holds the slot counts.
fn tails_counted(annual: &[f64], slots: &[u16], years: u64, w: &mut Scratch) -> Tail {
    // Positive losses; the other years (unlisted or slot 0) lost nothing.
    let n = slots.len() - w.counts.first().map_or(0, |&c| c as usize);
    let zeros = years.saturating_sub(n as u64);
    // The slot holding the `rank`-th smallest year (1-based, zeros first), and the rank of
    // that year among the slot's values (0-based); slot 0 when the year lost nothing.
    let find = |q: f64| -> (usize, usize) {
        let rank = ((q * years as f64).ceil() as u64).clamp(1, years.max(1));
        if rank <= zeros || n == 0 {
            return (0, 0);
        }
        let mut left = ((rank - zeros - 1) as usize).min(n - 1);
        for (k, &c) in w.counts.iter().enumerate().skip(1) {
            if left < c as usize {
                return (k, left);
            }
            left -= c as usize;
        }
        unreachable!("the counts add up to n")
    };
    let ((k95, j95), (k99, j99)) = (find(0.95), find(0.99));
    w.at95.clear();
    w.at99.clear();
    // One pass: the values of the two slots, and the sum of everything above VaR95's slot.
    let (mut sum, mut count) = (0.0, 0u64);
    for (&v, &k) in annual.iter().zip(slots) {
        let k = usize::from(k);
        if k == k95 && k95 > 0 {
            w.at95.push(v);
        } else if k == k99 && k99 > 0 {
            w.at99.push(v);
        }
        if k > k95 {
            sum += v;
            count += 1;
        }
    }
    let by = |a: &f64, b: &f64| a.total_cmp(b);
    let var95 = match k95 {
        0 => 0.0,
        _ => *w.at95.select_nth_unstable_by(j95, by).1,
    };
    let var99 = match k99 {
        0 => 0.0,
        k if k == k95 => *w.at95.select_nth_unstable_by(j99, by).1,
        _ => *w.at99.select_nth_unstable_by(j99, by).1,
    };
    // Then the values in VaR95's own slot that lie above it.
    for &v in w.at95.iter().filter(|&&v| v > var95) {
        sum += v;
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
        let grid = crate::engine::breach::loss::grid::Grid::shared();
        let width = grid.edges.len() + 2;
        let slots =
            |a: &[f64]| -> Vec<u16> { a.iter().map(|&v| slot(v, |v| grid.bin(v))).collect() };
        let mut rng = Stream::new(3, 0);
        let mut w = Scratch::default();
        let cases = [
            (1000, 10),
            (1000, 30),
            (1000, 700),
            (200, 200),
            (7, 1),
            (100, 100),
        ];
        for (scale, (years, with_events)) in [1e-6, 1.0, 1e3, 1e20]
            .into_iter()
            .flat_map(|s| cases.map(|c| (s, c)))
        {
            // Ties (rounded values), zero losses among the listed years, and scales below and
            // above the grid (its two open end bins hold everything there).
            let annual: Vec<f64> = (0..with_events)
                .map(|_| (rng.uniform() * 20.0).floor() * scale)
                .collect();
            let got = tails(&annual, &slots(&annual), width, years, &mut w);
            let want = sorted(&annual, years);
            assert_eq!(
                (got.var95, got.var99),
                (want.var95, want.var99),
                "scale {scale}, {years} years"
            );
            assert!((got.tvar95 - want.tvar95).abs() <= 1e-12 * want.tvar95.abs());
        }
        // Continuous values: each order statistic sits in a bin with others around it.
        let annual: Vec<f64> = (0..50_000)
            .map(|_| libm::exp(rng.uniform() * 30.0))
            .collect();
        let got = tails(&annual, &slots(&annual), width, 60_000, &mut w);
        let mut bins = vec![0u64; width - 1];
        for &v in &annual {
            bins[grid.bin(v)] += 1;
        }
        assert_eq!(
            tails_of_bins(&annual, &slots(&annual), &bins, 60_000, &mut w),
            got
        );
        let want = sorted(&annual, 60_000);
        assert_eq!((got.var95, got.var99), (want.var95, want.var99));
        assert!((got.tvar95 - want.tvar95).abs() <= 1e-12 * want.tvar95.abs());
        // Listed years that lost exactly nothing (slot 0), with the simulation's bin counts.
        let mut annual: Vec<f64> = (0..40_000)
            .map(|_| libm::exp(rng.uniform() * 30.0))
            .collect();
        annual.extend(std::iter::repeat_n(0.0, 15_000));
        let mut bins = vec![0u64; width - 1];
        for &v in annual.iter().filter(|&&v| v > 0.0) {
            bins[grid.bin(v)] += 1;
        }
        let want = sorted(&annual, 58_000);
        for got in [
            tails(&annual, &slots(&annual), width, 58_000, &mut w),
            tails_of_bins(&annual, &slots(&annual), &bins, 58_000, &mut w),
        ] {
            assert_eq!((got.var95, got.var99), (want.var95, want.var99));
            assert!((got.tvar95 - want.tvar95).abs() <= 1e-12 * want.tvar95.abs());
        }
        assert_eq!(tails(&[], &[], width, 100, &mut w), Tail::default());
    }
}
