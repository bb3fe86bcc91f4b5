//! Small breach scenarios built from numbers, for the breach engine's tests: entities `e0`…,
//! links with explicit probabilities, data held by given entities, threats.

use exposure::model::{CostRange, DataCategory, DataClass, Entity, Link, Scenario, Threat};
use std::collections::BTreeMap;

/// A link `vendor → client` with `p`, and `p_back` the other way.
pub type Edge = (usize, usize, f64, f64);

/// `n` entities `e0…`, the links, one personal-data category of `records` records per holder,
/// and threats `(entry, rate)`.
pub fn web(
    n: usize,
    links: &[Edge],
    holders: &[(usize, f64)],
    threats: &[(usize, f64)],
) -> Scenario {
    let mut s = Scenario {
        title: "test web".into(),
        ..Scenario::default()
    };
    for i in 0..n {
        let mut e = Entity::new(&format!("e{i}"), &format!("Entity {i}"));
        e.country = Some("JP".into());
        s.entities.push(e);
    }
    for &(v, c, p, back) in links {
        let mut l = Link::new(&format!("e{c}"), &format!("e{v}"), "service");
        l.p = Some(p);
        l.p_back = Some(back);
        s.links.push(l);
    }
    for (k, &(h, records)) in holders.iter().enumerate() {
        s.data.push(category(&format!("d{k}"), h, records));
    }
    for &(e, rate) in threats {
        s.threats.push(Threat {
            entry: format!("e{e}"),
            rate,
            label: String::new(),
            description: String::new(),
        });
    }
    s
}

/// A personal-data category held by `e{holder}`.
pub fn category(id: &str, holder: usize, records: f64) -> DataCategory {
    DataCategory {
        id: id.into(),
        name: format!("Data {id}"),
        holder: format!("e{holder}"),
        processors: Vec::new(),
        class: DataClass::Personal,
        records,
        by_country: BTreeMap::new(),
        cost_per_record: None,
        exposed_fraction: None,
        description: String::new(),
    }
}

/// One holder of one category of `records` records costing `low`–`high` each (90 % range),
/// threatened at `rate`: the loss test vectors' scenario.
pub fn single(records: f64, low: f64, high: f64, rate: f64) -> Scenario {
    let mut s = web(1, &[], &[(0, records)], &[(0, rate)]);
    s.data[0].cost_per_record = Some(CostRange { low, high });
    s
}
