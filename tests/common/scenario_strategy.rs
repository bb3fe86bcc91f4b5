//! A proptest strategy for random **valid** scenarios (every rule of scenario v1 kept), for
//! round-trip and invariant tests of any module: `use common::scenario_strategy::scenario;`.
//!
//! Holdings only run from an earlier entity to a later one, so there is no closed loop; each
//! target's percents (and votes) are scaled to fit beside its treasury shares; names and
//! descriptions include markup, right-to-left text and emoji.

use proptest::collection::vec;
use proptest::prelude::*;
use std::collections::{BTreeMap, HashSet};

use super::scenario_parts::{
    COUNTRIES, RawData, RawHolding, data, entity, holding, link, pick, settings, text,
};
use exposure::model::{
    ControlKind, ControlRight, CostRange, DataCategory, Entity, Holding, Link, Scenario, Settings,
    Threat,
};

/// Random valid scenarios with 1 to 7 entities.
pub fn scenario() -> impl Strategy<Value = Scenario> {
    (1usize..8)
        .prop_flat_map(|n| {
            (
                vec(entity(), n),
                vec(holding(n), 0..2 * n),
                vec((0..n, 0..n, pick::<ControlKind>(), text()), 0..n),
                vec(link(n), 0..2 * n),
                vec(data(n), 0..4),
                vec((0..n, 0.0f64..100.0, text(), text()), 0..3),
                settings(),
                (
                    text(),
                    text(),
                    proptest::sample::select(vec!["USD", "JPY", "EUR"]),
                ),
            )
        })
        .prop_map(build)
}

type Parts = (
    Vec<(Entity, f64)>,
    Vec<RawHolding>,
    Vec<(usize, usize, ControlKind, String)>,
    Vec<(usize, usize, Link)>,
    Vec<(RawData, String, String)>,
    Vec<(usize, f64, String, String)>,
    Settings,
    (String, String, &'static str),
);

fn build(parts: Parts) -> Scenario {
    let (ents, holds, rights, links, data, threats, settings, (title, description, currency)) =
        parts;
    let mut s = Scenario {
        title,
        description,
        currency: currency.to_string(),
        settings,
        ..Scenario::default()
    };
    let mut room = Vec::new();
    for (i, (mut e, treasury)) in ents.into_iter().enumerate() {
        e.id = format!("{}-{i}", e.id);
        room.push(100.0 - treasury);
        s.entities.push(e);
    }
    let ids: Vec<String> = s.entities.iter().map(|e| e.id.clone()).collect();
    let id = |i: usize| ids[i].clone();
    let mut pairs = HashSet::new();
    for (a, b, percent, votes, range, description) in holds {
        let (h, t) = (a.min(b), a.max(b));
        if h == t || !pairs.insert((h, t)) {
            continue;
        }
        let mut x = Holding::new(&id(h), &id(t), percent);
        x.votes_percent = votes;
        // The band holds factors until fit_to_room puts it around the final percent.
        x.range = range.map(|(a, b)| [a, b]);
        x.description = description;
        s.holdings.push(x);
    }
    fit_to_room(&mut s, &room);
    let mut seen = HashSet::new();
    for (h, t, kind, description) in rights {
        if h != t && seen.insert((h, t, kind)) {
            s.control_rights.push(ControlRight {
                holder: id(h),
                target: id(t),
                kind,
                description,
            });
        }
    }
    for (c, v, mut l) in links {
        if c != v {
            l.client = id(c);
            l.vendor = id(v);
            s.links.push(l);
        }
    }
    for (k, ((holder, procs, class, records, countries, cost, fraction), name, description)) in
        data.into_iter().enumerate()
    {
        let records = records.floor();
        let mut processors: Vec<String> = Vec::new();
        for p in procs {
            let pid = id(p);
            if p != holder && !processors.contains(&pid) {
                processors.push(pid);
            }
        }
        let mut by_country = BTreeMap::new();
        for (c, share) in countries {
            by_country.insert(COUNTRIES[c].to_string(), (records * share).floor());
        }
        s.data.push(DataCategory {
            id: format!("d{k}"),
            name,
            holder: id(holder),
            processors,
            class,
            records,
            by_country,
            cost_per_record: cost.map(|(low, extra)| CostRange {
                low,
                high: low + extra,
            }),
            exposed_fraction: fraction,
            description,
        });
    }
    for (e, rate, label, description) in threats {
        let label = label.chars().take(200).collect();
        s.threats.push(Threat {
            entry: id(e),
            rate,
            label,
            description,
        });
    }
    s
}

/// Scales each target's holdings so equity and votes fit beside its treasury shares, and puts
/// each band around its percent.
fn fit_to_room(s: &mut Scenario, room: &[f64]) {
    let index: BTreeMap<String, usize> = s
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.clone(), i))
        .collect();
    let mut sums = vec![0.0f64; room.len()];
    for h in &s.holdings {
        sums[index[&h.target]] += h.percent;
    }
    for h in &mut s.holdings {
        let t = index[&h.target];
        if sums[t] > room[t] {
            h.percent *= room[t] / sums[t];
        }
        // Votes as a share of equity keep each target's votes within its room too.
        h.votes_percent = h.votes_percent.map(|f| h.percent * f);
        h.range = h.range.map(|[a, b]| {
            [
                h.percent * a,
                (h.percent + (100.0 - h.percent) * b).min(100.0),
            ]
        });
    }
}
