//! The fine log-spaced grid losses are counted on (64 bins per decade), and where a loss falls
//! on it in a few instructions: every simulated event and busy year is counted, so this runs
//! about a million times per analysis.
//!
//! A positive double's bits, shifted right, give its octave and the first [`MANTISSA`] bits of
//! its mantissa: a slot of relative width 2^(1/128) ≈ 1.0054, narrower than a bin
//! (10^(1/64) ≈ 1.037), so a slot holds at most one edge. A table gives, per slot, the edges
//! below it; one comparison with the next edge makes the answer exact.

/// Bins per decade, and the decades covered (10⁻³ to 10¹⁸ in the scenario's currency).
pub const PER_DECADE: i32 = 64;
pub const LOWEST: i32 = -3;
pub const DECADES: i32 = 21;

/// Mantissa bits that pick a slot within an octave.
const MANTISSA: u32 = 7;
const SHIFT: u32 = 52 - MANTISSA;
/// Octaves the slots cover: 2⁻¹⁰ < 10⁻³ up to 2⁶¹ > 10¹⁸ (values outside go to the end slots,
/// which are then below every edge or above every edge).
const LOW_OCTAVE: i32 = -10;
const HIGH_OCTAVE: i32 = 61;

/// The grid's edges and the slot table.
#[derive(Clone, Debug)]
pub struct Grid {
    /// `10^(LOWEST + i/PER_DECADE)`, ascending.
    pub edges: Vec<f64>,
    /// Per slot: the number of edges below the slot's smallest value.
    below: Vec<u16>,
    /// Bits of the smallest slot's smallest value, shifted.
    first: u64,
}

impl Default for Grid {
    fn default() -> Grid {
        Grid::new()
    }
}

impl Grid {
    /// The grid, built once per process (it is the same for every analysis, and building it
    /// costs a few percent of a 100,000-year analysis).
    pub fn shared() -> &'static Grid {
        static GRID: std::sync::OnceLock<Grid> = std::sync::OnceLock::new();
        GRID.get_or_init(Grid::new)
    }

    pub fn new() -> Grid {
        let edges: Vec<f64> = (0..=DECADES * PER_DECADE)
            .map(|i| {
                libm::pow(
                    10.0,
                    f64::from(LOWEST) + f64::from(i) / f64::from(PER_DECADE),
                )
            })
            .collect();
        let key = |x: f64| x.to_bits() >> SHIFT;
        let first = key(libm::exp2(f64::from(LOW_OCTAVE)));
        let last = key(libm::exp2(f64::from(HIGH_OCTAVE)));
        // Both lists ascend, so one walk along the edges fills the table.
        let mut below = Vec::with_capacity((last - first) as usize);
        let mut k = 0;
        for slot in first..last {
            let low = f64::from_bits(slot << SHIFT);
            while k < edges.len() && edges[k] < low {
                k += 1;
            }
            below.push(k as u16);
        }
        Grid {
            edges,
            below,
            first,
        }
    }

    /// The number of edges below `v` (`v > 0`, or +∞: all of them).
    #[inline]
    pub fn bin(&self, v: f64) -> usize {
        let n = self.edges.len();
        let slot = (v.to_bits() >> SHIFT).saturating_sub(self.first) as usize;
        let g = usize::from(self.below[slot.min(self.below.len() - 1)]);
        // At most one edge lies in the slot, at or above its smallest value.
        g + usize::from((g < n) & (self.edges[g.min(n - 1)] < v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition: edges strictly below `v`.
    fn count_below(edges: &[f64], v: f64) -> usize {
        edges.iter().filter(|&&e| e < v).count()
    }

    #[test]
    fn a_slot_never_holds_two_edges() {
        let g = Grid::new();
        let ratio = libm::exp2(1.0 / f64::from(1 << MANTISSA));
        assert!(g.edges.windows(2).all(|w| w[1] / w[0] > ratio));
        assert_eq!(g.edges.len(), (DECADES * PER_DECADE + 1) as usize);
    }

    #[test]
    fn bins_match_the_definition_everywhere() {
        let g = Grid::new();
        let mut checked = 0;
        // Every edge, its neighbours one ulp either side, and points in between.
        for &e in &g.edges {
            for v in [
                e,
                f64::from_bits(e.to_bits() - 1),
                f64::from_bits(e.to_bits() + 1),
                e * 1.01,
                e * 0.99,
            ] {
                assert_eq!(g.bin(v), count_below(&g.edges, v), "v = {v:e}");
                checked += 1;
            }
        }
        // Far outside the grid, and the extremes of the doubles.
        for v in [
            f64::MIN_POSITIVE,
            5e-324,
            1e-300,
            1e-4,
            9.9e-4,
            1e19,
            1e300,
            f64::MAX,
            f64::INFINITY,
        ] {
            assert_eq!(g.bin(v), count_below(&g.edges, v), "v = {v:e}");
            checked += 1;
        }
        assert!(checked > 6_000);
    }

    #[test]
    fn random_values_land_where_a_search_puts_them() {
        let g = Grid::new();
        let mut rng = super::super::super::rng::Stream::new(5, 2);
        for _ in 0..100_000 {
            // Log-uniform over 10⁻⁶ … 10²¹.
            let v = libm::pow(10.0, -6.0 + 27.0 * rng.uniform());
            assert_eq!(g.bin(v), g.edges.partition_point(|&e| e < v), "v = {v:e}");
        }
    }
}
