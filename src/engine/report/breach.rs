//! The breach part of the report: the spec's `breach` fields (from
//! [`crate::engine::breach::analyse`]) in `--json`, and a readable table for a terminal.

use std::fmt::Write;

use crate::engine::breach::{self, BreachResults, Input, Note, Rule, Within};
use crate::model::Scenario;
use crate::model::problem::grouped;

/// Rows shown per list in the table (the JSON has them all).
const TOP: usize = 10;

/// The breach results of a valid scenario (`None` only if it is not valid after all).
pub fn build(s: &Scenario) -> Option<BreachResults> {
    breach::analyse(s).ok()
}

fn money(x: f64) -> String {
    grouped(x.round())
}

fn prob(p: f64) -> String {
    format!("{p:.4}")
}

fn pm(se: f64, exact: bool) -> String {
    if exact {
        "exact".into()
    } else {
        format!("± {}", prob(se))
    }
}

/// The breach section as text.
pub fn text(b: &BreachResults, out: &mut String) {
    let _ = writeln!(out, "\nBreach impact");
    match b.basis {
        breach::Basis::Threats => {
            let _ = writeln!(out, "  {} breach events a year expected", b.events_per_year);
        }
        breach::Basis::EveryEntity => {
            let _ = writeln!(
                out,
                "  No threat with a rate above 0: figures per event take every entity as an equally likely entry; no annual loss."
            );
        }
    }
    let how = if b.method.exact {
        "exact".to_string()
    } else {
        format!(
            "Monte Carlo, {} trials, seed {}",
            grouped(b.method.trials as f64),
            b.method.seed
        )
    };
    let _ = writeln!(out, "  Method: {how}");
    let _ = writeln!(
        out,
        "\nReach per event (probability each entity is reached):"
    );
    let mut reach: Vec<_> = b.reach.iter().filter(|(_, r)| r.p > 0.0).collect();
    reach.sort_by(|a, c| c.1.p.total_cmp(&a.1.p).then(a.0.cmp(c.0)));
    for (id, r) in reach {
        let _ = writeln!(out, "  {id:<24} {}  {}", prob(r.p), pm(r.stderr, r.exact));
    }
    let _ = writeln!(out, "\nRecords exposed per event:        mean          p95");
    for (id, r) in &b.records {
        let _ = writeln!(
            out,
            "  {id:<24} {:>12} {:>12}",
            grouped(r.mean.round()),
            grouped(r.p95)
        );
    }
    let t = &b.records_total;
    let _ = writeln!(
        out,
        "  {:<24} {:>12} {:>12}",
        "total",
        grouped(t.mean.round()),
        grouped(t.p95)
    );
    for (k, st) in &b.records_by_country {
        let _ = writeln!(
            out,
            "    {k:<22} {:>12} {:>12}",
            grouped(st.mean.round()),
            grouped(st.p95)
        );
    }
    if let Some(l) = &b.loss {
        let _ = writeln!(
            out,
            "\nAnnual loss ({} years simulated, {} events):",
            grouped(l.years as f64),
            grouped(l.events as f64)
        );
        let _ = writeln!(
            out,
            "  ALE        {:>16} ± {}   (λ·E[L] = {})",
            money(l.ale),
            money(l.stderr),
            money(l.ale_exact)
        );
        let _ = writeln!(
            out,
            "  VaR 95 %   {:>16} ± {}",
            money(l.var95),
            money(l.stderr_var95)
        );
        let _ = writeln!(
            out,
            "  VaR 99 %   {:>16} ± {}",
            money(l.var99),
            money(l.stderr_var99)
        );
        let _ = writeln!(
            out,
            "  TVaR 95 %  {:>16} ± {}",
            money(l.tvar95),
            money(l.stderr_tvar95)
        );
    }
    let c = &b.cost_band;
    let _ = writeln!(
        out,
        "\nExpected loss per event: per record {}, DBIR 2015 {}",
        money(c.per_record),
        money(c.dbir_2015)
    );
    let _ = writeln!(
        out,
        "\nBlast radius (each entity as the entry; per event), worst first:"
    );
    for r in b.blast_radius.iter().take(TOP) {
        let _ = writeln!(
            out,
            "  {:<24} {:>12} records {:>16}",
            r.entry,
            grouped(r.records_mean.round()),
            money(r.loss_mean)
        );
    }
    let _ = writeln!(out, "\nChoke points (fall per event when the link is cut):");
    for ch in b.choke_points.iter().take(TOP) {
        let name = format!("{} → {}", ch.vendor, ch.client);
        let _ = writeln!(
            out,
            "  {name:<32} {:>12} records {:>16}",
            grouped(ch.fall.records.round()),
            money(ch.fall.loss)
        );
    }
    duties(b, out);
    sensitivity(b, out);
    for n in &b.notes {
        let _ = writeln!(out, "note: {}", note(*n));
    }
}

fn duties(b: &BreachResults, out: &mut String) {
    let when = b
        .duties
        .detected
        .as_deref()
        .unwrap_or("not set: deadlines count from detection");
    let _ = writeln!(out, "\nDuties a breach triggers (detected: {when}):");
    if b.duties.items.is_empty() {
        let _ = writeln!(out, "  none");
    }
    for d in &b.duties.items {
        let rule = match d.rule {
            Rule::Appi => "APPI (Japan)",
            Rule::Telecom => "Telecommunications Business Act (Japan)",
            Rule::Gdpr => "GDPR (EU/EEA)",
        };
        let _ = writeln!(
            out,
            "  {rule}, {}: {} (in {:.0} % of events)",
            d.holder,
            d.categories.join(", "),
            d.p * 100.0
        );
        for a in &d.actions {
            let within = match (a.within, &a.due, &a.due_from) {
                (_, Some(to), Some(from)) => format!("{from} to {to}"),
                (Within::Hours(h), Some(to), None) => format!("within {h} hours (by {to})"),
                (Within::Hours(h), None, _) => format!("within {h} hours of detection"),
                (_, Some(to), None) => format!("by {to}"),
                (Within::Days(x, y), None, _) if x == y => format!("within {y} days of detection"),
                (Within::Days(x, y), None, _) => format!("within {x}–{y} days of detection"),
                (Within::Promptly, ..) => "promptly".to_string(),
            };
            let _ = writeln!(
                out,
                "    {}: {within}",
                a.duty.rsplit('.').next().unwrap_or("")
            );
        }
    }
}

fn sensitivity(b: &BreachResults, out: &mut String) {
    let s = &b.sensitivity;
    let _ = writeln!(
        out,
        "\nSensitivity (each input −50 % / +50 %), widest first:"
    );
    for r in s.rows.iter().take(TOP) {
        let input = match r.input {
            Input::LinkP => format!("links[{}].p", r.index),
            Input::LinkPBack => format!("links[{}].p_back", r.index),
            Input::ThreatRate => format!("threats[{}].rate", r.index),
            Input::CostRange => format!("data[{}] cost", r.index),
        };
        let ale = match (r.ale_low, r.ale_high) {
            (Some(a), Some(c)) => format!("ALE {} – {}", money(a), money(c)),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "  {input:<22} records {} – {}  {ale}",
            grouped(r.records_low.round()),
            grouped(r.records_high.round())
        );
    }
}

fn note(n: Note) -> &'static str {
    match n {
        Note::NoThreats => "no threat with a rate above 0: results are conditional on the entry",
        Note::DbirInUsd => {
            "the DBIR 2015 formula is in US dollars; the scenario's currency is not converted"
        }
        Note::YearsCapped => {
            "fewer years than `trials` were simulated to bound the number of events"
        }
        Note::NormalApproximation => {
            "annual loss from the normal approximation (very many events a year)"
        }
        Note::ForcedSweepsCapped => {
            "some link effects are split estimates with wide standard errors"
        }
    }
}
