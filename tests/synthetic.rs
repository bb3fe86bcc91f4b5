//! The benchmark generator: seeded groups are valid scenarios (no total above 100, no closed
//! loop), have cycles and deep ancestries, and the same seed gives the same group.
#![cfg(not(target_arch = "wasm32"))]

use exposure::engine::graph::{Band, Net};
use exposure::engine::ownership::{Condensed, Workspace, column};
use exposure::engine::synthetic::{group, wide_target};
use exposure::model;

#[test]
fn a_seeded_group_is_valid_cyclic_deep_and_reproducible() {
    let s = group(3_000, 9_000, 7);
    assert!(
        model::errors(&s).is_empty(),
        "{:?}",
        &model::errors(&s)[..3.min(model::errors(&s).len())]
    );
    assert!(
        (8_000..=9_000).contains(&s.holdings.len()),
        "{}",
        s.holdings.len()
    );
    assert_eq!(s, group(3_000, 9_000, 7));
    assert_ne!(s.holdings, group(3_000, 9_000, 8).holdings);
    let net = Net::new(&s, Band::Point);
    let cond = Condensed::new(&net);
    assert!(cond.size.iter().any(|&k| k > 1), "the group has cycles");
    let col = column(&net, &cond, &mut Workspace::new(net.len()), net.len() - 1);
    assert!(col.x.len() > 1_000, "deep ancestry: {}", col.x.len());
    let total: f64 = col.ultimate(&net).map(|(_, u)| u).sum();
    assert!((total - 1.0).abs() < 1e-9, "{total}");
}

#[test]
fn a_wide_target_has_its_holders_and_float() {
    let s = wide_target(200, 30.0, 1);
    assert!(model::errors(&s).is_empty());
    assert_eq!(s.holdings.len(), 200);
    let sum: f64 = s.holdings.iter().map(|h| h.percent).sum();
    assert!(sum <= 70.0 + 1e-9 && sum > 69.0, "{sum}");
}
