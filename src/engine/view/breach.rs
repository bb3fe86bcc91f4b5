//! The breach side of the view: what the exposure and loss panels draw, taken from the breach
//! engine's results and cut to what is shown (rows capped at [`MAX_ROWS`], exceedance curves
//! thinned to [`CURVE_POINTS`]). Ids and figures only; the panels word them.

use serde::{Deserialize, Serialize};

use super::MAX_ROWS;
use crate::engine::breach::{
    Basis, BreachResults, Input, LossMethod, Note, Point, Reason, Rule, Within,
};
use crate::model::{CostModel, Scenario};

/// Most points kept per exceedance curve (a chart a few hundred pixels wide needs no more).
pub const CURVE_POINTS: usize = 80;

/// Everything the exposure and loss panels show.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Breach {
    /// Events enter as the threats say (false: every entity is an equally likely entry and
    /// there is no annual loss).
    pub threats: bool,
    pub events_per_year: f64,
    /// Every reach probability exact; else Monte Carlo with `trials` trials.
    pub exact: bool,
    pub trials: u64,
    /// Entities a breach event can reach, most probable first.
    pub reach: Vec<Reached>,
    /// Expected records per event by category (scenario order), with countries in `countries`
    /// order.
    pub records: Vec<Category>,
    pub countries: Vec<String>,
    /// All categories: mean, 95th percentile and standard error per event.
    pub total: [f64; 3],
    pub loss: Option<Loss>,
    /// Expected loss per event under the per-record model and DBIR 2015, and which is in force.
    pub per_record: f64,
    pub dbir: f64,
    pub dbir_in_force: bool,
    /// Each entity as the entry, worst first.
    pub blast: Vec<Blast>,
    /// Each link that can carry a breach, largest fall first.
    pub choke: Vec<Choke>,
    pub detected: Option<String>,
    pub duties: Vec<Duty>,
    /// The tornado: base ALE (when there is an annual loss) and base records per event.
    pub base_ale: Option<f64>,
    pub base_records: f64,
    pub tornado: Vec<Swing>,
    /// The most probable path from an entry to the focus entity (empty when it cannot be reached
    /// or is itself the only entry), with the path's probability.
    pub path: Vec<Step>,
    pub path_p: f64,
    /// Things the reader must know (`no-threats`, `dbir-in-usd`, …).
    pub notes: Vec<String>,
}

impl Breach {
    /// Expected loss of one breach event under the cost model in force.
    pub fn loss_per_event(&self) -> f64 {
        if self.dbir_in_force {
            self.dbir
        } else {
            self.per_record
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Reached {
    pub id: String,
    pub p: f64,
    pub se: f64,
    pub exact: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Category {
    pub id: String,
    pub mean: f64,
    pub p95: f64,
    pub se: f64,
    /// Probability the category is exposed in one event.
    pub p: f64,
    /// Expected records per country, in the view's `countries` order.
    pub by_country: Vec<f64>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Loss {
    /// ALE, VaR 95 %, VaR 99 %, TVaR 95 %, each with its standard error.
    pub ale: [f64; 2],
    pub var95: [f64; 2],
    pub var99: [f64; 2],
    pub tvar95: [f64; 2],
    pub years: u64,
    /// From the normal approximation rather than simulated years.
    pub normal: bool,
    /// `(x, P(S > x))` and `(x, P(largest event > x))`.
    pub exceedance: Vec<(f64, f64)>,
    pub largest: Vec<(f64, f64)>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Blast {
    pub entry: String,
    pub records: f64,
    pub loss: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Choke {
    /// Index into `scenario.links`.
    pub link: usize,
    pub vendor: String,
    pub client: String,
    pub records: f64,
    pub loss: f64,
    pub exact: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Duty {
    /// `appi`, `telecom` or `gdpr`.
    pub rule: String,
    pub holder: String,
    pub categories: Vec<String>,
    pub countries: Vec<String>,
    pub reasons: Vec<String>,
    pub p: f64,
    pub actions: Vec<Deadline>,
}

/// One thing to do: its key (`preliminary-report`), the time allowed and the dates it gives.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Deadline {
    pub what: String,
    /// `hours`, `days` or `promptly`, with the numbers (hours, or first and last day).
    pub within: String,
    pub n: [u32; 2],
    pub due_from: Option<String>,
    pub due: Option<String>,
}

/// One tornado row: which input (`link-p`, `link-p-back`, `threat-rate`, `cost-range`) at which
/// index, and the result at −50 % and +50 % (ALE when there is one, else records).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Swing {
    pub input: String,
    pub index: usize,
    pub low: f64,
    pub high: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub from: String,
    pub to: String,
    pub p: f64,
}

fn rule_word(r: Rule) -> &'static str {
    match r {
        Rule::Appi => "appi",
        Rule::Telecom => "telecom",
        Rule::Gdpr => "gdpr",
    }
}

fn reason_word(r: Reason) -> &'static str {
    match r {
        Reason::UnauthorisedAccess => "unauthorised-access",
        Reason::SensitiveData => "sensitive-data",
        Reason::FinancialDamageRisk => "financial-damage-risk",
        Reason::OverThousandPersons => "over-thousand-persons",
        Reason::CommunicationSecrets => "communication-secrets",
        Reason::EuEeaResidents => "eu-eea-residents",
        Reason::JapaneseHolder => "japanese-holder",
        Reason::JapanResidents => "japan-residents",
    }
}

fn note_word(n: Note) -> &'static str {
    match n {
        Note::NoThreats => "no-threats",
        Note::DbirInUsd => "dbir-in-usd",
        Note::YearsCapped => "years-capped",
        Note::NormalApproximation => "normal-approximation",
        Note::ForcedSweepsCapped => "forced-sweeps-capped",
    }
}

fn input_word(i: Input) -> &'static str {
    match i {
        Input::LinkP => "link-p",
        Input::LinkPBack => "link-p-back",
        Input::ThreatRate => "threat-rate",
        Input::CostRange => "cost-range",
    }
}

/// At most `n` points of a curve, evenly picked, keeping the first and the last.
fn thin(points: &[Point], n: usize) -> Vec<(f64, f64)> {
    let len = points.len();
    if len <= n || n < 2 {
        return points.iter().map(|p| (p.x, p.p)).collect();
    }
    (0..n)
        .map(|i| &points[i * (len - 1) / (n - 1)])
        .map(|p| (p.x, p.p))
        .collect()
}

fn loss(b: &BreachResults) -> Option<Loss> {
    let l = b.loss.as_ref()?;
    Some(Loss {
        ale: [l.ale, l.stderr],
        var95: [l.var95, l.stderr_var95],
        var99: [l.var99, l.stderr_var99],
        tvar95: [l.tvar95, l.stderr_tvar95],
        years: l.years,
        normal: l.method == LossMethod::NormalApproximation,
        exceedance: thin(&l.exceedance, CURVE_POINTS),
        largest: thin(&l.largest, CURVE_POINTS),
    })
}

fn duties(b: &BreachResults) -> Vec<Duty> {
    let deadline = |a: &crate::engine::breach::Action| {
        let (within, n) = match a.within {
            Within::Hours(h) => ("hours", [h, h]),
            Within::Days(a, b) => ("days", [a, b]),
            Within::Promptly => ("promptly", [0, 0]),
        };
        Deadline {
            what: a.duty.rsplit('.').next().unwrap_or_default().to_string(),
            within: within.to_string(),
            n,
            due_from: a.due_from.clone(),
            due: a.due.clone(),
        }
    };
    b.duties
        .items
        .iter()
        .take(MAX_ROWS)
        .map(|d| Duty {
            rule: rule_word(d.rule).to_string(),
            holder: d.holder.clone(),
            categories: d.categories.clone(),
            countries: d.countries.clone(),
            reasons: d.reasons.iter().map(|r| reason_word(*r).into()).collect(),
            p: d.p,
            actions: d.actions.iter().map(deadline).collect(),
        })
        .collect()
}

/// The breach view of a valid scenario's breach results, with the path to `focus`.
pub fn breach(s: &Scenario, b: &BreachResults, focus: &str) -> Breach {
    let mut reach: Vec<Reached> = b
        .reach
        .iter()
        .filter(|(_, r)| r.p > 0.0)
        .map(|(id, r)| Reached {
            id: id.clone(),
            p: r.p,
            se: r.stderr,
            exact: r.exact,
        })
        .collect();
    // Most probable first; equal ones in scenario order, so the chart does not reshuffle.
    let order = |id: &str| s.entities.iter().position(|e| e.id == id);
    reach.sort_by(|x, y| y.p.total_cmp(&x.p).then(order(&x.id).cmp(&order(&y.id))));
    reach.truncate(MAX_ROWS);
    let mut countries: Vec<String> = b.records_by_country.keys().cloned().collect();
    // "unspecified" last: it is not a country.
    countries.sort_by_key(|c| (c == "unspecified", c.clone()));
    let records = s
        .data
        .iter()
        .filter_map(|d| b.records.get(&d.id).map(|r| (d, r)))
        .take(MAX_ROWS)
        .map(|(d, r)| Category {
            id: d.id.clone(),
            mean: r.mean,
            p95: r.p95,
            se: r.stderr,
            p: r.p,
            by_country: countries
                .iter()
                .map(|c| r.by_country.get(c).map_or(0.0, |x| x.mean))
                .collect(),
        })
        .collect();
    let with_ale = b.loss.is_some();
    let tornado = b
        .sensitivity
        .rows
        .iter()
        .take(MAX_ROWS)
        .map(|r| {
            let (low, high) = match (with_ale, r.ale_low, r.ale_high) {
                (true, Some(l), Some(h)) => (l, h),
                _ => (r.records_low, r.records_high),
            };
            Swing {
                input: input_word(r.input).to_string(),
                index: r.index,
                low,
                high,
            }
        })
        .collect();
    let (path, path_p) = match b.paths.get(focus) {
        Some(p) => (
            p.steps
                .iter()
                .map(|st| Step {
                    from: st.from.clone(),
                    to: st.to.clone(),
                    p: st.p,
                })
                .collect(),
            p.p,
        ),
        None => (Vec::new(), 0.0),
    };
    Breach {
        threats: b.basis == Basis::Threats,
        events_per_year: b.events_per_year,
        exact: b.method.exact,
        trials: b.method.trials,
        reach,
        records,
        countries,
        total: [
            b.records_total.mean,
            b.records_total.p95,
            b.records_total.stderr,
        ],
        loss: loss(b),
        per_record: b.cost_band.per_record,
        dbir: b.cost_band.dbir_2015,
        dbir_in_force: b.cost_band.model == CostModel::Dbir2015,
        blast: b
            .blast_radius
            .iter()
            .take(MAX_ROWS)
            .map(|x| Blast {
                entry: x.entry.clone(),
                records: x.records_mean,
                loss: x.loss_mean,
            })
            .collect(),
        choke: b
            .choke_points
            .iter()
            .take(MAX_ROWS)
            .map(|c| Choke {
                link: c.link,
                vendor: c.vendor.clone(),
                client: c.client.clone(),
                records: c.fall.records,
                loss: c.fall.loss,
                exact: c.exact,
            })
            .collect(),
        detected: b.duties.detected.clone(),
        duties: duties(b),
        base_ale: b.sensitivity.base_ale,
        base_records: b.sensitivity.base_records,
        tornado,
        path,
        path_p,
        notes: b.notes.iter().map(|n| note_word(*n).to_string()).collect(),
    }
}
