//! Edge routes: a curve from one box to another that passes the rows in between through the
//! gaps between boxes, so an edge never seems to run through an entity it does not touch.

use super::super::svg::num;
use super::layout::{BOX_H, BOX_W, GAP_X};

/// Keeps clear of box edges by this much.
const CLEAR: f64 = 6.0;

/// The path from box `a` to box `b` (top-left corners, already offset by `top`), anchored
/// `off` px right of the box centres, avoiding the boxes in `rows` (whose y are offset by
/// `top`). Returns the path data and the midpoint of the last stretch (for a label).
pub(super) fn route(
    a: (f64, f64),
    b: (f64, f64),
    off: f64,
    rows: &[(f64, Vec<f64>)],
    top: f64,
) -> (String, (f64, f64)) {
    let (ax, bx) = (a.0 + BOX_W / 2.0 + off, b.0 + BOX_W / 2.0 + off);
    if (b.1 - a.1).abs() < 1.0 {
        // Same row: an arc below both boxes.
        let y = a.1 + BOX_H;
        let pts = [(ax, y), (ax, y + 40.0), (bx, y + 40.0), (bx, y + 2.0)];
        let d = format!(
            "M{} {} C{} {} {} {} {} {}",
            num(pts[0].0),
            num(pts[0].1),
            num(pts[1].0),
            num(pts[1].1),
            num(pts[2].0),
            num(pts[2].1),
            num(pts[3].0),
            num(pts[3].1)
        );
        return (d, mid_of(pts));
    }
    let down = b.1 > a.1;
    let (start, end) = if down {
        ((ax, a.1 + BOX_H), (bx, b.1 - 1.0))
    } else {
        ((ax, a.1), (bx, b.1 + BOX_H + 1.0))
    };
    let (lo, hi) = (a.1.min(b.1), a.1.max(b.1));
    let mut between: Vec<&(f64, Vec<f64>)> = rows
        .iter()
        .filter(|(y, _)| y + top > lo + 1.0 && y + top < hi - 1.0)
        .collect();
    if !down {
        between.reverse();
    }
    let mut way = vec![start];
    for (y, xs) in between {
        let (ry, rb) = (y + top - CLEAR, y + top + BOX_H + CLEAR);
        let t = ((ry + rb) / 2.0 - start.1) / (end.1 - start.1);
        let x = clear_of(start.0 + t * (end.0 - start.0), xs);
        if down {
            way.extend([(x, ry), (x, rb)]);
        } else {
            way.extend([(x, rb), (x, ry)]);
        }
    }
    way.push(end);
    let mut d = format!("M{} {}", num(start.0), num(start.1));
    let mut mid = start;
    for pair in way.windows(2) {
        let &[p, q] = pair else { continue };
        let dy = (q.1 - p.1) / 2.0;
        let seg = [p, (p.0, p.1 + dy), (q.0, q.1 - dy), q];
        d.push_str(&format!(
            " C{} {} {} {} {} {}",
            num(seg[1].0),
            num(seg[1].1),
            num(seg[2].0),
            num(seg[2].1),
            num(q.0),
            num(q.1)
        ));
        mid = mid_of(seg);
    }
    (d, mid)
}

/// Moves `x` out of any box in the row, into the nearer gap.
fn clear_of(x: f64, xs: &[f64]) -> f64 {
    for &bx in xs {
        if x > bx - CLEAR && x < bx + BOX_W + CLEAR {
            let left = bx - GAP_X / 2.0;
            let right = bx + BOX_W + GAP_X / 2.0;
            return if x - left <= right - x {
                left.max(4.0)
            } else {
                right
            };
        }
    }
    x
}

/// The point of a cubic Bézier at t = ½.
fn mid_of([p0, p1, p2, p3]: [(f64, f64); 4]) -> (f64, f64) {
    (
        (p0.0 + 3.0 * p1.0 + 3.0 * p2.0 + p3.0) / 8.0,
        (p0.1 + 3.0 * p1.1 + 3.0 * p2.1 + p3.1) / 8.0,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_edge_passes_between_boxes() {
        // A box at x 100 in a middle row lies on the straight line from (100, 0) to (100, 300).
        let rows = vec![
            (0.0, vec![100.0]),
            (112.0, vec![100.0, 284.0]),
            (224.0, vec![100.0]),
        ];
        let (d, _) = route((100.0, 0.0), (100.0, 224.0), 0.0, &rows, 0.0);
        let gap = 100.0 - GAP_X / 2.0;
        assert!(d.contains(&num(gap)), "{d}");
        assert_eq!(clear_of(150.0, &[100.0, 284.0]), gap);
        assert_eq!(clear_of(270.0, &[100.0, 284.0]), 270.0);
        assert_eq!(
            clear_of(250.0, &[100.0, 284.0]),
            100.0 + BOX_W + GAP_X / 2.0
        );
    }

    #[test]
    fn adjacent_rows_need_no_detour() {
        let rows = vec![(0.0, vec![0.0]), (112.0, vec![0.0])];
        let (d, mid) = route((0.0, 0.0), (0.0, 112.0), 0.0, &rows, 0.0);
        assert_eq!(d.matches('C').count(), 1);
        assert!(mid.1 > BOX_H && mid.1 < 112.0);
    }
}
