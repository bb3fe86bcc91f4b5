//! Relationship statements → holdings and control rights: interest types mapped to what
//! Exposure models, `share` objects read as a percent and a band, duplicates merged, and every
//! interest that cannot be used skipped with a warning naming it.

use serde_json::Value;
use std::collections::{HashMap, HashSet};

use super::read::{Meaning, meaning};
use crate::model::problem::{quote, show};
use crate::model::{ControlKind, ControlRight, Holding, Problem};

/// Holdings and control rights gathered from relationship statements, with the statement
/// each came from.
#[derive(Default)]
pub struct Relations {
    pub holdings: Vec<Holding>,
    pub holding_from: Vec<String>,
    has_equity: Vec<bool>,
    pub rights: Vec<ControlRight>,
    pub right_from: Vec<String>,
    /// (holder, target) → index in `holdings`.
    pairs: HashMap<(String, String), usize>,
    seen_rights: HashSet<(String, String, ControlKind)>,
}

impl Relations {
    /// Adds the interests of party `h` in subject `t` from the statement at `path`.
    pub fn add(&mut self, h: &str, t: &str, interests: &[Value], path: &str, w: &mut Vec<Problem>) {
        for (k, interest) in interests.iter().enumerate() {
            let at = format!("{path}.recordDetails.interests[{k}]");
            if let Err(why) = self.interest(h, t, interest, path) {
                w.push(Problem::warning(at, why));
            }
        }
    }

    fn interest(&mut self, h: &str, t: &str, i: &Value, from: &str) -> Result<(), String> {
        let kind = i.get("type").and_then(Value::as_str).unwrap_or("");
        let Some(m) = meaning(kind) else {
            return Err(format!(
                "the interest type {} is not modelled by Exposure; skipped",
                quote(kind)
            ));
        };
        if i.get("endDate")
            .and_then(Value::as_str)
            .is_some_and(|d| !d.is_empty())
        {
            return Err("this interest has ended (endDate); skipped".into());
        }
        if i.get("directOrIndirect").and_then(Value::as_str) == Some("indirect") {
            return Err(
                "an indirect interest; Exposure computes indirect holdings from direct \
                        ones; skipped"
                    .into(),
            );
        }
        let details = i.get("details").and_then(Value::as_str).unwrap_or("");
        let kind = match m {
            Meaning::Board => ControlKind::BoardMajority,
            Meaning::Influence if details.to_lowercase().contains("veto") => ControlKind::Veto,
            Meaning::Influence | Meaning::Agreement => ControlKind::Agreement,
            Meaning::Equity | Meaning::Votes => {
                let (percent, range) = share(i.get("share"))?;
                return self.share(h, t, m == Meaning::Equity, percent, range, from);
            }
        };
        if self
            .seen_rights
            .insert((h.to_string(), t.to_string(), kind))
        {
            self.rights.push(ControlRight {
                holder: h.to_string(),
                target: t.to_string(),
                kind,
                description: String::new(),
            });
            self.right_from.push(from.to_string());
        }
        Ok(())
    }

    fn share(
        &mut self,
        h: &str,
        t: &str,
        equity: bool,
        p: f64,
        range: Option<[f64; 2]>,
        from: &str,
    ) -> Result<(), String> {
        let key = (h.to_string(), t.to_string());
        let i = match self.pairs.get(&key) {
            Some(i) => *i,
            None => {
                self.pairs.insert(key, self.holdings.len());
                self.holdings.push(Holding::new(h, t, p));
                self.holding_from.push(from.to_string());
                self.has_equity.push(false);
                self.holdings.len() - 1
            }
        };
        let (Some(x), Some(has_equity)) = (self.holdings.get_mut(i), self.has_equity.get_mut(i))
        else {
            return Ok(());
        };
        if equity {
            if *has_equity {
                return Err(
                    "a second shareholding of the same party in the same entity; \
                            skipped"
                        .into(),
                );
            }
            *has_equity = true;
            x.percent = p;
            x.range = range;
        } else {
            // Without a shareholding, equity stays equal to the votes (set when created).
            x.votes_percent = Some(p);
        }
        Ok(())
    }
}

/// Percent and band of a `share` object; `Err` when it gives no usable percentage.
fn share(v: Option<&Value>) -> Result<(f64, Option<[f64; 2]>), String> {
    let num = |k: &str| v.and_then(|s| s.get(k)).and_then(Value::as_f64);
    let exact = num("exact");
    let low = num("minimum").or_else(|| num("exclusiveMinimum"));
    let high = num("maximum").or_else(|| num("exclusiveMaximum"));
    let (percent, range) = match (exact, low, high) {
        (Some(e), None, None) => (e, None),
        (Some(e), lo, hi) if lo.unwrap_or(e) == e && hi.unwrap_or(e) == e => (e, None),
        (e, lo, hi) if lo.is_some() || hi.is_some() => {
            let (lo, hi) = (lo.unwrap_or(0.0), hi.unwrap_or(100.0));
            (e.unwrap_or((lo + hi) / 2.0), Some([lo, hi]))
        }
        _ => return Err("no share percentage given; skipped".into()),
    };
    let ok = |x: f64| x.is_finite() && (0.0..=100.0).contains(&x);
    if !ok(percent) || percent == 0.0 || range.is_some_and(|[a, b]| !ok(a) || !ok(b) || a > b) {
        return Err(format!(
            "the share {} is not a percentage above 0 and up to 100; skipped",
            show(percent)
        ));
    }
    Ok((percent, range))
}
