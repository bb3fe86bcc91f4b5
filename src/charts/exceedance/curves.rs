//! The curves as drawn: points a log axis can show, sorted and thinned, read at any loss by
//! interpolation, and the loss axis that covers them.

use super::{ExceedanceInput, Marker};

/// The most points drawn per curve; longer curves are thinned evenly (the table is unaffected).
const MAX_POINTS: usize = 2000;
/// The widest loss axis, in decades; the top is kept.
const MAX_DECADES: i32 = 12;

/// Usable points: positive finite loss, probability clamped to 0–1, sorted by loss.
pub(super) fn clean(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let kept: Vec<(f64, f64)> = points
        .iter()
        .filter(|(x, y)| x.is_finite() && *x > 0.0 && y.is_finite())
        .map(|&(x, y)| (x, y.clamp(0.0, 1.0)))
        .collect();
    let xs: Vec<f64> = kept.iter().map(|p| p.0).collect();
    let mut out: Vec<(f64, f64)> = super::super::order_by(&xs)
        .into_iter()
        .filter_map(|i| kept.get(i).copied())
        .collect();
    if out.len() > MAX_POINTS {
        let step = out.len().div_ceil(MAX_POINTS);
        let last = out.last().copied();
        out = out.into_iter().step_by(step).collect();
        if let (Some(l), Some(k)) = (last, out.last().copied())
            && l != k
        {
            out.push(l);
        }
    }
    out
}

/// The probability a curve gives at loss `x`: linear in log x between points, flat beyond
/// the ends; `None` for an empty curve.
pub(super) fn at(points: &[(f64, f64)], x: f64) -> Option<f64> {
    let first = points.first()?;
    let last = points.last()?;
    if x <= first.0 {
        return Some(first.1);
    }
    if x >= last.0 {
        return Some(last.1);
    }
    let i = points.partition_point(|p| p.0 <= x);
    let (a, b) = (points.get(i.checked_sub(1)?)?, points.get(i)?);
    let span = b.0.ln() - a.0.ln();
    if span <= 0.0 {
        return Some(b.1);
    }
    let t = (x.ln() - a.0.ln()) / span;
    Some(a.1 + t * (b.1 - a.1))
}

/// The curves in drawing order with cleaned points.
pub(super) struct Clean {
    pub aggregate: Vec<(f64, f64)>,
    pub largest: Vec<(f64, f64)>,
    pub low: Vec<(f64, f64)>,
    pub high: Vec<(f64, f64)>,
}

impl Clean {
    pub fn new(input: &ExceedanceInput) -> Clean {
        let band = input.band.as_ref();
        Clean {
            aggregate: clean(&input.aggregate.points),
            largest: clean(&input.largest.points),
            low: band.map(|b| clean(&b.low.points)).unwrap_or_default(),
            high: band.map(|b| clean(&b.high.points)).unwrap_or_default(),
        }
    }

    pub fn all(&self) -> impl Iterator<Item = &(f64, f64)> {
        self.aggregate
            .iter()
            .chain(&self.largest)
            .chain(&self.low)
            .chain(&self.high)
    }

    /// The loss axis, or `None` when there is nothing to draw.
    pub fn axis(&self, markers: &[Marker]) -> Option<super::super::axis::Ticks> {
        let xs = self.all().map(|p| p.0);
        let marks = markers.iter().map(|m| m.value);
        let good: Vec<f64> = xs
            .chain(marks)
            .filter(|x| x.is_finite() && *x > 0.0)
            .collect();
        self.all().next()?;
        let lo = good.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = good.iter().copied().fold(0.0, f64::max);
        Some(super::super::axis::log(lo, hi, MAX_DECADES))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_drops_what_a_log_axis_cannot_show() {
        let pts = [
            (0.0, 1.0),
            (10.0, 0.5),
            (-1.0, 0.9),
            (f64::NAN, 0.1),
            (5.0, 2.0),
        ];
        assert_eq!(clean(&pts), vec![(5.0, 1.0), (10.0, 0.5)]);
    }

    #[test]
    fn clean_thins_long_curves_but_keeps_the_ends() {
        let pts: Vec<(f64, f64)> = (1..=10_000).map(|i| (i as f64, 1.0 / i as f64)).collect();
        let c = clean(&pts);
        assert!(c.len() <= MAX_POINTS + 1);
        assert_eq!(c.first(), Some(&(1.0, 1.0)));
        assert_eq!(c.last(), Some(&(10_000.0, 1e-4)));
    }

    #[test]
    fn reading_a_curve_interpolates_in_log_x() {
        let pts = [(10.0, 0.8), (1000.0, 0.2)];
        assert!((at(&pts, 100.0).unwrap() - 0.5).abs() < 1e-12);
        assert_eq!(at(&pts, 1.0), Some(0.8));
        assert_eq!(at(&pts, 1e6), Some(0.2));
        assert_eq!(at(&[], 5.0), None);
    }
}
