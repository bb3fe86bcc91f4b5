//! The pieces the scenario strategy is built from: text in many scripts, entities, holdings,
//! links, data categories and settings, each within the rules of scenario v1.

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

use exposure::model::{
    Access, CostModel, CostRange, DataClass, Entity, EntityKind, Link, Named, Settings, Shared,
};

pub const COUNTRIES: [&str; 6] = ["JP", "KR", "US", "CN", "DE", "TW"];

/// Display text: never blank, at most 40 characters, any script.
pub fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z][A-Za-z0-9 .,&()'-]{0,30}",
        "\\PC{1,20}".prop_map(|s| format!("N{s}")),
        Just("<script>alert(1)</script>".to_string()),
        Just("=HYPERLINK(\"x\")".to_string()),
        Just("株式会社テスト".to_string()),
        Just("שלום \u{202e}abc".to_string()),
    ]
}

pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "\\PC{0,40}", name()]
}

pub fn pick<T: Named + std::fmt::Debug>() -> impl Strategy<Value = T> {
    proptest::sample::select(T::ALL)
}

pub fn entity() -> impl Strategy<Value = (Entity, f64)> {
    (
        "[a-z0-9][a-z0-9._-]{0,8}",
        name(),
        pick::<EntityKind>(),
        option::of(proptest::sample::select(&COUNTRIES[..])),
        option::of(0.0f64..40.0),
        option::of(0.0f64..1e6),
        text(),
    )
        .prop_map(|(id, name, kind, country, treasury, value, description)| {
            let e = Entity {
                id,
                name,
                kind,
                country: country.map(str::to_string),
                treasury_percent: treasury,
                value,
                description,
            };
            (e, treasury.unwrap_or(0.0))
        })
}

pub type RawHolding = (usize, usize, f64, Option<f64>, Option<(f64, f64)>, String);

pub fn holding(n: usize) -> impl Strategy<Value = RawHolding> {
    (
        0..n,
        0..n,
        0.01f64..100.0,
        option::of(0.0f64..=1.0),
        option::of((0.0f64..=1.0, 0.0f64..=1.0)),
        text(),
    )
}

pub fn link(n: usize) -> impl Strategy<Value = (usize, usize, Link)> {
    (
        0..n,
        0..n,
        text(),
        pick::<Access>(),
        proptest::sample::subsequence(Shared::ALL.to_vec(), 0..=4),
        option::of(0.0f64..=1.0),
        option::of(0.0f64..=1.0),
        text(),
    )
        .prop_map(|(c, v, service, access, shared, p, p_back, description)| {
            let l = Link {
                access,
                shared,
                p,
                p_back,
                description,
                ..Link::new("", "", &service)
            };
            (c, v, l)
        })
}

pub type RawData = (
    usize,
    Vec<usize>,
    DataClass,
    f64,
    Vec<(usize, f64)>,
    Option<(f64, f64)>,
    Option<f64>,
);

pub fn data(n: usize) -> impl Strategy<Value = (RawData, String, String)> {
    (
        (
            0..n,
            vec(0..n, 0..3),
            pick::<DataClass>(),
            0.0f64..1e9,
            vec((0..COUNTRIES.len(), 0.0f64..0.3), 0..3),
            option::of((0.01f64..1e4, 0.0f64..1e4)),
            option::of(0.0f64..=1.0),
        ),
        name(),
        text(),
    )
}

pub fn settings() -> impl Strategy<Value = Settings> {
    (
        (
            0.0f64..=100.0,
            any::<bool>(),
            0.0f64..=100.0,
            0.1f64..=100.0,
        ),
        (
            0.0f64..=100.0,
            0.1f64..=10.0,
            1u64..=10_000_000,
            any::<u64>(),
        ),
        (
            vec(0.0f64..=1.0, 8),
            vec((pick::<DataClass>(), 1.0f64..100.0, 0.0f64..500.0), 0..3),
        ),
        any::<bool>(),
        any::<bool>(),
        option::of((1900i32..=2999, 1u32..=12, 1u32..=28)),
    )
        .prop_map(
            |(
                (q, strict, sq, turnout),
                (wl, atom, trials, seed),
                (probs, costs),
                dbir,
                default,
                detected,
            )| {
                if default {
                    return Settings::default();
                }
                let mut s = Settings {
                    quota: q,
                    strict,
                    special_quota: sq,
                    turnout,
                    weakest_link: wl,
                    float_atom: atom,
                    trials,
                    seed,
                    ..Settings::default()
                };
                for (k, p) in probs.iter().enumerate() {
                    if k < 4 {
                        s.propagation.access[k] = *p;
                    } else {
                        s.propagation.shared[k - 4] = *p;
                    }
                }
                for (class, low, extra) in costs {
                    s.cost_per_record.insert(
                        class,
                        CostRange {
                            low,
                            high: low + extra,
                        },
                    );
                }
                s.cost_model = if dbir {
                    CostModel::Dbir2015
                } else {
                    CostModel::PerRecord
                };
                s.detected = detected.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
                s
            },
        )
}
