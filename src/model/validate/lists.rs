//! Rules for each list of the scenario taken alone: ids, references, ranges and text.

use std::collections::HashSet;

use super::checks::{self, Bounds};
use crate::model::countries::is_country;
use crate::model::problem::{Problem, grouped, quote, show};
use crate::model::types::{Named, Scenario};

/// Most Monte Carlo trials a scenario may ask for (keeps a shared link from hanging a page).
pub const MAX_TRIALS: u64 = 10_000_000;

fn country(code: &str, path: &str, out: &mut Vec<Problem>) {
    if !is_country(code) {
        let hint = if is_country(&code.to_ascii_uppercase()) {
            format!(" (write it in capitals: {})", code.to_ascii_uppercase())
        } else {
            " (two capital letters such as JP, KR or US)".to_string()
        };
        out.push(Problem::error(
            path,
            format!("{} is not an ISO 3166-1 country code{hint}", quote(code)),
        ));
    }
}

fn entity_ids(s: &Scenario) -> HashSet<&str> {
    s.entities.iter().map(|e| e.id.as_str()).collect()
}

pub fn top(s: &Scenario, out: &mut Vec<Problem>) {
    checks::text(&s.title, "title", false, out);
    checks::description(&s.description, "description", out);
    let c = s.currency.as_bytes();
    if c.len() != 3 || !c.iter().all(u8::is_ascii_uppercase) {
        out.push(Problem::error(
            "currency",
            format!(
                "{} is not a currency code; use three capital letters such as USD, JPY or EUR",
                quote(&s.currency)
            ),
        ));
    }
    if s.entities.is_empty() {
        out.push(Problem::warning(
            "entities",
            "the scenario has no entities yet",
        ));
    }
}

pub fn entities(s: &Scenario, out: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    for (i, e) in s.entities.iter().enumerate() {
        let at = format!("entities[{i}]");
        checks::description(&e.description, &format!("{at}.description"), out);
        checks::id(&e.id, &format!("{at}.id"), &mut seen, out);
        checks::text(&e.name, &format!("{at}.name"), true, out);
        if let Some(c) = &e.country {
            country(c, &format!("{at}.country"), out);
        }
        if let Some(t) = e.treasury_percent {
            checks::within(
                t,
                0.0,
                100.0,
                Bounds::OpenHigh,
                &format!("{at}.treasury_percent"),
                "",
                out,
            );
        }
        if let Some(v) = e.value {
            checks::within(
                v,
                0.0,
                f64::MAX,
                Bounds::Closed,
                &format!("{at}.value"),
                "",
                out,
            );
        }
    }
}

pub fn holdings(s: &Scenario, out: &mut Vec<Problem>) {
    let ids = entity_ids(s);
    let mut pairs = HashSet::new();
    for (i, h) in s.holdings.iter().enumerate() {
        let at = format!("holdings[{i}]");
        checks::description(&h.description, &format!("{at}.description"), out);
        checks::reference(&h.holder, &format!("{at}.holder"), &ids, out);
        checks::reference(&h.target, &format!("{at}.target"), &ids, out);
        if !h.holder.is_empty() && h.holder == h.target {
            out.push(Problem::error(
                format!("{at}.target"),
                format!(
                    "{} holds itself; enter own shares as treasury_percent of the entity",
                    quote(&h.holder)
                ),
            ));
        } else if !h.holder.is_empty() && !pairs.insert((h.holder.as_str(), h.target.as_str())) {
            out.push(Problem::error(
                &at,
                format!(
                    "{} already holds {}; merge the two holdings into one",
                    quote(&h.holder),
                    quote(&h.target)
                ),
            ));
        }
        checks::within(
            h.percent,
            0.0,
            100.0,
            Bounds::OpenLow,
            &format!("{at}.percent"),
            "",
            out,
        );
        if let Some(v) = h.votes_percent {
            checks::percent(v, &format!("{at}.votes_percent"), out);
        }
        if let Some([lo, hi]) = h.range {
            let rp = format!("{at}.range");
            checks::percent(lo, &format!("{rp}[0]"), out);
            checks::percent(hi, &format!("{rp}[1]"), out);
            if lo.is_finite() && hi.is_finite() && lo > hi {
                out.push(Problem::error(
                    &rp,
                    format!("low {} is above high {}", show(lo), show(hi)),
                ));
            } else if h.percent.is_finite() && (h.percent < lo || h.percent > hi) {
                out.push(Problem::error(
                    &rp,
                    format!(
                        "percent {} lies outside the band {}–{}",
                        show(h.percent),
                        show(lo),
                        show(hi)
                    ),
                ));
            }
        }
    }
}

pub fn control_rights(s: &Scenario, out: &mut Vec<Problem>) {
    let ids = entity_ids(s);
    let mut seen = HashSet::new();
    for (i, c) in s.control_rights.iter().enumerate() {
        let at = format!("control_rights[{i}]");
        checks::description(&c.description, &format!("{at}.description"), out);
        checks::reference(&c.holder, &format!("{at}.holder"), &ids, out);
        checks::reference(&c.target, &format!("{at}.target"), &ids, out);
        if !c.holder.is_empty() && c.holder == c.target {
            out.push(Problem::error(
                format!("{at}.target"),
                "an entity cannot hold a control right over itself",
            ));
        } else if !seen.insert((c.holder.as_str(), c.target.as_str(), c.kind)) {
            out.push(Problem::error(
                &at,
                format!("the same {} right is listed twice", c.kind.word()),
            ));
        }
    }
}

pub fn links(s: &Scenario, out: &mut Vec<Problem>) {
    let ids = entity_ids(s);
    for (i, l) in s.links.iter().enumerate() {
        let at = format!("links[{i}]");
        checks::description(&l.description, &format!("{at}.description"), out);
        checks::reference(&l.client, &format!("{at}.client"), &ids, out);
        checks::reference(&l.vendor, &format!("{at}.vendor"), &ids, out);
        if !l.client.is_empty() && l.client == l.vendor {
            out.push(Problem::error(
                format!("{at}.vendor"),
                "a vendor cannot serve itself; choose another entity",
            ));
        }
        checks::text(&l.service, &format!("{at}.service"), false, out);
        let mut items = HashSet::new();
        for item in &l.shared {
            if !items.insert(*item) {
                out.push(Problem::error(
                    format!("{at}.shared"),
                    format!("{} is listed twice", item.word()),
                ));
            }
        }
        if let Some(p) = l.p {
            checks::probability(p, &format!("{at}.p"), out);
        }
        if let Some(p) = l.p_back {
            checks::probability(p, &format!("{at}.p_back"), out);
        }
    }
}

pub fn data(s: &Scenario, out: &mut Vec<Problem>) {
    let ids = entity_ids(s);
    let mut seen = HashSet::new();
    for (i, d) in s.data.iter().enumerate() {
        let at = format!("data[{i}]");
        checks::description(&d.description, &format!("{at}.description"), out);
        checks::id(&d.id, &format!("{at}.id"), &mut seen, out);
        checks::text(&d.name, &format!("{at}.name"), true, out);
        checks::reference(&d.holder, &format!("{at}.holder"), &ids, out);
        let mut procs = HashSet::new();
        for (k, p) in d.processors.iter().enumerate() {
            let pp = format!("{at}.processors[{k}]");
            checks::reference(p, &pp, &ids, out);
            if !procs.insert(p.as_str()) {
                out.push(Problem::error(&pp, format!("{} is listed twice", quote(p))));
            } else if *p == d.holder {
                out.push(Problem::warning(
                    &pp,
                    format!("{} is already the holder", quote(p)),
                ));
            }
        }
        checks::whole(d.records, &format!("{at}.records"), out);
        let mut sum = 0.0;
        for (code, n) in &d.by_country {
            let cp = format!("{at}.by_country.{code}");
            country(code, &cp, out);
            checks::whole(*n, &cp, out);
            sum += n;
        }
        if sum.is_finite() && d.records.is_finite() && sum > d.records {
            out.push(Problem::error(
                format!("{at}.by_country"),
                format!(
                    "the countries add up to {}, more than the {} records",
                    grouped(sum),
                    grouped(d.records)
                ),
            ));
        }
        if let Some(c) = d.cost_per_record {
            cost(c.low, c.high, &format!("{at}.cost_per_record"), out);
        }
        if let Some(f) = d.exposed_fraction {
            checks::within(
                f,
                0.0,
                1.0,
                Bounds::Closed,
                &format!("{at}.exposed_fraction"),
                " (a share from 0 to 1)",
                out,
            );
        }
    }
}

fn cost(low: f64, high: f64, at: &str, out: &mut Vec<Problem>) {
    checks::within(
        low,
        0.0,
        1e12,
        Bounds::OpenLow,
        &format!("{at}.low"),
        "",
        out,
    );
    checks::within(
        high,
        0.0,
        1e12,
        Bounds::OpenLow,
        &format!("{at}.high"),
        "",
        out,
    );
    if low.is_finite() && high.is_finite() && low > high {
        out.push(Problem::error(
            at,
            format!("low {} is above high {}", show(low), show(high)),
        ));
    }
}

pub fn threats(s: &Scenario, out: &mut Vec<Problem>) {
    let ids = entity_ids(s);
    for (i, t) in s.threats.iter().enumerate() {
        let at = format!("threats[{i}]");
        checks::description(&t.description, &format!("{at}.description"), out);
        checks::reference(&t.entry, &format!("{at}.entry"), &ids, out);
        checks::within(
            t.rate,
            0.0,
            1e6,
            Bounds::Closed,
            &format!("{at}.rate"),
            " a year",
            out,
        );
        checks::text(&t.label, &format!("{at}.label"), false, out);
    }
}

pub fn settings(s: &Scenario, out: &mut Vec<Problem>) {
    let st = &s.settings;
    checks::percent(st.quota, "settings.quota", out);
    checks::percent(st.special_quota, "settings.special_quota", out);
    checks::within(
        st.turnout,
        0.0,
        100.0,
        Bounds::OpenLow,
        "settings.turnout",
        " (percent of votes present)",
        out,
    );
    checks::percent(st.weakest_link, "settings.weakest_link", out);
    checks::within(
        st.float_atom,
        0.0,
        100.0,
        Bounds::OpenLow,
        "settings.float_atom",
        "",
        out,
    );
    if st.trials == 0 || st.trials > MAX_TRIALS {
        out.push(Problem::error(
            "settings.trials",
            format!("{} trials: choose from 1 to {}", st.trials, MAX_TRIALS),
        ));
    }
    let access = ["none", "read", "write", "admin"];
    for (k, p) in access.iter().zip(st.propagation.access) {
        checks::probability(p, &format!("settings.propagation.access.{k}"), out);
    }
    let shared = ["authentication", "network", "hosting", "code"];
    for (k, p) in shared.iter().zip(st.propagation.shared) {
        checks::probability(p, &format!("settings.propagation.shared.{k}"), out);
    }
    if let Some(d) = &st.detected
        && let Err(why) = crate::model::date::Date::parse(d)
    {
        out.push(Problem::error(
            "settings.detected",
            format!("{} {why}", quote(d)),
        ));
    }
    for (class, c) in &st.cost_per_record {
        cost(
            c.low,
            c.high,
            &format!("settings.cost_per_record.{}", class.word()),
            out,
        );
    }
}
