//! Readers for each list of a scenario and for its settings. An element that is not even an
//! object is still kept as a placeholder, so the paths of the elements after it stay right.

use serde_json::Value;
use std::collections::BTreeMap;

use super::reader::{Obj, Sink, as_choice, as_number, as_pair, as_text, kind_of};
use crate::model::settings::{CostModel, Settings};
use crate::model::types::{
    Access, ControlKind, ControlRight, CostRange, DataCategory, DataClass, Entity, EntityKind,
    Holding, Link, Named, Shared, Threat,
};

pub fn entity(v: &Value, path: &str, sink: &mut Sink) -> Option<Entity> {
    let Some(mut o) = Obj::new(v, path, sink) else {
        return Some(Entity::new("", ""));
    };
    let e = Entity {
        id: o.text("id", sink),
        name: o.text("name", sink),
        kind: o.choice_opt("kind", sink).unwrap_or(EntityKind::Company),
        country: o.text_opt("country", sink),
        treasury_percent: o.number_opt("treasury_percent", sink),
        value: o.number_opt("value", sink),
        description: o.text_opt("description", sink).unwrap_or_default(),
    };
    o.finish(sink);
    Some(e)
}

pub fn holding(v: &Value, path: &str, sink: &mut Sink) -> Option<Holding> {
    let Some(mut o) = Obj::new(v, path, sink) else {
        return Some(Holding::new("", "", f64::NAN));
    };
    let holder = o.text("holder", sink);
    let target = o.text("target", sink);
    let percent = o.number("percent", sink);
    let votes_percent = o.number_opt("votes_percent", sink);
    let range = o
        .get("range")
        .and_then(|r| as_pair(r, &o.at("range"), sink));
    let description = o.text_opt("description", sink).unwrap_or_default();
    o.finish(sink);
    Some(Holding {
        holder,
        target,
        percent,
        votes_percent,
        range,
        description,
    })
}

pub fn control_right(v: &Value, path: &str, sink: &mut Sink) -> Option<ControlRight> {
    let placeholder = || ControlRight {
        holder: String::new(),
        target: String::new(),
        kind: ControlKind::Agreement,
        description: String::new(),
    };
    let Some(mut o) = Obj::new(v, path, sink) else {
        return Some(placeholder());
    };
    let holder = o.text("holder", sink);
    let target = o.text("target", sink);
    let kind = match o.get("kind") {
        Some(k) => as_choice(k, &o.at("kind"), sink),
        None => {
            sink.error(
                &o.at("kind"),
                "missing; say \"board-majority\", \"veto\" or \"agreement\"",
            );
            None
        }
    };
    let description = o.text_opt("description", sink).unwrap_or_default();
    o.finish(sink);
    Some(ControlRight {
        holder,
        target,
        kind: kind.unwrap_or(placeholder().kind),
        description,
    })
}

pub fn link(v: &Value, path: &str, sink: &mut Sink) -> Option<Link> {
    let Some(mut o) = Obj::new(v, path, sink) else {
        return Some(Link::new("", "", ""));
    };
    let mut l = Link::new("", "", "");
    l.client = o.text("client", sink);
    l.vendor = o.text("vendor", sink);
    l.service = o.text_opt("service", sink).unwrap_or_default();
    l.access = o.choice_opt("access", sink).unwrap_or(Access::None);
    let shared_path = o.at("shared");
    if let Some(sv) = o.get("shared") {
        l.shared = words::<Shared>(sv, &shared_path, sink);
    }
    l.p = o.number_opt("p", sink);
    l.p_back = o.number_opt("p_back", sink);
    l.description = o.text_opt("description", sink).unwrap_or_default();
    o.finish(sink);
    Some(l)
}

pub fn data(v: &Value, path: &str, sink: &mut Sink) -> Option<DataCategory> {
    let mut d = DataCategory {
        id: String::new(),
        name: String::new(),
        holder: String::new(),
        processors: Vec::new(),
        class: DataClass::Other,
        records: f64::NAN,
        by_country: BTreeMap::new(),
        cost_per_record: None,
        exposed_fraction: None,
        description: String::new(),
    };
    let Some(mut o) = Obj::new(v, path, sink) else {
        return Some(d);
    };
    d.id = o.text("id", sink);
    d.name = o.text("name", sink);
    d.holder = o.text("holder", sink);
    d.processors = o.list("processors", sink, |p, at, sink| {
        Some(as_text(p, at, sink).unwrap_or_default())
    });
    match o.get("class") {
        Some(c) => d.class = as_choice(c, &o.at("class"), sink).unwrap_or(DataClass::Other),
        None => sink.error(
            &o.at("class"),
            "missing; say which class of data this is (personal, sensitive, …)",
        ),
    }
    d.records = o.number("records", sink);
    let bc_path = o.at("by_country");
    if let Some(bc) = o.get("by_country") {
        d.by_country = number_map(bc, &bc_path, sink);
    }
    let cost_path = o.at("cost_per_record");
    d.cost_per_record = o
        .get("cost_per_record")
        .map(|c| cost_range(c, &cost_path, sink));
    d.exposed_fraction = o.number_opt("exposed_fraction", sink);
    d.description = o.text_opt("description", sink).unwrap_or_default();
    o.finish(sink);
    Some(d)
}

pub fn threat(v: &Value, path: &str, sink: &mut Sink) -> Option<Threat> {
    let Some(mut o) = Obj::new(v, path, sink) else {
        return Some(Threat {
            entry: String::new(),
            rate: f64::NAN,
            label: String::new(),
            description: String::new(),
        });
    };
    let t = Threat {
        entry: o.text("entry", sink),
        rate: o.number("rate", sink),
        label: o.text_opt("label", sink).unwrap_or_default(),
        description: o.text_opt("description", sink).unwrap_or_default(),
    };
    o.finish(sink);
    Some(t)
}

pub fn settings(v: &Value, path: &str, sink: &mut Sink) -> Option<Settings> {
    let mut o = Obj::new(v, path, sink)?;
    let mut s = Settings::default();
    let num = |o: &mut Obj, key, slot: &mut f64, sink: &mut Sink| {
        if let Some(x) = o.number_opt(key, sink) {
            *slot = x;
        }
    };
    num(&mut o, "quota", &mut s.quota, sink);
    num(&mut o, "special_quota", &mut s.special_quota, sink);
    num(&mut o, "turnout", &mut s.turnout, sink);
    num(&mut o, "weakest_link", &mut s.weakest_link, sink);
    num(&mut o, "float_atom", &mut s.float_atom, sink);
    if let Some(b) = o.flag_opt("strict", sink) {
        s.strict = b;
    }
    if let Some(n) = o.count_opt("trials", sink) {
        s.trials = n;
    }
    if let Some(n) = o.count_opt("seed", sink) {
        s.seed = n;
    }
    let prop_path = o.at("propagation");
    if let Some(p) = o.get("propagation") {
        propagation(p, &prop_path, &mut s, sink);
    }
    let cost_path = o.at("cost_per_record");
    if let Some(c) = o.get("cost_per_record")
        && let Some(mut co) = Obj::new(c, &cost_path, sink)
    {
        for class in DataClass::ALL {
            if let Some(r) = co.get(class.word()) {
                let at = co.at(class.word());
                s.cost_per_record.insert(*class, cost_range(r, &at, sink));
            }
        }
        co.finish(sink);
    }
    if let Some(m) = o.choice_opt::<CostModel>("cost_model", sink) {
        s.cost_model = m;
    }
    s.detected = o.text_opt("detected", sink);
    o.finish(sink);
    Some(s)
}

fn propagation(v: &Value, path: &str, s: &mut Settings, sink: &mut Sink) {
    let Some(mut o) = Obj::new(v, path, sink) else {
        return;
    };
    let access_path = o.at("access");
    if let Some(a) = o.get("access")
        && let Some(mut ao) = Obj::new(a, &access_path, sink)
    {
        for level in Access::ALL {
            if let Some(x) = ao.number_opt(level.word(), sink) {
                s.propagation.access[*level as usize] = x;
            }
        }
        ao.finish(sink);
    }
    let shared_path = o.at("shared");
    if let Some(a) = o.get("shared")
        && let Some(mut so) = Obj::new(a, &shared_path, sink)
    {
        for item in Shared::ALL {
            if let Some(x) = so.number_opt(item.word(), sink) {
                s.propagation.shared[*item as usize] = x;
            }
        }
        so.finish(sink);
    }
    o.finish(sink);
}

fn cost_range(v: &Value, path: &str, sink: &mut Sink) -> CostRange {
    let Some(mut o) = Obj::new(v, path, sink) else {
        return CostRange {
            low: f64::NAN,
            high: f64::NAN,
        };
    };
    let r = CostRange {
        low: o.number("low", sink),
        high: o.number("high", sink),
    };
    o.finish(sink);
    r
}

fn words<T: Named>(v: &Value, path: &str, sink: &mut Sink) -> Vec<T> {
    match v {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .filter_map(|(i, w)| as_choice(w, &format!("{path}[{i}]"), sink))
            .collect(),
        other => {
            sink.error(path, format!("expected a list, found {}", kind_of(other)));
            Vec::new()
        }
    }
}

fn number_map(v: &Value, path: &str, sink: &mut Sink) -> BTreeMap<String, f64> {
    match v {
        Value::Object(map) => map
            .iter()
            .map(|(k, x)| {
                (
                    k.clone(),
                    as_number(x, &format!("{path}.{k}"), sink).unwrap_or(f64::NAN),
                )
            })
            .collect(),
        other => {
            sink.error(
                path,
                format!(
                    "expected an object of country codes and numbers, found {}",
                    kind_of(other)
                ),
            );
            BTreeMap::new()
        }
    }
}
