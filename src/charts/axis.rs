//! Axis ticks: "nice" linear steps (1, 2, 5 × 10^k) and whole decades for log axes. Both take
//! any input (NaN, equal ends, zeros) and return a usable, bounded set of ticks.

/// An axis: its drawn range and the tick values inside it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Ticks {
    /// Lower end of the drawn range.
    pub lo: f64,
    /// Upper end of the drawn range.
    pub hi: f64,
    /// Tick values, ascending, within the range.
    pub values: Vec<f64>,
}

/// Linear ticks covering `[lo, hi]` with about `target` steps; the range grows to whole steps,
/// taking a few more steps when the first choice would leave much of the axis empty.
pub(crate) fn linear(lo: f64, hi: f64, target: usize) -> Ticks {
    let target = target.max(1);
    let span = |t: &Ticks| t.hi - t.lo;
    let first = linear_once(lo, hi, target);
    let data = (finite_or(hi, 1.0) - finite_or(lo, 0.0)).abs();
    if data.is_nan() || data <= 0.0 {
        return first;
    }
    (target..=target * 2)
        .map(|t| linear_once(lo, hi, t))
        .find(|t| span(t) <= data * 1.3)
        .unwrap_or(first)
}

fn linear_once(lo: f64, hi: f64, target: usize) -> Ticks {
    let (mut lo, mut hi) = (finite_or(lo, 0.0), finite_or(hi, 1.0));
    if lo > hi {
        std::mem::swap(&mut lo, &mut hi);
    }
    if hi - lo < f64::EPSILON * hi.abs().max(1.0) {
        if hi == 0.0 {
            hi = 1.0;
        } else if hi > 0.0 {
            lo = lo.min(0.0);
            hi *= 1.0 + 1e-9;
            if lo == hi {
                hi = lo + 1.0;
            }
        } else {
            hi = 0.0;
        }
    }
    let step = nice_step((hi - lo) / target.max(1) as f64);
    let first = (lo / step).floor();
    let last = (hi / step).ceil();
    let count = ((last - first) as usize).min(100);
    let values: Vec<f64> = (0..=count)
        .map(|i| clean((first + i as f64) * step))
        .collect();
    Ticks {
        lo: clean(first * step),
        hi: clean((first + count as f64) * step),
        values,
    }
}

/// Decade ticks (…, 10³, 10⁴, …) covering the positive range `[lo, hi]`, at most `max_decades`
/// wide (the top is kept: large losses matter most).
pub(crate) fn log(lo: f64, hi: f64, max_decades: i32) -> Ticks {
    let good = |x: f64| x.is_finite() && x > 0.0;
    let (lo, hi) = match (good(lo), good(hi)) {
        (true, true) => (lo.min(hi), lo.max(hi)),
        (true, false) => (lo, lo * 10.0),
        (false, true) => (hi / 10.0, hi),
        (false, false) => (1.0, 10.0),
    };
    let top = (hi.log10().ceil() as i32).clamp(-300, 300);
    let mut bottom = (lo.log10().floor() as i32).clamp(-300, 300);
    if bottom >= top {
        bottom = top - 1;
    }
    bottom = bottom.max(top - max_decades.max(1));
    let values = (bottom..=top).map(|k| 10f64.powi(k)).collect();
    Ticks {
        lo: 10f64.powi(bottom),
        hi: 10f64.powi(top),
        values,
    }
}

fn finite_or(x: f64, fallback: f64) -> f64 {
    if x.is_finite() { x } else { fallback }
}

fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let nice = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 2.5 {
        2.5
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

/// Removes float noise such as 0.30000000000000004 so labels and attributes stay short.
fn clean(x: f64) -> f64 {
    if x == 0.0 {
        return 0.0;
    }
    let mag = 10f64.powi(12 - x.abs().log10().ceil() as i32);
    if mag.is_finite() && mag > 0.0 {
        (x * mag).round() / mag
    } else {
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_ticks_are_nice() {
        let t = linear(0.0, 1.0, 4);
        assert_eq!(t.values, vec![0.0, 0.25, 0.5, 0.75, 1.0]);
        let t = linear(0.0, 519_506.0, 5);
        assert_eq!(t.lo, 0.0);
        assert_eq!(t.hi, 600_000.0);
        assert_eq!(t.values, vec![0.0, 200_000.0, 400_000.0, 600_000.0]);
        let t = linear(0.0, 0.3, 3);
        assert_eq!(t.values, vec![0.0, 0.1, 0.2, 0.3]);
        // 2 steps would reach 10M for 7.08M; a third step fits better.
        let t = linear(0.0, 7_080_000.0, 2);
        assert_eq!(t.hi, 7_500_000.0);
    }

    #[test]
    fn linear_handles_degenerate_ranges() {
        for (lo, hi) in [
            (0.0, 0.0),
            (5.0, 5.0),
            (-3.0, -3.0),
            (f64::NAN, f64::INFINITY),
        ] {
            let t = linear(lo, hi, 5);
            assert!(t.hi > t.lo, "{lo} {hi} {t:?}");
            assert!(t.values.len() >= 2 && t.values.len() <= 101);
        }
        let t = linear(-120.0, 80.0, 4);
        assert!(t.lo <= -120.0 && t.hi >= 80.0);
        assert!(t.values.contains(&0.0));
    }

    #[test]
    fn log_ticks_are_decades() {
        let t = log(2_000.0, 3.5e7, 12);
        assert_eq!(t.lo, 1e3);
        assert_eq!(t.hi, 1e8);
        assert_eq!(t.values, vec![1e3, 1e4, 1e5, 1e6, 1e7, 1e8]);
        let t = log(1e-300, 1e12, 6);
        assert_eq!(t.lo, 1e6);
        assert_eq!(t.values.len(), 7);
    }

    #[test]
    fn log_survives_zeros_and_nan() {
        for (lo, hi) in [(0.0, 0.0), (0.0, 100.0), (f64::NAN, -1.0), (5.0, 5.0)] {
            let t = log(lo, hi, 12);
            assert!(t.lo > 0.0 && t.hi > t.lo, "{lo} {hi} {t:?}");
        }
    }
}
