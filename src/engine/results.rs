//! Everything the control side computes from a validated scenario, in one value the UI and the
//! report both read: per entity its ownership, control, power, weakest-link, regime and lens
//! results with their explanations, then the network power index, the flags and the warnings.

use serde::Serialize;

use crate::engine::control::regimes::{RegimeVerdict, regimes};
use crate::engine::control::weakest::{WeakestLink, weakest_links};
use crate::engine::control::{ControlEntry, ControlState, params::Params};
use crate::engine::flags::{Flag, inverted_supervision};
use crate::engine::graph::{Band, Net};
use crate::engine::lenses::{LensRow, TargetLenses, rows};
use crate::engine::network::network_power;
use crate::engine::ownership::{Ultimate, ownership_tables};
use crate::engine::power::{PowerTable, power_table};
use crate::model::Scenario;

/// Most lens-comparison rows over a whole scenario; beyond it the rows are left out (with a
/// warning) and the UI asks for one target's rows with [`crate::engine::lenses::rows`].
pub const MAX_LENS_ROWS: usize = 20_000;

/// Largest scenario (entities) for which the pairwise lenses (weakest link, regimes, lens
/// comparison) run over every target; beyond it the report has the spec's fields only.
pub const MAX_DETAIL: usize = 2_000;

/// Path steps the weakest-link lens may spend over a whole scenario (chains multiply in dense
/// or very deep groups; a 10,000-long chain alone has 50 million).
pub const PATH_BUDGET: usize = 2_000_000;

/// Options of [`control_report_with`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Options {
    /// Trials of the network power index; `None` uses `settings.trials`.
    pub network_trials: Option<u64>,
}

/// All lenses for one entity T (T as the target).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityResults {
    pub id: String,
    pub ownership: Ultimate,
    pub control: ControlEntry,
    /// The voting game among T's direct holders (None when nobody holds T).
    pub power: Option<PowerTable>,
    pub weakest_link: Vec<WeakestLink>,
    pub regimes: Vec<RegimeVerdict>,
    pub lenses: Vec<LensRow>,
}

/// The network power index of one entity.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NetworkPowerEntry {
    pub id: String,
    pub value: f64,
    pub stderr: f64,
}

/// Everything the control side computes, for every entity in scenario order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ControlResults {
    pub entities: Vec<EntityResults>,
    pub network_power: Vec<NetworkPowerEntry>,
    pub network_trials: u64,
    pub flags: Vec<Flag>,
    /// Plain-English warnings (improper games, contested control, cut-off lists …).
    pub warnings: Vec<String>,
}

/// Computes every lens with the scenario's own settings (`settings.trials` network trials).
pub fn control_report(s: &Scenario) -> ControlResults {
    control_report_with(s, &Options::default())
}

/// Computes every lens; `opts` can lower the network power index's trials for interactive use.
pub fn control_report_with(s: &Scenario, opts: &Options) -> ControlResults {
    let net = Net::new(s, Band::Point);
    let params = Params::new(&s.settings);
    let mut warnings = Vec::new();
    let ownership = ownership_tables(s);
    let state = ControlState::new(&net, params);
    let control = state.entries(&net);
    let integrated: Vec<Vec<(usize, f64)>> = ownership
        .iter()
        .map(|u| {
            u.integrated
                .iter()
                .filter_map(|e| net.index.get(&e.holder).map(|&k| (k, e.percent / 100.0)))
                .collect()
        })
        .collect();
    let detail = net.len() <= MAX_DETAIL;
    let mut regime = if detail {
        regimes(&net, &params, &integrated)
    } else {
        vec![Vec::new(); net.len()]
    };
    if !detail {
        warnings.push(format!(
            "{} entities: the weakest-link, regime and lens-comparison results are computed for scenarios of up to {MAX_DETAIL} entities only",
            net.len()
        ));
    }
    let mut lens_rows = 0;
    let mut path_budget = PATH_BUDGET;
    let mut cut = 0;
    let entities: Vec<EntityResults> = ownership
        .into_iter()
        .zip(control)
        .enumerate()
        .map(|(t, (own, ctl))| {
            let power = power_table(&net, &params, s.settings.float_atom, t);
            let budget = if detail {
                path_budget.min(crate::engine::ownership::paths::BUDGET)
            } else {
                0
            };
            let (weakest, complete, spent) = weakest_links(&net, t, params.weakest_link, budget);
            path_budget -= spent.min(path_budget);
            cut += usize::from(!complete && detail);
            let regimes = std::mem::take(&mut regime[t]);
            let lenses = if detail && lens_rows < MAX_LENS_ROWS {
                let r = rows(&TargetLenses {
                    ownership: &own,
                    control: &ctl,
                    power: power.as_ref(),
                    weakest: &weakest,
                    regimes: &regimes,
                });
                lens_rows += r.len();
                r
            } else {
                Vec::new()
            };
            notes(&own, &ctl, power.as_ref(), &mut warnings);
            EntityResults {
                id: net.ids[t].clone(),
                ownership: own,
                control: ctl,
                power,
                weakest_link: weakest,
                regimes,
                lenses,
            }
        })
        .collect();
    if cut > 0 {
        warnings.push(format!("weakest-link lens: {cut} entities have too many ownership chains to walk them all; their figures count the chains walked"));
    }
    if lens_rows >= MAX_LENS_ROWS {
        warnings.push(format!("lens comparison stops after {MAX_LENS_ROWS} holder–target pairs; ask for one target's rows"));
    }
    let trials = opts.network_trials.unwrap_or(s.settings.trials);
    let np = network_power(
        &net,
        &params,
        s.settings.float_atom,
        trials,
        s.settings.seed,
    );
    if np.unsettled > 0 {
        warnings.push(format!("network power index: in {} of {} trials control labels were still changing after 100 rounds (circular control)", np.unsettled, np.trials));
    }
    let network_power = (0..net.len())
        .map(|i| NetworkPowerEntry {
            id: net.ids[i].clone(),
            value: np.value[i],
            stderr: np.stderr[i],
        })
        .collect();
    let flags = inverted_supervision(s, &net, &state);
    ControlResults {
        entities,
        network_power,
        network_trials: np.trials,
        flags,
        warnings,
    }
}

fn notes(
    own: &Ultimate,
    ctl: &ControlEntry,
    power: Option<&PowerTable>,
    warnings: &mut Vec<String>,
) {
    let t = &own.target;
    if !own.converged {
        warnings.push(format!(
            "{t}: a very large ownership loop did not converge; its ultimate shares are approximate"
        ));
    }
    if let Some(c) = &ctl.why.contested {
        warnings.push(match c.kind {
            "cycle" => format!("{t}: control is circular ({} control each other); no ultimate controller is reported", c.ids.join(", ")),
            _ => format!("{t}: {} parties each control it without one controlling the others; no ultimate controller is reported", c.controllers),
        });
    }
    if ctl.why.left_off > 0 {
        warnings.push(format!(
            "{t}: {} more vetoes or blockers are not listed",
            ctl.why.left_off
        ));
    }
    if let Some(p) = power {
        if p.improper {
            warnings.push(format!("{t}: the voting game is improper (two disjoint groups can both win at a quota met rather than exceeded)"));
        }
        if p.coarsened {
            warnings.push(format!("{t}: the unrecorded votes were split into at most 1000 atoms for the power indices, larger than settings.float_atom"));
        }
    }
}
