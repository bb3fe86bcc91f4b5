//! Flags on a scenario. `inverted-supervision` (spec): a link's vendor, or an entity that
//! controls, jointly controls or can veto the vendor ("via"), also controls, jointly controls or
//! can veto the client, while the client itself does not control the vendor: the supervised
//! party's group has power over its supervisor. A subsidiary serving its own parent is not flagged.

use serde::Serialize;

use crate::engine::control::ControlState;
use crate::engine::graph::Net;
use crate::model::Scenario;

/// One flag of the report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Flag {
    /// `inverted-supervision`.
    pub kind: &'static str,
    pub vendor: String,
    pub client: String,
    pub via: String,
    /// How `via` stands to the client: `controls`, `joint-control` or `veto`.
    pub relation: &'static str,
    /// How `via` stands to the vendor: `is-vendor`, `controls`, `joint-control` or `veto`.
    pub via_vendor: &'static str,
    /// Position of the link in `scenario.links`.
    pub link: usize,
    pub sentence: String,
}

/// Every inverted-supervision flag, in link order, one per link and `via`.
pub fn inverted_supervision(s: &Scenario, net: &Net, st: &ControlState) -> Vec<Flag> {
    let mut out = Vec::new();
    for (li, l) in s.links.iter().enumerate() {
        let (Some(&c), Some(&v)) = (net.index.get(&l.client), net.index.get(&l.vendor)) else {
            continue;
        };
        if c == v || st.map.controls(c, v) {
            continue;
        }
        // The vendor itself, then everyone with power over it.
        let mut candidates: Vec<(usize, &'static str)> = vec![(v, "is-vendor")];
        for i in 0..net.len() {
            if i != v
                && let Some(r) = st.relation(i, v)
            {
                candidates.push((i, r));
            }
        }
        for (x, via_vendor) in candidates {
            if x == c {
                continue;
            }
            let Some(relation) = st.relation(x, c) else {
                continue;
            };
            let how = match via_vendor {
                "is-vendor" => String::new(),
                r => format!(", which {} {}", verb(r), l.vendor),
            };
            out.push(Flag {
                kind: "inverted-supervision",
                vendor: l.vendor.clone(),
                client: l.client.clone(),
                via: net.ids[x].clone(),
                relation,
                via_vendor,
                link: li,
                sentence: format!(
                    "{} supervises its vendor {}, yet {}{how}, {} {}: the supervised side has power over its supervisor",
                    l.client,
                    l.vendor,
                    net.ids[x],
                    verb(relation),
                    l.client
                ),
            });
        }
    }
    out
}

fn verb(relation: &str) -> &'static str {
    match relation {
        "controls" => "controls",
        "joint-control" => "jointly controls",
        _ => "can veto",
    }
}
