//! Weighted sums over the 64 lanes of a word. Monte Carlo lanes weigh the same; enumerated
//! lanes carry the probability of the edge states they stand for. [`Mom`] keeps the moments of
//! a trial's records and loss that the estimates and their standard errors need.

/// The weights of a word's lanes.
#[derive(Clone, Debug)]
pub enum Weights {
    /// Every lane in `valid` weighs `w`.
    Uniform { w: f64, valid: u64 },
    /// Lane `l` weighs `low[l] · high`; sums use byte tables (8 look-ups per mask).
    Product {
        low: Box<[f64; 64]>,
        table: Box<[[f64; 256]; 8]>,
        high: f64,
    },
}

impl Weights {
    /// Product weights from per-lane base weights (0 for unused lanes).
    pub fn product(low: [f64; 64], high: f64) -> Weights {
        let mut table = Box::new([[0.0; 256]; 8]);
        for (byte, t) in table.iter_mut().enumerate() {
            for v in 1..256usize {
                let bit = v.trailing_zeros() as usize;
                t[v] = t[v & (v - 1)] + low[byte * 8 + bit];
            }
        }
        Weights::Product {
            low: Box::new(low),
            table,
            high,
        }
    }

    /// The lanes that count.
    pub fn valid(&self) -> u64 {
        match self {
            Weights::Uniform { valid, .. } => *valid,
            Weights::Product { low, .. } => low
                .iter()
                .enumerate()
                .fold(0, |m, (i, &w)| if w > 0.0 { m | 1 << i } else { m }),
        }
    }

    /// Weight of lane `l`.
    #[inline]
    pub fn of(&self, l: usize) -> f64 {
        match self {
            Weights::Uniform { w, valid } => {
                if valid >> l & 1 == 1 {
                    *w
                } else {
                    0.0
                }
            }
            Weights::Product { low, high, .. } => low[l] * high,
        }
    }

    /// Total weight of the lanes in `mask`.
    #[inline]
    pub fn sum(&self, mask: u64) -> f64 {
        match self {
            Weights::Uniform { w, valid } => f64::from((mask & valid).count_ones()) * w,
            Weights::Product { table, high, .. } => {
                let mut s = 0.0;
                for (b, t) in table.iter().enumerate() {
                    s += t[(mask >> (8 * b)) as usize & 0xff];
                }
                s * high
            }
        }
    }

    /// Sets `high` (the part of product weights shared by the whole word).
    pub fn set_high(&mut self, h: f64) {
        if let Weights::Product { high, .. } = self {
            *high = h;
        }
    }
}

/// Weighted moments of records (`r`) and loss (`l`) over some lanes.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Mom {
    pub w: f64,
    pub r: f64,
    pub r2: f64,
    pub l: f64,
    pub l2: f64,
}

impl Mom {
    /// Adds the lanes in `mask`.
    #[inline]
    pub fn add(&mut self, mask: u64, w: &Weights, r: &[f64; 64], l: &[f64; 64]) {
        let mut b = mask;
        while b != 0 {
            let i = b.trailing_zeros() as usize;
            let wi = w.of(i);
            self.w += wi;
            self.r += wi * r[i];
            self.r2 += wi * r[i] * r[i];
            self.l += wi * l[i];
            self.l2 += wi * l[i] * l[i];
            b &= b - 1;
        }
    }

    /// `self - other` (the lanes of a set minus a subset).
    pub fn minus(self, o: Mom) -> Mom {
        Mom {
            w: self.w - o.w,
            r: self.r - o.r,
            r2: self.r2 - o.r2,
            l: self.l - o.l,
            l2: self.l2 - o.l2,
        }
    }

    /// Sum of two.
    pub fn plus(self, o: Mom) -> Mom {
        Mom {
            w: self.w + o.w,
            r: self.r + o.r,
            r2: self.r2 + o.r2,
            l: self.l + o.l,
            l2: self.l2 + o.l2,
        }
    }

    /// Mean records and loss (0 when the lanes weigh nothing).
    pub fn means(&self) -> (f64, f64) {
        if self.w > 0.0 {
            (self.r / self.w, self.l / self.w)
        } else {
            (0.0, 0.0)
        }
    }

    /// Variances of records and loss per lane.
    pub fn variances(&self) -> (f64, f64) {
        if self.w > 0.0 {
            let (mr, ml) = self.means();
            (
                (self.r2 / self.w - mr * mr).max(0.0),
                (self.l2 / self.w - ml * ml).max(0.0),
            )
        } else {
            (0.0, 0.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_tables_add_up_like_a_loop() {
        let mut low = [0.0; 64];
        for (i, w) in low.iter_mut().enumerate() {
            *w = (i as f64 + 1.0) / 1000.0;
        }
        let w = Weights::product(low, 0.5);
        for mask in [0u64, 1, u64::MAX, 0xdead_beef_0bad_f00d, 1 << 63] {
            let direct: f64 = (0..64)
                .filter(|i| mask >> i & 1 == 1)
                .map(|i| low[i] * 0.5)
                .sum();
            assert!((w.sum(mask) - direct).abs() < 1e-12, "{mask:x}");
        }
        let u = Weights::Uniform {
            w: 2.0,
            valid: 0xff,
        };
        assert_eq!(u.sum(u64::MAX), 16.0);
        assert_eq!(u.of(9), 0.0);
    }
}
