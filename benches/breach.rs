//! Criterion benchmarks of the breach engine (`cargo bench --bench breach`):
//! - the bit-parallel reach pass, 100,000 trials on the seeded 1,000-entity / 5,000-link
//!   synthetic vendor web (compare `node benches/scalar_bfs.mjs`, the scalar baseline);
//! - the LY analysis with 10⁶ simulated years (the annual-loss simulation dominates);
//! - the LY analysis as the app runs it on every edit (100,000 years);
//! - the whole analysis of the synthetic web (what a web worker runs).

use criterion::{Criterion, criterion_group, criterion_main};
use exposure::engine::breach::{self, reach::Setup, synthetic::vendor_web};
use exposure::model::examples::default_scenario;
use std::hint::black_box;

fn reach(c: &mut Criterion) {
    let web = vendor_web(1000, 5000, 1);
    let setup = Setup::new(&web);
    let mut g = c.benchmark_group("reach");
    g.sample_size(20);
    g.bench_function("synthetic 1000x5000, 100k trials", |b| {
        b.iter(|| black_box(setup.run(100_000, 1)))
    });
    g.finish();
}

fn loss(c: &mut Criterion) {
    let mut ly = default_scenario();
    let mut g = c.benchmark_group("ly");
    g.sample_size(20);
    g.bench_function("analysis, 100k years (on every edit)", |b| {
        b.iter(|| black_box(breach::analyse(&ly)))
    });
    ly.settings.trials = 1_000_000;
    g.bench_function("analysis, 1M years of annual loss", |b| {
        b.iter(|| black_box(breach::analyse(&ly)))
    });
    g.finish();
}

fn whole(c: &mut Criterion) {
    let web = vendor_web(1000, 5000, 1);
    let mut g = c.benchmark_group("analysis");
    g.sample_size(10);
    g.bench_function("synthetic 1000x5000, 100k trials", |b| {
        b.iter(|| black_box(breach::analyse(&web)))
    });
    g.finish();
}

criterion_group!(benches, reach, loss, whole);
criterion_main!(benches);
