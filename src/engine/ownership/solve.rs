//! Solving `x = b + A x` inside one strongly connected component of the ownership graph: exact
//! Gaussian elimination with partial pivoting for components up to [`DENSE_MAX`] members, and
//! Gauss–Seidel sweeps (which converge because every loop has some share held from outside)
//! beyond that. No inverse is ever formed.

/// Largest component solved by elimination (256³/3 ≈ 5.6 million operations).
pub const DENSE_MAX: usize = 256;

/// Stop Gauss–Seidel when no value moves by more than this.
const TOLERANCE: f64 = 1e-15;

/// Most coefficient visits Gauss–Seidel may spend on one component before giving up.
const WORK_LIMIT: usize = 200_000_000;

/// The internal coefficients of a component: `coef[k]` lists `(j, a)` with `a = A[k][j]`, both
/// local indices.
pub type Rows = Vec<Vec<(usize, f64)>>;

/// Solves `x = b + A x` for one component; returns whether the answer is exact (or converged).
pub fn solve(rows: &Rows, b: &[f64], x: &mut [f64]) -> bool {
    let m = b.len();
    if m <= DENSE_MAX {
        dense(rows, b, x)
    } else {
        gauss_seidel(rows, b, x)
    }
}

fn dense(rows: &Rows, b: &[f64], x: &mut [f64]) -> bool {
    let m = b.len();
    // Row-major (I - A) with b as an extra column.
    let w = m + 1;
    let mut a = vec![0.0; m * w];
    for k in 0..m {
        a[k * w + k] = 1.0;
        for &(j, v) in &rows[k] {
            a[k * w + j] -= v;
        }
        a[k * w + m] = b[k];
    }
    for col in 0..m {
        let pivot = (col..m)
            .max_by(|&p, &q| a[p * w + col].abs().total_cmp(&a[q * w + col].abs()))
            .unwrap_or(col);
        if a[pivot * w + col].abs() < 1e-300 {
            // Singular: a closed loop that validation would have rejected.
            x.iter_mut().for_each(|v| *v = 0.0);
            return false;
        }
        if pivot != col {
            for c in 0..w {
                a.swap(pivot * w + c, col * w + c);
            }
        }
        let d = a[col * w + col];
        for r in col + 1..m {
            let f = a[r * w + col] / d;
            if f != 0.0 {
                for c in col..w {
                    a[r * w + c] -= f * a[col * w + c];
                }
            }
        }
    }
    for r in (0..m).rev() {
        let mut s = a[r * w + m];
        for c in r + 1..m {
            s -= a[r * w + c] * x[c];
        }
        x[r] = (s / a[r * w + r]).max(0.0);
    }
    true
}

fn gauss_seidel(rows: &Rows, b: &[f64], x: &mut [f64]) -> bool {
    x.copy_from_slice(b);
    let visits: usize = rows.iter().map(Vec::len).sum::<usize>().max(1) + b.len();
    let sweeps = (WORK_LIMIT / visits).max(1);
    for _ in 0..sweeps {
        let mut moved: f64 = 0.0;
        for k in 0..b.len() {
            let v = b[k] + rows[k].iter().map(|&(j, a)| a * x[j]).sum::<f64>();
            moved = moved.max((v - x[k]).abs());
            x[k] = v;
        }
        if moved <= TOLERANCE * x.iter().fold(1.0_f64, |m, v| m.max(*v)) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two firms holding 50 % of each other: x = (I - A)^-1 e_0 = (4/3, 2/3).
    fn t1() -> (Rows, Vec<f64>) {
        (vec![vec![(1, 0.5)], vec![(0, 0.5)]], vec![1.0, 0.0])
    }

    #[test]
    fn elimination_and_sweeps_agree_on_a_cross_holding() {
        let (rows, b) = t1();
        let mut x = vec![0.0; 2];
        assert!(dense(&rows, &b, &mut x));
        assert!((x[0] - 4.0 / 3.0).abs() < 1e-14 && (x[1] - 2.0 / 3.0).abs() < 1e-14);
        let mut y = vec![0.0; 2];
        assert!(gauss_seidel(&rows, &b, &mut y));
        assert!((y[0] - x[0]).abs() < 1e-13 && (y[1] - x[1]).abs() < 1e-13);
    }

    #[test]
    fn a_closed_loop_is_reported_not_divided_by_zero() {
        let rows = vec![vec![(1, 1.0)], vec![(0, 1.0)]];
        let mut x = vec![0.0; 2];
        assert!(!dense(&rows, &[1.0, 0.0], &mut x));
        assert_eq!(x, vec![0.0, 0.0]);
    }
}
