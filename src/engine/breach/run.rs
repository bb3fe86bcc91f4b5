//! The analysis from start to end: plan the entries, compute the exact ones, run the Monte
//! Carlo reach pass for the rest, build the event distribution, then records, loss, the second
//! pass (link effects and blast radius), sensitivity, duties and paths.

use super::combine::{self, Combined, TreeExact};
use super::effect::{self, Effect};
use super::entries::{self, Budget, Entry};
use super::events::{Events, has};
use super::exact::{self, Exact};
use super::full::{self, FullPass};
use super::graph::Graph;
use super::loss::{self, Priced};
use super::net::Net;
use super::plan::Plan;
use super::reach::{self, Entries, ReachPass};
use super::results::{Basis, BreachResults, Choke, CostBand, Method, Note, Reach};
use super::rng::{Stream, streams};
use super::sensitivity::{self, Base};
use super::targets::Targets;
use super::{Cancelled, Stage, Ticker, blast, cost, duties, paths, records};
use crate::model::Scenario;

/// Runs the whole analysis of a valid scenario.
pub fn run(s: &Scenario, ticker: &mut Ticker) -> Result<BreachResults, Cancelled> {
    ticker.stage(Stage::Plan)?;
    let g = Graph::new(s);
    let targets = Targets::new(s);
    let tn = targets.len();
    let mut budget = Budget::default();
    let (basis, entries, lambda) = entries::entries(s, &g, tn, &mut budget);
    let seed = s.settings.seed;
    let words = s.settings.trials.clamp(1, 1 << 40).div_ceil(64);

    ticker.stage(Stage::Exact)?;
    let mut exacts: Vec<Option<Exact>> = Vec::with_capacity(entries.len());
    let mut trees: Vec<Option<TreeExact>> = Vec::with_capacity(entries.len());
    for e in &entries {
        exacts.push(match &e.plan {
            Plan::Enumerate {
                nodes,
                dirs,
                uncertain,
            } => Some(exact::enumerate(
                &g, &targets, e.id, nodes, dirs, uncertain, true, ticker,
            )?),
            _ => None,
        });
        trees.push(combine::tree_exact(&e.plan, &targets, g.n));
    }
    let mc = sampled_entries(&entries, &exacts);
    let mc_weight: f64 = mc.weights.iter().sum();
    let known: Vec<(usize, &Plan)> = entries.iter().map(|e| (e.id, &e.plan)).collect();
    let plans = blast::plans(&g, &targets, &known, &mut budget);
    let blast_mc = blast::sampled(&plans, &targets);
    let whole = (!mc.ids.is_empty() || !blast_mc.is_empty()).then(|| {
        let all: Vec<usize> = (0..g.n).collect();
        Net::from_sources(
            g.n,
            &all,
            g.dirs.iter().enumerate().map(|(i, d)| (d.from, d.to, i)),
            &mc.ids,
        )
    });

    let pass: Option<ReachPass> = match (&whole, mc.ids.is_empty()) {
        (Some(net), false) => {
            ticker.stage(Stage::Reach)?;
            let mut rng = Stream::new(seed, streams::REACH);
            Some(reach::run(&g, net, &targets, &mc, words, &mut rng, ticker)?)
        }
        _ => None,
    };
    let comb = combine::combine(&entries, &exacts, &trees, pass.as_ref(), g.n, tn);
    let mut events = Events::new(tn);
    for (e, ex) in entries.iter().zip(&exacts) {
        for (key, w) in ex.iter().flat_map(|x| &x.patterns) {
            events.add_exact(key, e.weight * w);
        }
    }
    if let Some(ps) = &pass {
        events.add_lanes(&ps.patterns, tn, mc_weight);
    }
    let (records, records_total, records_by_country) =
        records::records(s, &targets, &comb, &events);
    let priced = Priced::new(&events, &targets);
    let cost_band = cost_band(s, &targets, &comb, &events);

    let mut notes = Vec::new();
    let loss = if lambda > 0.0 {
        ticker.stage(Stage::Loss)?;
        let mut rng = Stream::new(seed, streams::LOSS);
        let trials = s.settings.trials.max(1);
        Some(loss::annual(
            &events, &priced, lambda, trials, &mut rng, ticker, &mut notes,
        )?)
    } else {
        None
    };

    let full: Option<FullPass> = match &whole {
        Some(net) => {
            ticker.stage(Stage::Spread)?;
            let mut rng = Stream::new(seed, streams::SPREAD);
            Some(full::run(
                &g, net, &targets, &mc, &blast_mc, words, &mut rng, ticker,
            )?)
        }
        None => None,
    };
    ticker.stage(Stage::Blast)?;
    let known_exact: Vec<(usize, &Exact)> = entries
        .iter()
        .zip(&exacts)
        .filter_map(|(e, x)| Some((e.id, x.as_ref()?)))
        .collect();
    let blast_radius = blast::blast(
        s,
        &g,
        &targets,
        &plans,
        &known_exact,
        &blast_mc,
        full.as_ref(),
        ticker,
    )?;

    let parts = Parts {
        g: &g,
        entries: &entries,
        exacts: &exacts,
        full: full.as_ref(),
        mc_weight,
    };
    let choke_points = choke(s, &parts);
    let base = Base {
        ale: loss.as_ref().map(|l| l.ale_exact),
        records: records_total.mean,
        lambda,
    };
    let slopes: Vec<(Effect, bool)> = (0..g.dirs.len()).map(|d| parts.slope(d)).collect();
    let mut rows = sensitivity::link_rows(&g, &base, &slopes);
    let values = entry_values(&entries, &exacts, &trees, &targets, &mc, pass.as_ref());
    rows.extend(sensitivity::threat_rows(
        s,
        &entries,
        &values,
        &base,
        mc.ids.is_empty(),
    ));
    let exposed: Vec<(f64, f64, bool)> = targets
        .of_category
        .iter()
        .map(|&t| (comb.exposed[t].p, comb.exposed[t].se, comb.exposed[t].exact))
        .collect();
    rows.extend(sensitivity::cost_rows(&targets, &base, &exposed));
    sensitivity::sort(&mut rows);

    let exposed_p: Vec<f64> = comb.exposed.iter().map(|e| e.p).collect();
    let duties = duties::duties(s, &targets, &exposed_p, &events);
    let shares: Vec<(usize, f64)> = entries.iter().map(|e| (e.id, e.weight)).collect();
    let paths = paths::most_probable(s, &g, &shares);
    if basis == Basis::EveryEntity {
        notes.insert(0, Note::NoThreats);
    }
    if targets.dbir && s.currency != "USD" {
        notes.push(Note::DbirInUsd);
    }
    if full.as_ref().is_some_and(|f| f.spec.capped) {
        notes.push(Note::ForcedSweepsCapped);
    }
    let trials_run = if whole.is_some() { words * 64 } else { 0 };
    Ok(BreachResults {
        basis,
        events_per_year: lambda,
        method: method(s, &entries, &comb, trials_run),
        reach: reach_map(s, &comb),
        records,
        records_total,
        records_by_country,
        loss,
        cost_band,
        blast_radius,
        choke_points,
        duties,
        sensitivity: super::results::Sensitivity {
            base_ale: base.ale,
            base_records: base.records,
            rows,
        },
        paths,
        notes,
    })
}

/// Entries without an exact enumeration, weighted; only those without any exact method are
/// counted for reach and exposure.
fn sampled_entries(entries: &[Entry], exacts: &[Option<Exact>]) -> Entries {
    let mut mc = Entries::default();
    for (e, x) in entries.iter().zip(exacts) {
        if x.is_none() && e.weight > 0.0 {
            mc.ids.push(e.id);
            mc.weights.push(e.weight);
            mc.counted.push(matches!(e.plan, Plan::Sample));
        }
    }
    mc
}

/// The exact entries' sums and the second pass, for link effects.
struct Parts<'a> {
    g: &'a Graph,
    entries: &'a [Entry],
    exacts: &'a [Option<Exact>],
    full: Option<&'a FullPass>,
    mc_weight: f64,
}

impl Parts<'_> {
    fn combined(
        &self,
        f: impl Fn(&Exact) -> Effect,
        g: impl Fn(&FullPass) -> Effect,
    ) -> (Effect, bool) {
        let mut total = Effect::default();
        for (e, x) in self.entries.iter().zip(self.exacts) {
            if let Some(x) = x {
                total = total.plus(f(x).scaled(e.weight));
            }
        }
        match self.full {
            Some(fp) if self.mc_weight > 0.0 => (total.plus(g(fp).scaled(self.mc_weight)), false),
            _ => (total, true),
        }
    }

    fn slope(&self, d: usize) -> (Effect, bool) {
        let p = self.g.dirs[d].p;
        self.combined(
            |x| effect::slope(&x.spec, &x.acc, d, p, true),
            |f| effect::slope(&f.spec, &f.acc, d, p, false),
        )
    }

    fn fall(&self, link: usize) -> (Effect, bool) {
        let q: f64 = self.g.link_dirs[link]
            .iter()
            .map(|&d| 1.0 - self.g.dirs[d].p)
            .product();
        self.combined(
            |x| effect::fall(&x.spec, &x.acc, link, q, true),
            |f| effect::fall(&f.spec, &f.acc, link, q, false),
        )
    }
}

fn choke(s: &Scenario, parts: &Parts) -> Vec<Choke> {
    let mut out: Vec<Choke> = (0..s.links.len())
        .map(|k| {
            let (fall, exact) = if parts.g.link_dirs[k].is_empty() {
                (Effect::default(), true)
            } else {
                parts.fall(k)
            };
            Choke {
                link: k,
                vendor: s.links[k].vendor.clone(),
                client: s.links[k].client.clone(),
                fall,
                exact,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.fall
            .records
            .total_cmp(&a.fall.records)
            .then(b.fall.loss.total_cmp(&a.fall.loss))
            .then(a.link.cmp(&b.link))
    });
    out
}

/// Each entry's own expected records and loss per event.
fn entry_values(
    entries: &[Entry],
    exacts: &[Option<Exact>],
    trees: &[Option<TreeExact>],
    targets: &Targets,
    mc: &Entries,
    pass: Option<&ReachPass>,
) -> Vec<(f64, f64)> {
    let slot: std::collections::HashMap<usize, usize> =
        mc.ids.iter().enumerate().map(|(j, &id)| (id, j)).collect();
    entries
        .iter()
        .enumerate()
        .map(|(k, e)| {
            let lanes = || -> (f64, f64) {
                let (Some(ps), Some(&j)) = (pass, slot.get(&e.id)) else {
                    return (0.0, 0.0);
                };
                let n = ps.entry_lanes[j].max(1) as f64;
                (ps.entry_records[j] / n, ps.entry_loss[j] / n)
            };
            match (&exacts[k], &trees[k]) {
                (Some(x), _) => x.mom.means(),
                (None, Some(t)) => {
                    let r = (0..targets.len())
                        .map(|i| t.exposed[i] * targets.records[i])
                        .sum();
                    let l = if targets.dbir {
                        lanes().1
                    } else {
                        (0..targets.len())
                            .map(|i| t.exposed[i] * targets.loss[i])
                            .sum()
                    };
                    (r, l)
                }
                _ => lanes(),
            }
        })
        .collect()
}

fn cost_band(s: &Scenario, targets: &Targets, comb: &Combined, events: &Events) -> CostBand {
    let per_record = (0..targets.len())
        .map(|t| comb.exposed[t].p * targets.loss[t])
        .sum();
    let dbir = events.values(|key| {
        cost::dbir_2015(
            (0..targets.len())
                .filter(|&t| has(key, t))
                .map(|t| targets.records[t])
                .sum(),
        )
    });
    CostBand {
        per_record,
        dbir_2015: events.summary(&dbir).mean,
        model: s.settings.cost_model,
    }
}

fn reach_map(s: &Scenario, comb: &Combined) -> std::collections::BTreeMap<String, Reach> {
    s.entities
        .iter()
        .zip(&comb.reach)
        .map(|(e, r)| {
            (
                e.id.clone(),
                Reach {
                    p: r.p,
                    stderr: r.se,
                    exact: r.exact,
                },
            )
        })
        .collect()
}

fn method(s: &Scenario, entries: &[Entry], comb: &Combined, trials: u64) -> Method {
    let ids = |f: fn(&Plan) -> bool| -> Vec<String> {
        entries
            .iter()
            .filter(|e| f(&e.plan))
            .map(|e| s.entities[e.id].id.clone())
            .collect()
    };
    Method {
        exact: comb.sampled_weight == 0.0,
        trials,
        seed: s.settings.seed,
        enumerated: ids(|p| matches!(p, Plan::Enumerate { .. })),
        tree: ids(|p| matches!(p, Plan::Tree { .. })),
        sampled: ids(|p| matches!(p, Plan::Sample)),
    }
}
