//! Power indices: the reference vectors T8–T10, brute force on small games, and invariants
//! (normalised indices add up to 1, improper games are flagged).
#![cfg(not(target_arch = "wasm32"))]

use exposure::engine::power::game::Game;
use proptest::prelude::*;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn t8_weights_50_49_1_with_quota_51_met() {
    let ix = Game {
        weights: vec![5000, 4900, 100],
        need: 5100,
    }
    .indices();
    let ss = [2.0 / 3.0, 1.0 / 6.0, 1.0 / 6.0];
    let bz = [0.6, 0.2, 0.2];
    let abs = [0.75, 0.25, 0.25];
    for i in 0..3 {
        assert!(close(ix.shapley_shubik[i], ss[i], 1e-12), "{ix:?}");
        assert!(close(ix.banzhaf[i], bz[i], 1e-12), "{ix:?}");
        assert!(close(ix.banzhaf_absolute[i], abs[i], 1e-12), "{ix:?}");
    }
    assert!(!ix.improper);
}

#[test]
fn t9_two_halves_strict_is_unanimity_and_met_is_improper() {
    let strict = Game {
        weights: vec![5000, 5000],
        need: 5001,
    }
    .indices();
    assert_eq!(strict.shapley_shubik, vec![0.5, 0.5]);
    assert_eq!(strict.banzhaf, vec![0.5, 0.5]);
    assert_eq!(strict.banzhaf_absolute, vec![0.5, 0.5]);
    assert!(!strict.improper);
    let met = Game {
        weights: vec![5000, 5000],
        need: 5000,
    }
    .indices();
    assert!(met.improper);
}

#[test]
fn t10_one_major_holder_in_an_ocean_tends_to_a_over_one_minus_a() {
    for (a, expected) in [(20u64, 0.25), (30, 0.4286), (40, 0.6667)] {
        let major = a * 100;
        // float_atom 0.1 % = 10 basis points.
        let atoms = (10_000 - major) / 10;
        let mut weights = vec![major];
        weights.extend(std::iter::repeat_n(10, atoms as usize));
        let ix = Game {
            weights,
            need: 5001,
        }
        .indices();
        assert!(
            close(ix.shapley_shubik[0], expected, 0.01),
            "a={a}: {}",
            ix.shapley_shubik[0]
        );
        let sum: f64 = ix.shapley_shubik.iter().sum();
        assert!(close(sum, 1.0, 1e-9), "{sum}");
    }
}

/// Indices by listing every coalition and every ordering (small games only).
fn brute(w: &[u64], need: u64) -> (Vec<f64>, Vec<f64>) {
    let n = w.len();
    let mut swings = vec![0.0; n];
    let mut ss = vec![0.0; n];
    let fact = |k: usize| (1..=k).map(|x| x as f64).product::<f64>();
    for s in 0u32..(1 << n) {
        let ws: u64 = (0..n).filter(|i| s >> i & 1 == 1).map(|i| w[i]).sum();
        let k = s.count_ones() as usize;
        for i in 0..n {
            if s >> i & 1 == 0 && ws < need && ws + w[i] >= need {
                swings[i] += 1.0;
                ss[i] += fact(k) * fact(n - 1 - k) / fact(n);
            }
        }
    }
    let abs = swings
        .iter()
        .map(|s| s / f64::powi(2.0, n as i32 - 1))
        .collect();
    (abs, ss)
}

/// Both indices of the game `w` with quota `q` (kept within 1..=total + 1) equal brute force.
fn matches_brute_force(w: &[u64], q: u64) -> Result<(), TestCaseError> {
    let total: u64 = w.iter().sum();
    let need = q.min(total + 1).max(1);
    let ix = Game {
        weights: w.to_vec(),
        need,
    }
    .indices();
    let (abs, ss) = brute(w, need);
    for i in 0..w.len() {
        prop_assert!(
            close(ix.banzhaf_absolute[i], abs[i], 1e-9),
            "{:?} {:?}",
            ix.banzhaf_absolute,
            abs
        );
        prop_assert!(
            close(ix.shapley_shubik[i], ss[i], 1e-9),
            "{:?} {:?}",
            ix.shapley_shubik,
            ss
        );
    }
    Ok(())
}

proptest! {
    #[test]
    fn exact_indices_match_brute_force(w in prop::collection::vec(0u64..40, 1..9), q in 0u64..200) {
        matches_brute_force(&w, q)?;
    }

    #[test]
    fn exact_indices_match_brute_force_in_larger_games(
        w in prop::collection::vec(0u64..400, 9..15),
        q in 0u64..3_000,
    ) {
        // Weights and players enough for rows of many sizes, wide spans and odd and even counts
        // (players enter the table in pairs).
        matches_brute_force(&w, q)?;
    }

    #[test]
    fn normalised_indices_add_up_to_one(w in prop::collection::vec(1u64..300, 1..40), q in 1u64..6_000) {
        let total: u64 = w.iter().sum();
        let need = q.min(total);
        let ix = Game { weights: w, need }.indices();
        let bz: f64 = ix.banzhaf.iter().sum();
        let ss: f64 = ix.shapley_shubik.iter().sum();
        prop_assert!(close(bz, 1.0, 1e-9), "banzhaf {}", bz);
        prop_assert!(close(ss, 1.0, 1e-9), "shapley {}", ss);
    }
}
