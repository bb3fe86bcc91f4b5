//! 64 Bernoulli(p) lanes a word, eight at a time from a table of bytes.
//!
//! [`Stream::bernoulli_word`] is exact but spends about eight random words on every word of 64
//! lanes. Here the 256 patterns of a byte (lane bits independent, each set with probability p)
//! are laid out on [0, 2⁶⁴) by their probabilities, most likely first, and a table of 16,384
//! equal cells says which pattern each cell lies in. Fourteen random bits pick a cell: when one
//! pattern covers it, that is the byte; when an edge between patterns crosses it (at most 255
//! cells, under 1.6 % of them), 50 more bits place the point exactly. So a word costs two
//! random words and eight look-ups, and its law is that of independent Bernoulli(p) lanes up to the
//! rounding of the pattern bounds to 2⁻⁶⁴ (a unit test adds the lane rates back up).
//!
//! [`Coins`] keeps one table per distinct probability of a scenario's link-directions (the
//! engine's defaults make them few); probabilities met after [`MAX_TABLES`] others, and
//! certain or impossible ones, are drawn directly.

use super::rng::{Prob, Stream};

/// Bits of a cell index. 14 against 12 and 16 on the 1,000 × 5,000 web: 12 bits cross a
/// pattern edge in about 6 % of look-ups (a mispredicted branch and a search), 16 bits make
/// tables of 128 KB that no longer stay in the cache.
const INDEX_BITS: u32 = 14;
const CELLS: usize = 1 << INDEX_BITS;
/// Low end of cell `k` is `k << SHIFT` on the 2⁶⁴ scale.
const SHIFT: u32 = 64 - INDEX_BITS;
/// A cell entry with this bit set is crossed by a pattern edge; its low byte is the first
/// pattern (in draw order) it meets.
const MIXED: u16 = 0x100;
/// Tables kept at most (34 KB each).
pub const MAX_TABLES: usize = 64;

/// The byte patterns of one probability.
#[derive(Clone, Debug)]
pub struct ByteTable {
    cells: Box<[u16; CELLS]>,
    /// Low end of each pattern's interval, in draw order (`bounds[0] = 0`, non-decreasing).
    bounds: [u64; 256],
    /// The byte of each pattern, in draw order.
    patterns: [u8; 256],
}

impl ByteTable {
    /// The table of `p` (certain and impossible too, though [`Coins`] draws those directly).
    pub fn new(p: Prob) -> ByteTable {
        let (p, q) = (p.as_f64(), 1.0 - p.as_f64());
        // Plain products (no `powi`): the same bits on every target.
        let prob = |b: u8| (0..8).fold(1.0, |a, i| a * if b >> i & 1 == 1 { p } else { q });
        // Most likely first: by the number of set lanes, rising when p ≤ ½ (falling above), then
        // by value. Any fixed order is exact; this one keeps the likely patterns in whole cells.
        let counts = (0..=8u32).map(|k| if p <= 0.5 { k } else { 8 - k });
        let order = counts.flat_map(|k| (0..=255u8).filter(move |b| b.count_ones() == k));
        let (mut bounds, mut patterns) = ([0u64; 256], [0u8; 256]);
        let mut sum = 0.0;
        for (j, b) in order.enumerate() {
            bounds[j] = to_fixed(sum);
            patterns[j] = b;
            sum += prob(b);
        }
        // One walk over cells and patterns together: `j` is the pattern holding the cell's low end.
        let mut cells: Box<[u16; CELLS]> = vec![0u16; CELLS]
            .into_boxed_slice()
            .try_into()
            .expect("CELLS entries");
        let mut j = 0;
        for (k, cell) in cells.iter_mut().enumerate() {
            let lo = (k as u64) << SHIFT;
            let hi = lo | (u64::MAX >> INDEX_BITS);
            while j < 255 && bounds[j + 1] <= lo {
                j += 1;
            }
            let crossed = j < 255 && bounds[j + 1] <= hi;
            *cell = if crossed {
                MIXED | j as u16
            } else {
                u16::from(patterns[j])
            };
        }
        ByteTable {
            cells,
            bounds,
            patterns,
        }
    }

    /// The pattern at point `u` of [0, 2⁶⁴) (the definition the cells shortcut).
    pub fn pattern_at(&self, u: u64) -> u8 {
        self.patterns[self.bounds.partition_point(|&b| b <= u) - 1]
    }

    /// The byte for cell `k` (14 bits), placing the point exactly if the cell is crossed.
    #[inline]
    fn byte(&self, k: u64, rng: &mut Stream) -> u64 {
        let e = self.cells[k as usize];
        if e & MIXED == 0 {
            u64::from(e as u8)
        } else {
            self.refine(k, e, rng)
        }
    }

    #[cold]
    #[inline(never)]
    fn refine(&self, k: u64, e: u16, rng: &mut Stream) -> u64 {
        self.pattern_from(usize::from(e as u8), k << SHIFT | rng.word() >> INDEX_BITS)
    }

    /// The pattern at point `u`, known to lie at or after pattern `first`'s low end.
    fn pattern_from(&self, first: usize, u: u64) -> u64 {
        // A linear walk from the cell's first pattern: a crossed cell usually holds two or three
        // patterns, and one or two steps cost less than a binary search over all the later
        // bounds (perf, 1,000 × 5,000 web: `refine` fell from 11.8 % to 4.2 % of the pass).
        let mut j = first;
        while j < 255 && self.bounds[j + 1] <= u {
            j += 1;
        }
        u64::from(self.patterns[j])
    }

    /// 64 lanes: four cells from each of two random words (14 of every 16 bits).
    #[inline]
    pub fn word(&self, rng: &mut Stream) -> u64 {
        let (a, b) = (rng.word(), rng.word());
        let mut out = 0;
        for i in 0..4 {
            let mask = (CELLS - 1) as u64;
            out |= self.byte(a >> (16 * i) & mask, rng) << (8 * i);
            out |= self.byte(b >> (16 * i) & mask, rng) << (8 * i + 32);
        }
        out
    }
}

/// `x` in [0, 1] on the 2⁶⁴ scale (1 saturates to all ones).
fn to_fixed(x: f64) -> u64 {
    if x >= 1.0 {
        u64::MAX
    } else {
        (x * 18_446_744_073_709_551_616.0) as u64
    }
}

/// A `Coins::table` entry: no table, draw directly.
const DIRECT: u8 = u8::MAX;
const _: () = assert!(MAX_TABLES < DIRECT as usize);

/// The draws of every link-direction of a graph.
#[derive(Clone, Debug)]
pub struct Coins {
    tables: Vec<ByteTable>,
    /// Per direction, the index of its table or [`DIRECT`]. One byte each (5 KB on the
    /// 1,000 × 5,000 web, where an enum of 16 bytes took 82 KB and its look-up missed the L1
    /// cache: perf put 14 % of the reach pass on the branch that waited for it).
    table: Vec<u8>,
    /// Per direction, its probability (read for the directions drawn directly).
    probs: Vec<Prob>,
}

impl Coins {
    /// Tables for the first [`MAX_TABLES`] distinct uncertain probabilities in `probs`.
    pub fn new(probs: &[Prob]) -> Coins {
        let mut tabled: Vec<Prob> = Vec::new();
        let table = probs
            .iter()
            .map(|&p| {
                if p.is_certain() || p.is_never() {
                    return DIRECT;
                }
                match tabled.iter().position(|&t| t == p) {
                    Some(i) => i as u8,
                    None if tabled.len() < MAX_TABLES => {
                        tabled.push(p);
                        tabled.len() as u8 - 1
                    }
                    None => DIRECT,
                }
            })
            .collect();
        Coins {
            tables: tabled.into_iter().map(ByteTable::new).collect(),
            table,
            probs: probs.to_vec(),
        }
    }

    /// The bits of direction `dir` in the lanes of `care` (0 elsewhere).
    #[inline]
    pub fn bits(&self, rng: &mut Stream, dir: usize, care: u64) -> u64 {
        match self.table[dir] {
            DIRECT => {
                let p = self.probs[dir];
                if p.is_never() {
                    0
                } else {
                    rng.bernoulli_word(p, care)
                }
            }
            t => self.tables[usize::from(t)].word(rng) & care,
        }
    }

    /// Number of tables built.
    pub fn tables(&self) -> usize {
        self.tables.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Exact lane rates and pair rates from the bounds (no sampling).
    fn rates(t: &ByteTable) -> ([f64; 8], f64) {
        let (mut lane, mut pair) = ([0.0; 8], 0.0);
        for j in 0..256 {
            let hi = if j == 255 { u64::MAX } else { t.bounds[j + 1] };
            let w = (hi - t.bounds[j]) as f64 / 18_446_744_073_709_551_616.0;
            let b = t.patterns[j];
            for (i, r) in lane.iter_mut().enumerate() {
                *r += w * f64::from(b >> i & 1);
            }
            pair += w * f64::from(b & b >> 1 & 1);
        }
        (lane, pair)
    }

    #[test]
    fn every_lane_has_rate_p_and_lanes_are_independent() {
        for p in [1e-9, 0.001, 0.1, 0.3, 0.5, 0.6, 0.999, 1.0 - 1e-12] {
            let prob = Prob::new(p);
            let t = ByteTable::new(prob);
            let (lane, pair) = rates(&t);
            for r in lane {
                assert!((r - prob.as_f64()).abs() < 1e-14, "p {p}: lane rate {r}");
            }
            let p = prob.as_f64();
            assert!((pair - p * p).abs() < 1e-14, "p {p}: pair rate {pair}");
        }
    }

    #[test]
    fn cells_agree_with_the_pattern_bounds() {
        for p in [0.001, 0.1, 0.3, 0.6, 0.97] {
            let t = ByteTable::new(Prob::new(p));
            let mut mixed = 0;
            for k in 0..CELLS as u64 {
                let (lo, hi) = (k << SHIFT, k << SHIFT | (u64::MAX >> INDEX_BITS));
                let e = t.cells[k as usize];
                if e & MIXED == 0 {
                    assert_eq!(t.pattern_at(lo), e as u8);
                    assert_eq!(t.pattern_at(hi), e as u8);
                } else {
                    mixed += 1;
                    assert_ne!(t.pattern_at(lo), t.pattern_at(hi), "p {p}, cell {k}");
                    // The first pattern the cell meets is the one at its low end.
                    assert_eq!(t.patterns[usize::from(e as u8)], t.pattern_at(lo));
                }
            }
            assert!(mixed < 256, "p {p}: {mixed} crossed cells");
        }
    }

    #[test]
    fn refining_a_crossed_cell_finds_the_pattern_at_the_point() {
        let t = ByteTable::new(Prob::new(0.1));
        let mut rng = Stream::new(9, 0);
        let mut checked = 0;
        for k in 0..CELLS as u64 {
            let e = t.cells[k as usize];
            if e & MIXED != 0 {
                for _ in 0..50 {
                    // `refine` reads one word: replay it to know the point.
                    let mut copy = rng.clone();
                    let u = k << SHIFT | copy.word() >> INDEX_BITS;
                    assert_eq!(t.refine(k, e, &mut rng), u64::from(t.pattern_at(u)));
                    checked += 1;
                }
            }
        }
        assert!(checked > 0);
    }

    #[test]
    fn refining_finds_the_pattern_on_and_beside_every_bound() {
        // Random points almost never land on a bound: try each one and its neighbours, from
        // the first pattern of the cell holding the point (as `refine` is called).
        for p in [1e-9, 0.1, 0.5, 0.97] {
            let t = ByteTable::new(Prob::new(p));
            for &b in &t.bounds {
                for u in [b.saturating_sub(1), b, b.saturating_add(1)] {
                    let lo = u >> SHIFT << SHIFT;
                    let first = t.bounds.partition_point(|&x| x <= lo) - 1;
                    assert_eq!(
                        t.pattern_from(first, u),
                        u64::from(t.pattern_at(u)),
                        "p {p}, u {u}"
                    );
                }
            }
        }
    }

    #[test]
    fn coins_draw_certain_and_impossible_directions_without_tables() {
        let probs = [
            Prob::new(1.0),
            Prob::new(0.0),
            Prob::new(0.3),
            Prob::new(0.3),
        ];
        let coins = Coins::new(&probs);
        assert_eq!(coins.tables(), 1);
        let mut rng = Stream::new(1, 0);
        assert_eq!(coins.bits(&mut rng, 0, 0xff), 0xff);
        assert_eq!(coins.bits(&mut rng, 1, u64::MAX), 0);
        assert_eq!(coins.bits(&mut rng, 2, 0xf0) & !0xf0, 0);
    }

    #[test]
    fn probabilities_past_the_table_limit_are_drawn_directly() {
        let mut probs: Vec<Prob> = (0..MAX_TABLES + 5)
            .map(|i| Prob::new((i + 1) as f64 / 1000.0))
            .collect();
        probs.push(probs[0]);
        let coins = Coins::new(&probs);
        assert_eq!(coins.tables(), MAX_TABLES);
        assert_eq!(usize::from(coins.table[MAX_TABLES - 1]), MAX_TABLES - 1);
        assert_eq!(coins.table[MAX_TABLES], DIRECT);
        assert_eq!(coins.table[probs.len() - 1], 0);
    }
}
