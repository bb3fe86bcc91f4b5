//! Small scenario builders shared by the control-engine tests.
#![allow(dead_code)]

use exposure::engine::results::{ControlResults, EntityResults, Options, control_report_with};
use exposure::model::{Entity, Holding, Scenario};

/// A scenario with these entity ids and `(holder, target, percent)` holdings.
pub fn scenario(ids: &[&str], holdings: &[(&str, &str, f64)]) -> Scenario {
    let mut s = Scenario::default();
    for id in ids {
        s.entities.push(Entity::new(id, id));
    }
    for &(h, t, p) in holdings {
        s.holdings.push(Holding::new(h, t, p));
    }
    s
}

/// Every lens with a small network-power run (these tests do not look at it).
pub fn results(s: &Scenario) -> ControlResults {
    control_report_with(
        s,
        &Options {
            network_trials: Some(200),
        },
    )
}

/// One entity's results.
pub fn of<'a>(r: &'a ControlResults, id: &str) -> &'a EntityResults {
    r.entities
        .iter()
        .find(|e| e.id == id)
        .expect("entity in results")
}

/// `ownership.ultimate[t][h]` in percent (0 when absent).
pub fn ultimate(r: &ControlResults, t: &str, h: &str) -> f64 {
    of(r, t)
        .ownership
        .ultimate
        .iter()
        .find(|u| u.holder == h)
        .map_or(0.0, |u| u.percent)
}

/// `ownership.integrated[h][t]` in percent (0 when absent).
pub fn integrated(r: &ControlResults, h: &str, t: &str) -> f64 {
    of(r, t)
        .ownership
        .integrated
        .iter()
        .find(|u| u.holder == h)
        .map_or(0.0, |u| u.percent)
}

/// Whether two numbers agree to `tol`.
pub fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}
