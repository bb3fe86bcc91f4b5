//! The control side of the readable report: ultimate owners, control chains, power indices, the
//! network power index, where the lenses disagree, and the flags, as aligned text.

use crate::engine::explain::pct;
use crate::engine::lenses::LensRow;
use crate::engine::results::ControlResults;

/// The control side as readable text.
pub fn text(r: &ControlResults, out: &mut String) {
    use std::fmt::Write;
    let _ = writeln!(
        out,
        "\nUltimate owners (percent of each entity; float:E = unrecorded holders of E)"
    );
    for e in &r.entities {
        let list: Vec<String> = e
            .ownership
            .ultimate
            .iter()
            .map(|u| format!("{} {}", u.holder, pct(u.percent)))
            .collect();
        let _ = writeln!(out, "  {:<22} {}", e.id, list.join(", "));
    }
    let _ = writeln!(out, "\nControl");
    let _ = writeln!(
        out,
        "  {:<22} {:<18} {:<34} {:<22} vetoes",
        "entity", "controller", "chain", "joint"
    );
    for e in &r.entities {
        let c = &e.control;
        let joint = c.joint.as_ref().map_or("-".to_string(), |j| j.join(" + "));
        let chain = if c.chain.is_empty() {
            "-".to_string()
        } else {
            c.chain.join(" → ")
        };
        let vetoes = if c.vetoes.is_empty() {
            "-".to_string()
        } else {
            c.vetoes.join(", ")
        };
        let _ = writeln!(
            out,
            "  {:<22} {:<18} {:<34} {:<22} {}",
            e.id,
            c.controller.as_deref().unwrap_or("-"),
            chain,
            joint,
            vetoes
        );
        for s in c.why.special_majority.iter() {
            let _ = writeln!(
                out,
                "  {:<22} special resolution alone: {} up to {} % turnout",
                "",
                s.holder,
                pct(s.up_to_turnout)
            );
        }
    }
    let _ = writeln!(
        out,
        "\nPower indices of direct holders (Banzhaf normalised / Shapley–Shubik)"
    );
    for e in &r.entities {
        let Some(p) = &e.power else { continue };
        let mut list: Vec<String> = p
            .players
            .iter()
            .map(|x| format!("{} {:.3}/{:.3}", x.holder, x.banzhaf, x.shapley_shubik))
            .collect();
        if let Some(f) = &p.float {
            list.push(format!(
                "{} ({} atoms) {:.3}/{:.3}",
                f.holder, f.atoms, f.banzhaf, f.shapley_shubik
            ));
        }
        let _ = writeln!(out, "  {:<22} {}", e.id, list.join(", "));
    }
    let _ = writeln!(
        out,
        "\nNetwork power index ({} trials; value ± standard error)",
        r.network_trials
    );
    for n in &r.network_power {
        let _ = writeln!(out, "  {:<22} {:>10.4} ± {:.4}", n.id, n.value, n.stderr);
    }
    let disagree: Vec<&LensRow> = r
        .entities
        .iter()
        .flat_map(|e| &e.lenses)
        .filter(|l| l.disagree)
        .collect();
    if !disagree.is_empty() {
        let _ = writeln!(out, "\nWhere the lenses disagree");
        for l in disagree {
            let _ = writeln!(out, "  {}", l.sentence);
        }
    }
    let _ = writeln!(out, "\nFlags");
    if r.flags.is_empty() {
        let _ = writeln!(out, "  none");
    }
    for f in &r.flags {
        let _ = writeln!(out, "  {}: {}", f.kind, f.sentence);
    }
}
