//! The breach engine's random numbers, tested statistically (a hand-rolled generator once
//! biased a mean by 5 %): the generator's known first outputs, 64-lane Bernoulli words, exact
//! and from byte tables (rate per lane, independence between lanes, bytes and words, lanes
//! outside `care`), uniforms, integers, normals, exponentials and the alias table. Seeds are fixed, so every check is
//! reproducible; bounds are about 4.5 standard errors.
#![cfg(not(target_arch = "wasm32"))]

use exposure::engine::breach::coins::Coins;
use exposure::engine::breach::loss::gaps::Gaps;
use exposure::engine::breach::rng::{Alias, Prob, Stream};
use std::collections::BTreeMap;

#[test]
fn the_generator_is_xoshiro256_plus_plus_seeded_by_splitmix64() {
    // Reference values computed independently (SplitMix64 fills the state, then
    // xoshiro256++), so the algorithm cannot change under us.
    let mut s = Stream::new(1, 0);
    assert_eq!(
        [s.word(), s.word(), s.word()],
        [
            0xcfc5_d07f_6f03_c29b,
            0xbf42_4132_963f_e08d,
            0x19a3_7d57_57aa_f520
        ]
    );
    // Passes use streams 2¹⁹² steps apart: they start elsewhere.
    assert_ne!(Stream::new(1, 1).word(), 0xcfc5_d07f_6f03_c29b);
}

fn within(count: f64, n: f64, p: f64, sigmas: f64) -> bool {
    (count - n * p).abs() <= sigmas * (n * p * (1.0 - p)).sqrt() + 1e-9
}

/// A source of 64-lane Bernoulli words: the exact digit-by-digit draw, or the byte tables
/// ([`Coins`]) that the reach passes use.
trait Draw {
    fn word(&mut self, rng: &mut Stream, p: Prob, care: u64) -> u64;
}

struct Exact;
impl Draw for Exact {
    fn word(&mut self, rng: &mut Stream, p: Prob, care: u64) -> u64 {
        rng.bernoulli_word(p, care)
    }
}

/// One table per probability, built on first use (as a pass builds them once).
#[derive(Default)]
struct Tabled(BTreeMap<Prob, Coins>);
impl Draw for Tabled {
    fn word(&mut self, rng: &mut Stream, p: Prob, care: u64) -> u64 {
        self.0
            .entry(p)
            .or_insert_with(|| Coins::new(&[p]))
            .bits(rng, 0, care)
    }
}

fn rates_in_every_lane(mut draw: impl Draw) {
    let mut rng = Stream::new(7, 0);
    let words = 40_000;
    for p in [0.001, 0.1, 1.0 / 3.0, 0.5, 0.6, 0.8, 0.92, 0.999] {
        let prob = Prob::new(p);
        let mut lane = [0u64; 64];
        for _ in 0..words {
            let w = draw.word(&mut rng, prob, u64::MAX);
            for (i, c) in lane.iter_mut().enumerate() {
                *c += w >> i & 1;
            }
        }
        let total: u64 = lane.iter().sum();
        assert!(
            within(total as f64, 64.0 * words as f64, p, 4.5),
            "p {p}: {total}"
        );
        // Chi-square over the 64 lanes (63 degrees of freedom; 1e-4 critical value ≈ 111).
        let expect = words as f64 * p;
        let chi2: f64 = lane
            .iter()
            .map(|&c| (c as f64 - expect).powi(2) / (expect * (1.0 - p)))
            .sum();
        assert!(chi2 < 111.0, "p {p}: lanes differ, chi² = {chi2}");
    }
    assert_eq!(draw.word(&mut rng, Prob::new(0.0), u64::MAX), 0);
    assert_eq!(draw.word(&mut rng, Prob::new(1.0), u64::MAX), u64::MAX);
}

fn lanes_and_words_independent(mut draw: impl Draw) {
    let mut rng = Stream::new(11, 0);
    let n = 100_000;
    for prob in [Prob::new(0.3), Prob::new(0.1)] {
        // Joint frequency of (lane i, lane i+1), of (lane i, lane i+8) (the next byte of the
        // tables) and of (lane i now, lane i next word).
        let (mut both_lanes, mut both_bytes, mut both_words, mut ones) = (0u64, 0u64, 0u64, 0u64);
        let mut prev = draw.word(&mut rng, prob, u64::MAX);
        for _ in 0..n {
            let w = draw.word(&mut rng, prob, u64::MAX);
            both_lanes += u64::from((w & (w >> 1) & (u64::MAX >> 1)).count_ones());
            both_bytes += u64::from((w & (w >> 8)).count_ones());
            both_words += u64::from((w & prev).count_ones());
            ones += u64::from(w.count_ones());
            prev = w;
        }
        let p = ones as f64 / (64.0 * n as f64);
        assert!(
            within(both_lanes as f64, 63.0 * n as f64, p * p, 4.5),
            "{both_lanes}"
        );
        assert!(
            within(both_bytes as f64, 56.0 * n as f64, p * p, 4.5),
            "{both_bytes}"
        );
        assert!(
            within(both_words as f64, 64.0 * n as f64, p * p, 4.5),
            "{both_words}"
        );
    }
}

fn care_respected(mut draw: impl Draw) {
    let mut rng = Stream::new(3, 0);
    let care = 0x0f0f_0000_ffff_0001u64;
    let prob = Prob::new(0.25);
    let mut ones = 0u64;
    let n = 50_000;
    for _ in 0..n {
        let w = draw.word(&mut rng, prob, care);
        assert_eq!(w & !care, 0);
        ones += u64::from(w.count_ones());
    }
    assert!(within(
        ones as f64,
        f64::from(care.count_ones()) * n as f64,
        0.25,
        4.5
    ));
}

#[test]
fn bernoulli_words_have_the_right_rate_in_every_lane() {
    rates_in_every_lane(Exact);
    rates_in_every_lane(Tabled::default());
}

#[test]
fn bernoulli_lanes_and_successive_words_are_independent() {
    lanes_and_words_independent(Exact);
    lanes_and_words_independent(Tabled::default());
}

#[test]
fn lanes_outside_care_stay_zero_and_inside_keep_their_rate() {
    care_respected(Exact);
    care_respected(Tabled::default());
}

#[test]
fn uniforms_fill_every_bin_evenly() {
    let mut rng = Stream::new(5, 0);
    let n = 1_000_000;
    let mut bins = [0u64; 100];
    for _ in 0..n {
        let u = rng.uniform();
        assert!((0.0..1.0).contains(&u));
        bins[(u * 100.0) as usize] += 1;
        let v = rng.uniform_open0();
        assert!(v > 0.0 && v <= 1.0);
    }
    let e = n as f64 / 100.0;
    let chi2: f64 = bins.iter().map(|&c| (c as f64 - e).powi(2) / e).sum();
    // 99 degrees of freedom; 1e-4 critical value ≈ 160.
    assert!(chi2 < 160.0, "chi² = {chi2}");
    let mut small = [0u64; 7];
    for _ in 0..700_000 {
        small[rng.below(7) as usize] += 1;
    }
    let chi2: f64 = small.iter().map(|&c| (c as f64 - 1e5).powi(2) / 1e5).sum();
    assert!(chi2 < 27.9, "below(7): chi² = {chi2}"); // 6 d.f., 1e-4
}

#[test]
fn normals_have_the_moments_and_distribution_of_a_standard_normal() {
    let mut rng = Stream::new(9, 0);
    let n = 1_000_000;
    let mut xs: Vec<f64> = (0..n).map(|_| rng.normal()).collect();
    let nf = n as f64;
    let mean = xs.iter().sum::<f64>() / nf;
    let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / nf;
    let skew = xs.iter().map(|x| (x - mean).powi(3)).sum::<f64>() / nf;
    let kurt = xs.iter().map(|x| (x - mean).powi(4)).sum::<f64>() / nf;
    assert!(mean.abs() < 4.5 / nf.sqrt(), "mean {mean}");
    assert!(
        (var - 1.0).abs() < 4.5 * (2.0 / nf).sqrt(),
        "variance {var}"
    );
    assert!(skew.abs() < 4.5 * (6.0 / nf).sqrt(), "skew {skew}");
    assert!(
        (kurt - 3.0).abs() < 4.5 * (24.0 / nf).sqrt(),
        "kurtosis {kurt}"
    );
    // Kolmogorov–Smirnov against Φ (critical value at 1e-4 ≈ 2.15/√n).
    xs.sort_by(f64::total_cmp);
    let ks = xs
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let f = exposure::engine::breach::cost::normal_cdf(x);
            (f - i as f64 / nf)
                .abs()
                .max((f - (i + 1) as f64 / nf).abs())
        })
        .fold(0.0, f64::max);
    assert!(ks < 2.15 / nf.sqrt(), "KS {ks}");
}

#[test]
fn exponential_gaps_have_mean_and_variance_one() {
    let mut rng = Stream::new(13, 0);
    let mut gaps = Gaps::default();
    let n = 1_000_000;
    let xs: Vec<f64> = (0..n).map(|_| gaps.next(&mut rng)).collect();
    let nf = n as f64;
    let mean = xs.iter().sum::<f64>() / nf;
    let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / nf;
    assert!((mean - 1.0).abs() < 4.5 / nf.sqrt(), "mean {mean}");
    assert!(
        (var - 1.0).abs() < 4.5 * (8.0 / nf).sqrt(),
        "variance {var}"
    );
    assert!(xs.iter().all(|x| x.is_finite() && *x >= 0.0));
}

#[test]
fn the_alias_table_draws_in_proportion_to_weight() {
    let weights = [5.0, 0.0, 1.0, 3.5, 0.5];
    let alias = Alias::new(&weights).unwrap();
    let mut rng = Stream::new(17, 0);
    let n = 1_000_000;
    let mut counts = [0u64; 5];
    for _ in 0..n {
        counts[alias.draw(&mut rng)] += 1;
    }
    assert_eq!(counts[1], 0);
    let total: f64 = weights.iter().sum();
    for (c, w) in counts.iter().zip(weights) {
        assert!(within(*c as f64, n as f64, w / total, 4.5), "{counts:?}");
    }
    assert!(Alias::new(&[]).is_none());
    assert!(Alias::new(&[0.0, 0.0]).is_none());
    assert!(Alias::new(&[f64::NAN]).is_none());
}
