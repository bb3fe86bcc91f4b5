//! Exact Banzhaf and Shapley–Shubik indices of a weighted voting game by dynamic programming over
//! integer weights (never by listing coalitions). Players with equal weights form one class, so
//! a float of a hundred atoms costs one class.
//!
//! Banzhaf: the weight distribution `p[w]` of a random coalition (each player in with
//! probability ½), with one player of weight a removed by deconvolution `q[w] = 2p[w] - q[w-a]`;
//! the absolute index is the chance that the others weigh in `[need - a, need)`.
//!
//! Shapley–Shubik: counts `c[k][w]` of coalitions by size and weight, row k scaled by
//! `C(N-1, k)` so nothing overflows; removing a player runs the deconvolution upward in k only up
//! to N/2 (where its factor `k/(N-k)` is at most 1, so errors do not grow) and the sizes above
//! N/2 are read from their complements (a coalition of size k and weight w leaves one of size
//! N-1-k and weight T-a-w). Then `SS = (1/N) Σ_k Σ_window ĉ[k][w]`.

/// A weighted game: players' integer weights and the weight a coalition needs to win.
#[derive(Clone, Debug, PartialEq)]
pub struct Game {
    pub weights: Vec<u64>,
    pub need: u64,
}

/// Indices of each player, in the game's order.
#[derive(Clone, Debug, PartialEq)]
pub struct Indices {
    pub banzhaf_absolute: Vec<f64>,
    pub banzhaf: Vec<f64>,
    pub shapley_shubik: Vec<f64>,
    /// Two disjoint coalitions can both win.
    pub improper: bool,
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

impl Game {
    /// Computes both indices exactly.
    pub fn indices(&self) -> Indices {
        let n = self.weights.len();
        let g = self.weights.iter().fold(0, |g, &w| gcd(g, w)).max(1);
        let w: Vec<usize> = self.weights.iter().map(|&x| (x / g) as usize).collect();
        let need = self.need.div_ceil(g) as usize;
        let total: usize = w.iter().sum();
        let classes = classes(&w);
        let mut out = Indices {
            banzhaf_absolute: vec![0.0; n],
            banzhaf: vec![0.0; n],
            shapley_shubik: vec![0.0; n],
            improper: improper(&w, need, total),
        };
        if n == 0 || need == 0 || need > total {
            return out;
        }
        let bz = banzhaf(&classes, need);
        let ss = shapley(&classes, need, total, n);
        let norm: f64 = classes
            .iter()
            .zip(&bz)
            .map(|((_, m), b)| *m as f64 * b)
            .sum();
        for (i, &x) in w.iter().enumerate() {
            let c = classes.partition_point(|(a, _)| *a < x);
            out.banzhaf_absolute[i] = bz[c];
            out.banzhaf[i] = if norm > 0.0 { bz[c] / norm } else { 0.0 };
            out.shapley_shubik[i] = ss[c];
        }
        out
    }
}

/// Players of equal weight as (weight, how many), lightest first.
fn classes(w: &[usize]) -> Vec<(usize, usize)> {
    let mut sorted = w.to_vec();
    sorted.sort_unstable();
    let mut classes: Vec<(usize, usize)> = Vec::new();
    for &x in &sorted {
        match classes.last_mut() {
            Some((a, m)) if *a == x => *m += 1,
            _ => classes.push((x, 1)),
        }
    }
    classes
}

/// Whether some coalition and its complement both win (subset sums as a bitset).
fn improper(w: &[usize], need: usize, total: usize) -> bool {
    if need == 0 {
        return !w.is_empty();
    }
    if 2 * need > total {
        return false;
    }
    let words = total / 64 + 1;
    let mut bits = vec![0u64; words];
    bits[0] = 1;
    for &a in w {
        let (sw, sb) = (a / 64, a % 64);
        for i in (0..words).rev() {
            let mut v = if i >= sw { bits[i - sw] << sb } else { 0 };
            if sb > 0 && i > sw {
                v |= bits[i - sw - 1] >> (64 - sb);
            }
            bits[i] |= v;
        }
    }
    (need..=total - need).any(|s| bits[s / 64] >> (s % 64) & 1 == 1)
}

/// Absolute Banzhaf index of one player of each class.
fn banzhaf(classes: &[(usize, usize)], need: usize) -> Vec<f64> {
    // Weights at or above `need` are never read.
    let mut p = vec![0.0_f64; need];
    p[0] = 1.0;
    for &(a, m) in classes {
        if a == 0 {
            // A player of weight 0 leaves the distribution as it is.
            continue;
        }
        for _ in 0..m {
            // Downward in blocks of a, each reading the block below it before it changes.
            let mut top = need;
            while top > a {
                let bottom = top.saturating_sub(a).max(a);
                let (below, block) = p.split_at_mut(bottom);
                let src = &below[bottom - a..top - a];
                for (d, s) in block[..top - bottom].iter_mut().zip(src) {
                    *d = 0.5 * (*d + s);
                }
                top = bottom;
            }
            for d in &mut p[..top] {
                *d *= 0.5;
            }
        }
    }
    classes
        .iter()
        .map(|&(a, _)| {
            if a == 0 {
                return 0.0;
            }
            let mut q = vec![0.0_f64; need];
            for x in 0..need {
                let back = if x >= a { q[x - a] } else { 0.0 };
                q[x] = (2.0 * p[x] - back).max(0.0);
            }
            q[need.saturating_sub(a)..].iter().sum::<f64>().min(1.0)
        })
        .collect()
}

/// Shapley–Shubik index of one player of each class. On x86-64 processors with AVX2 the same
/// code is compiled a second time for it and picked at run time: twice the numbers per
/// instruction, the same operations in the same order (no fused multiply-add), so the same
/// results. WebAssembly builds get the same from `+simd128`.
fn shapley(classes: &[(usize, usize)], need: usize, total: usize, n: usize) -> Vec<f64> {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2, as just checked.
        return unsafe { shapley_avx2(classes, need, total, n) };
    }
    shapley_body(classes, need, total, n)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn shapley_avx2(classes: &[(usize, usize)], need: usize, total: usize, n: usize) -> Vec<f64> {
    shapley_body(classes, need, total, n)
}

// `inline(always)` from here down on x86-64: code compiles with the features of the function it
// is inlined into, so the AVX2 copy of the loops exists only if they are inlined. Elsewhere the
// compiler decides (in WebAssembly, copies of the loops would only add to the download).
#[cfg_attr(target_arch = "x86_64", inline(always))]
fn shapley_body(classes: &[(usize, usize)], need: usize, total: usize, n: usize) -> Vec<f64> {
    let half = (n - 1) / 2;
    // Widest weight read: the window below `need` and its complements below `total - need`.
    let width = need.max(total + 1 - need.min(total)).min(total + 1);
    let factor = |k: usize| k as f64 / (n - k) as f64;
    let h = half + 1;
    let fs: Vec<f64> = (0..h)
        .map(|k| if k > 0 { factor(k) } else { 0.0 })
        .collect();
    let c = counts(classes, width, &fs);
    let cum = cumulative(&c, h, width);
    drop(c);
    let mut chain = Chain::new(h);
    classes
        .iter()
        .map(|&(a, _)| {
            if a == 0 {
                return 0.0;
            }
            let others = total - a;
            let lo = need.saturating_sub(a);
            let mut sum = 0.0;
            // Coalitions of the others of size k ≤ half weighing in [lo, need).
            chain.window(&cum, &fs, a, lo, need, |_, v| sum += v);
            // Sizes above half, read from their complements: weight others - x for x in
            // [lo, need) is [clo, chi].
            let (clo, chi) = (others.saturating_sub(need - 1), others - lo);
            if clo <= chi && chi < width {
                chain.window(&cum, &fs, a, clo, chi + 1, |k, v| {
                    if n - 1 - k > half {
                        sum += v;
                    }
                });
            }
            (sum / n as f64).clamp(0.0, 1.0)
        })
        .collect()
}

/// Rows k = 0..=half of the scaled counts `c[k][w]` (one flat array of rows of `width`), for
/// the players lighter than `width` (heavier ones only ever make coalitions heavier than any
/// weight read).
///
/// Players enter two at a time: adding a then b is
/// `c[k] += f(k)·(S_a + S_b) c[k-1] + f(k) f(k-1)·S_{a+b} c[k-2]` with `S_a` the shift by a.
/// That reads only rows below k, so one pass downward in k adds both in place, and one loop per
/// row does it: half the passes over a table of several megabytes, and one store per weight
/// for two players. Each row's nonzero weights `[low, high]` bound the loops.
#[cfg_attr(target_arch = "x86_64", inline(always))]
fn counts(classes: &[(usize, usize)], width: usize, fs: &[f64]) -> Vec<f64> {
    let h = fs.len();
    let mut c = vec![0.0_f64; h * width];
    c[0] = 1.0;
    let mut span: Vec<Option<(usize, usize)>> = vec![None; h];
    span[0] = Some((0, 0));
    // Lightest first: low rows stay short while they are copied the most, and every player met
    // so far is at most the next pair's lighter one (which the segments below rely on).
    let light: Vec<usize> = classes
        .iter()
        .flat_map(|&(a, m)| std::iter::repeat_n(a, m))
        .take_while(|&a| a < width)
        .collect();
    let mut players = 0;
    for pair in light.chunks(2) {
        players += pair.len();
        for k in (1..=players.min(h - 1)).rev() {
            add_pair(
                &mut c,
                &mut span,
                width,
                fs,
                k,
                pair[0],
                pair.get(1).copied(),
            );
        }
    }
    c
}

/// Adds players a and b (or a alone) to row k, reading rows k-1 and k-2 as they were before
/// them, over the rows' nonzero weights `span`.
#[cfg_attr(target_arch = "x86_64", inline(always))]
fn add_pair(
    c: &mut [f64],
    span: &mut [Option<(usize, usize)>],
    width: usize,
    fs: &[f64],
    k: usize,
    a: usize,
    b: Option<usize>,
) {
    let two = if k >= 2 { span[k - 2] } else { None };
    let Some((l1, h1)) = span[k - 1] else {
        // Row k-1 is still empty at the frontier, but row k-2 may not be: the pair
        // together makes the first coalitions of size k.
        if let (Some(b), Some((l2, h2))) = (b, two) {
            let (start, end) = (l2 + a + b, (h2 + a + b + 1).min(width));
            if start < end {
                let (below, rest) = c.split_at_mut(k * width);
                let q = &below[(k - 2) * width + l2..];
                let g = fs[k] * fs[k - 1];
                for (r, z) in rest[start..end].iter_mut().zip(q) {
                    *r += g * z;
                }
                span[k] = Some((start, end - 1));
            }
        }
        return;
    };
    let high = match b {
        None => h1 + a,
        Some(b) => (h1 + b).max(two.map_or(0, |(_, h2)| h2 + a + b)),
    };
    let (start, end) = (l1 + a, (high + 1).min(width));
    if start >= end {
        return;
    }
    let (below, rest) = c.split_at_mut(k * width);
    let row = &mut rest[start..end];
    let p = &below[(k - 1) * width..k * width];
    let f = fs[k];
    match b {
        None => {
            for (r, x) in row.iter_mut().zip(&p[start - a..]) {
                *r += f * x;
            }
        }
        Some(b) => {
            // Weights below l1 + b get only a's term, those below l2 + a + b also b's;
            // the lightest k-1 met weigh at most l2 + a, so the segments are in order.
            let s2 = (l1 + b).clamp(start, end);
            let s3 = two.map_or(end, |(l2, _)| (l2 + a + b).clamp(s2, end));
            debug_assert!(two.is_none_or(|(l2, _)| l2 + a >= l1));
            let (one, rest) = row.split_at_mut(s2 - start);
            let (both, all) = rest.split_at_mut(s3 - s2);
            for (r, x) in one.iter_mut().zip(&p[start - a..]) {
                *r += f * x;
            }
            for ((r, x), y) in both.iter_mut().zip(&p[s2 - a..]).zip(&p[s2 - b..]) {
                *r += f * (x + y);
            }
            if s3 < end {
                let q = &below[(k - 2) * width + s3 - a - b..];
                let g = f * fs[k - 1];
                let terms = all.iter_mut().zip(&p[s3 - a..]).zip(&p[s3 - b..]);
                for (((r, x), y), z) in terms.zip(q) {
                    *r += f * (x + y) + g * z;
                }
            }
        }
    }
    span[k] = Some(span[k].map_or((start, end - 1), |(l, r)| (l.min(start), r.max(end - 1))));
}

/// Exclusive prefix sums over weight of each row of `c` (h rows of `width`), laid out
/// weight-major: entry `x * h + k` is row k summed below x, for x in 0..=width. Weight-major
/// so one weight's sums over all sizes are adjacent for the removal chains.
#[cfg_attr(target_arch = "x86_64", inline(always))]
fn cumulative(c: &[f64], h: usize, width: usize) -> Vec<f64> {
    // Written in order, so the table is never zeroed first. A tile of weights is summed along
    // c's rows and then appended; going down c's columns one weight at a time would touch a
    // page per size for every weight.
    const TILE: usize = 16;
    let mut cum = Vec::with_capacity((width + 1) * h);
    cum.resize(h, 0.0);
    let mut run = vec![0.0_f64; h];
    let mut tile = vec![0.0_f64; TILE * h];
    for x0 in (0..width).step_by(TILE) {
        let n = TILE.min(width - x0);
        for (k, r) in run.iter_mut().enumerate() {
            for (j, v) in c[k * width + x0..k * width + x0 + n].iter().enumerate() {
                *r += v;
                tile[j * h + k] = *r;
            }
        }
        cum.extend_from_slice(&tile[..n * h]);
    }
    cum
}

/// Buffers for removing one player of weight a from the cumulative table: with `S[k](x)` the
/// table's sums below x and `Ŝ` the others', `Ŝ[k](x) = S[k](x) - f(k) Ŝ[k-1](x - a)`, a chain
/// of at most `min(k, x / a)` steps. Each step multiplies by f(k) ≤ 1, so errors do not grow.
struct Chain {
    cur: Vec<f64>,
    next: Vec<f64>,
    low: Vec<f64>,
}

impl Chain {
    fn new(h: usize) -> Self {
        Chain {
            cur: vec![0.0; h],
            next: vec![0.0; h],
            low: vec![0.0; h],
        }
    }

    /// Leaves `Ŝ[k](x0)` for every size k in `cur`, and `Ŝ[k](x0 - a)` (zero when x0 < a) in
    /// `low`.
    #[cfg_attr(target_arch = "x86_64", inline(always))]
    fn run(&mut self, cum: &[f64], fs: &[f64], a: usize, x0: usize) {
        let h = fs.len();
        // Ŝ(x) is zero at x = 0; size k needs at most k steps back.
        let steps = (x0 / a).min(h);
        self.cur.fill(0.0);
        self.low.fill(0.0);
        for j in (0..=steps).rev() {
            let x = x0 - j * a;
            let row = &cum[x * h..(x + 1) * h];
            self.next[0] = row[0];
            for (((d, r), f), p) in self.next[1..]
                .iter_mut()
                .zip(&row[1..])
                .zip(&fs[1..])
                .zip(&self.cur)
            {
                *d = r - f * p;
            }
            std::mem::swap(&mut self.cur, &mut self.next);
            if j == 1 {
                self.low.copy_from_slice(&self.cur);
            }
        }
    }

    /// Calls `add(k, Ŝ[k](hi) - Ŝ[k](lo))` for every size k.
    #[cfg_attr(target_arch = "x86_64", inline(always))]
    fn window(
        &mut self,
        cum: &[f64],
        fs: &[f64],
        a: usize,
        lo: usize,
        hi: usize,
        mut add: impl FnMut(usize, f64),
    ) {
        self.run(cum, fs, a, hi);
        if hi - lo == a {
            for (k, (u, l)) in self.cur.iter().zip(&self.low).enumerate() {
                add(k, u - l);
            }
            return;
        }
        let upper = self.cur.clone();
        self.run(cum, fs, a, lo);
        for (k, (u, l)) in upper.iter().zip(&self.cur).enumerate() {
            add(k, u - l);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The AVX2 copy gives the baseline's numbers bit for bit (on processors without AVX2 both
    /// calls take the baseline).
    #[test]
    fn avx2_copy_gives_the_same_bits() {
        let mut weights: Vec<usize> = (0..200).map(|i| 1 + (i * 37 + 11) % 70).collect();
        weights.extend(std::iter::repeat_n(100, 30));
        let total: usize = weights.iter().sum();
        let classes = classes(&weights);
        let need = total / 2 + 1;
        let n = weights.len();
        let fast = shapley(&classes, need, total, n);
        let base = shapley_body(&classes, need, total, n);
        assert!(fast.iter().any(|&v| v > 0.0));
        assert_eq!(
            fast.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
            base.iter().map(|v| v.to_bits()).collect::<Vec<_>>()
        );
    }
}
