//! Criterion benchmarks of the control engine on seeded synthetic inputs (the same workloads as
//! tests/bench_control.rs runs in headless Chromium):
//! - ultimate owners of one entity in a group of 100,000 entities and 300,000 holdings with cycles
//!   (the network indexed and condensed once, then one query);
//! - control (majority chains, vetoes, special blockers, joint control) of every entity there;
//! - exact power indices at a target with 200 basis-point holders plus 30 % float in 1 % atoms;
//! - everything the UI recomputes on an edit of the LY scenario (2,000 network-power trials).
//!
//! Run: `cargo bench --bench control`.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

use exposure::engine::control::{ControlState, params::Params};
use exposure::engine::graph::{Band, Net};
use exposure::engine::ownership::{Condensed, Workspace, column};
use exposure::engine::power::power_table;
use exposure::engine::results::{Options, control_report_with};
use exposure::engine::synthetic;
use exposure::model::examples::default_scenario;

fn big_group(c: &mut Criterion) {
    let s = synthetic::group(100_000, 300_000, 1);
    let net = Net::new(&s, Band::Point);
    let params = Params::new(&s.settings);
    let mut g = c.benchmark_group("group-100k");
    g.sample_size(10);
    g.bench_function("prepare (index + condense)", |b| {
        b.iter(|| {
            let net = Net::new(black_box(&s), Band::Point);
            Condensed::new(&net).size.len()
        })
    });
    let cond = Condensed::new(&net);
    let mut ws = Workspace::new(net.len());
    let t = net.len() - 1;
    g.bench_function("ultimate owners of one entity", |b| {
        b.iter(|| {
            column(&net, &cond, &mut ws, black_box(t))
                .ultimate(&net)
                .count()
        })
    });
    g.bench_function("control of every entity", |b| {
        b.iter(|| ControlState::new(black_box(&net), params).joint.len())
    });
    g.finish();
}

fn power(c: &mut Criterion) {
    let s = synthetic::wide_target(200, 30.0, 1);
    let net = Net::new(&s, Band::Point);
    let params = Params::new(&s.settings);
    c.bench_function("power indices, 200 holders + 30 % float", |b| {
        b.iter(|| power_table(&net, &params, 1.0, black_box(0)))
    });
    let whole = synthetic::wide_target(200, 30.0, 2);
    let mut whole = whole.clone();
    for h in &mut whole.holdings {
        h.percent = (h.percent * 4.0).floor() / 4.0 + 0.25;
    }
    let net = Net::new(&whole, Band::Point);
    c.bench_function("power indices, 200 quarter-percent holders + float", |b| {
        b.iter(|| power_table(&net, &params, 1.0, black_box(0)))
    });
}

fn ly(c: &mut Criterion) {
    let s = default_scenario();
    let opts = Options {
        network_trials: Some(2_000),
    };
    c.bench_function("LY scenario, every lens (2,000 network trials)", |b| {
        b.iter(|| control_report_with(black_box(&s), &opts))
    });
}

criterion_group!(benches, big_group, power, ly);
criterion_main!(benches);
