//! Sentences about the breach results: the two answers at a glance (what breaches cost a year,
//! which single link matters most), the exposure panel's reach, path, records and blast
//! sentences, the duties with their deadlines, the loss panel's cost band and tornado, and the
//! engine's notes.

use super::Words;
use crate::engine::view::breach::{Breach, Choke, Deadline, Duty, Swing};
use crate::text::Key;

/// The entities where the threats' breaches enter (rate above 0), without repeats.
fn entries(w: &Words) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for t in w.scenario.threats.iter().filter(|t| t.rate > 0.0) {
        if !ids.contains(&t.entry) {
            ids.push(t.entry.clone());
        }
    }
    ids
}

/// "What would a breach at Contractor cost a year?"
pub fn loss_question(w: &Words) -> String {
    match entries(w) {
        ids if ids.is_empty() => w.t(Key::QAnnualLossNone).to_string(),
        ids => w.f(Key::QAnnualLoss, &[&w.names(&ids)]),
    }
}

/// The annual-loss answer and the sentence behind it.
pub fn loss_answer(w: &Words, b: &Breach) -> (String, String) {
    match &b.loss {
        Some(l) => (
            w.f(Key::AnsLoss, &[&w.money(l.ale[0])]),
            w.f(
                Key::AnsLossWhy,
                &[
                    &w.number(b.events_per_year),
                    &w.count(b.total[0]),
                    &w.money(l.var95[0]),
                    &w.money(l.var99[0]),
                ],
            ),
        ),
        None => (
            w.t(Key::AnsNoLoss).to_string(),
            w.t(Key::AnsNoLossWhy).to_string(),
        ),
    }
}

/// "Vendor → Client".
pub fn link_name(w: &Words, c: &Choke) -> String {
    w.chain(&[c.vendor.clone(), c.client.clone()])
}

/// The link whose cut removes the most, and why; links removing exactly as much are named too.
pub fn link_answer(w: &Words, b: &Breach) -> (String, String) {
    let top = match b.choke.first() {
        Some(c) if c.records > 0.0 || c.loss > 0.0 => c,
        _ => {
            return (
                w.t(Key::AnsNoLink).to_string(),
                w.t(Key::AnsNoLinkWhy).to_string(),
            );
        }
    };
    let share = |part: f64, whole: f64| {
        if whole > 0.0 {
            w.share(part / whole)
        } else {
            w.share(0.0)
        }
    };
    let base_loss = b.loss_per_event();
    let mut why = w.f(
        Key::AnsLinkWhy,
        &[
            &w.count(top.records),
            &w.count(b.total[0]),
            &share(top.loss, base_loss),
            &w.money(base_loss),
        ],
    );
    let ties: Vec<String> = b.choke[1..]
        .iter()
        // Equal up to rounding: links in series on one path remove the same.
        .take_while(|c| same(c.records, top.records) && same(c.loss, top.loss))
        .map(|c| link_name(w, c))
        .collect();
    if !ties.is_empty() {
        why.push_str(&w.f(Key::AnsLinkAlso, &[&w.list(&ties)]));
    }
    (link_name(w, top), why)
}

/// Equal but for floating-point rounding.
fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The choke-point chart's sentence: the link that matters most, named, and what cutting it
/// removes.
pub fn choke_sentence(w: &Words, b: &Breach) -> Option<String> {
    b.choke
        .first()
        .filter(|c| c.records > 0.0 || c.loss > 0.0)?;
    let (link, why) = link_answer(w, b);
    Some(w.sentences(&[w.f(Key::ChokeLead, &[&link]), why]))
}

/// How the per-event figures were obtained.
pub fn basis(w: &Words, b: &Breach) -> String {
    let basis = if b.threats {
        w.f(Key::BasisThreats, &[&w.number(b.events_per_year)])
    } else {
        w.t(Key::BasisEvery).to_string()
    };
    let method = if b.exact {
        w.t(Key::MethodExact).to_string()
    } else {
        w.f(Key::MethodMc, &[&w.count(b.trials as f64)])
    };
    w.sentences(&[basis, method])
}

/// "Most likely way in: A → B → C, with probability 0.552.", when a path leads to the focus.
pub fn path_sentence(w: &Words, b: &Breach) -> Option<String> {
    let first = b.path.first()?;
    let mut ids = vec![first.from.clone()];
    ids.extend(b.path.iter().map(|s| s.to.clone()));
    Some(w.f(Key::PathSentence, &[&w.chain(&ids), &w.prob(b.path_p)]))
}

/// The reach of `focus` and, when a path leads there, the most likely way in, as one text.
pub fn reach_sentences(w: &Words, b: &Breach, focus: &str) -> String {
    let Some(r) = b.reach.iter().find(|r| r.id == focus) else {
        return w.f(Key::ReachNot, &[&w.name(focus)]);
    };
    let how = if r.exact {
        w.t(Key::Exact).to_string()
    } else {
        format!("± {}", w.prob(r.se))
    };
    let reach = w.f(Key::ReachSentence, &[&w.name(focus), &w.prob(r.p), &how]);
    w.sentences(&[reach, path_sentence(w, b).unwrap_or_default()])
}

pub fn records_sentence(w: &Words, b: &Breach) -> String {
    w.f(
        Key::RecordsSentence,
        &[&w.count(b.total[0]), &w.count(b.total[1])],
    )
}

/// The worst entry, or nothing when no entry exposes anything.
pub fn blast_sentence(w: &Words, b: &Breach) -> Option<String> {
    let worst = b.blast.first().filter(|x| x.records > 0.0)?;
    Some(w.f(
        Key::BlastSentence,
        &[
            &w.name(&worst.entry),
            &w.count(worst.records),
            &w.money(worst.loss),
        ],
    ))
}

/// A rule's name.
pub fn rule_name(w: &Words, rule: &str) -> String {
    w.t(match rule {
        "appi" => Key::RuleAppi,
        "telecom" => Key::RuleTelecom,
        _ => Key::RuleGdpr,
    })
    .to_string()
}

/// Who owes a duty, for which data, how often, and why.
pub fn duty_sentence(w: &Words, d: &Duty) -> String {
    let cats: Vec<String> = d.categories.iter().map(|id| w.category(id)).collect();
    let reasons: Vec<String> = d
        .reasons
        .iter()
        .map(|r| {
            w.t(match r.as_str() {
                "unauthorised-access" => Key::WhyUnauthorised,
                "sensitive-data" => Key::WhySensitive,
                "financial-damage-risk" => Key::WhyFinancial,
                "over-thousand-persons" => Key::WhyOverThousand,
                "communication-secrets" => Key::WhyCommSecrets,
                "eu-eea-residents" => Key::WhyEu,
                "japanese-holder" => Key::WhyJpHolder,
                _ => Key::WhyJpResidents,
            })
            .to_string()
        })
        .collect();
    w.f(
        Key::DutyOf,
        &[
            &w.name(&d.holder),
            &w.list(&cats),
            &w.share(d.p),
            &w.list(&reasons),
        ],
    )
}

/// What to do, and by when: ("Preliminary report to …", "within 3–5 days: October 20, 2023
/// to October 22, 2023").
pub fn deadline(w: &Words, a: &Deadline) -> (String, String) {
    let what = w.t(match a.what.as_str() {
        "preliminary-report" => Key::DoPreliminary,
        "final-report" => Key::DoFinal,
        "notify-persons" => Key::DoNotifyPersons,
        "report" => Key::DoReport,
        "detailed-report" => Key::DoDetailed,
        _ => Key::DoNotifyAuthority,
    });
    let [a1, a2] = a.n.map(|n| n.to_string());
    let within = match a.within.as_str() {
        "hours" => w.f(Key::WithinHours, &[&a1]),
        "days" if a1 == a2 => w.f(Key::WithinDays, &[&a1]),
        "days" => w.f(Key::WithinDayRange, &[&a1, &a2]),
        _ => w.t(Key::WithinPromptly).to_string(),
    };
    let date = match (&a.due_from, &a.due) {
        (Some(from), Some(to)) if from != to => w.f(Key::DueBetween, &[&w.date(from), &w.date(to)]),
        (_, Some(to)) => w.f(Key::DueBy, &[&w.date(to)]),
        _ => String::new(),
    };
    let when = if date.is_empty() {
        within
    } else {
        w.f(Key::DueWithin, &[&within, &date])
    };
    (what.to_string(), when)
}

/// The two cost models side by side.
pub fn cost_band(w: &Words, b: &Breach) -> String {
    let in_force = w.t(if b.dbir_in_force {
        Key::CostDbir2015
    } else {
        Key::CostPerRecord
    });
    w.f(
        Key::CostBandSentence,
        &[&w.money(b.per_record), &w.money(b.dbir), in_force],
    )
}

/// What a tornado row varied.
pub fn input_name(w: &Words, r: &Swing) -> String {
    let s = w.scenario;
    match r.input.as_str() {
        "link-p" | "link-p-back" => match s.links.get(r.index) {
            Some(l) => w.f(
                if r.input == "link-p" {
                    Key::InLinkP
                } else {
                    Key::InLinkPBack
                },
                &[&w.name(&l.vendor), &w.name(&l.client)],
            ),
            None => format!("links[{}]", r.index),
        },
        "threat-rate" => match s.threats.get(r.index) {
            Some(t) => w.f(Key::InThreatRate, &[&w.name(&t.entry)]),
            None => format!("threats[{}]", r.index),
        },
        _ => match s.data.get(r.index) {
            Some(d) => w.f(Key::InCostRange, &[&w.category(&d.id)]),
            None => format!("data[{}]", r.index),
        },
    }
}

/// The widest swing in words, in money when the tornado is about the annual loss.
pub fn tornado_sentence(w: &Words, b: &Breach) -> Option<String> {
    let r = b.tornado.first().filter(|r| r.low != r.high)?;
    let show = |x: f64| {
        if b.base_ale.is_some() {
            w.money(x)
        } else {
            w.count(x)
        }
    };
    Some(w.f(
        Key::TornadoSentence,
        &[
            &input_name(w, r),
            &show(r.low.min(r.high)),
            &show(r.low.max(r.high)),
        ],
    ))
}

/// The threats the annual loss rests on, each with its rate, entry and the note typed with it
/// (in the LY case: that the rate is an illustrative assumption).
pub fn assumed(w: &Words) -> Vec<(String, String)> {
    w.scenario
        .threats
        .iter()
        .filter(|t| t.rate > 0.0)
        .map(|t| {
            let label = if t.label.is_empty() {
                w.name(&t.entry)
            } else {
                t.label.clone()
            };
            (
                w.f(
                    Key::AssumedThreat,
                    &[&label, &w.number(t.rate), &w.name(&t.entry)],
                ),
                t.description.clone(),
            )
        })
        .collect()
}

/// The engine's notes the reader must see (the no-threat note is the basis sentence).
pub fn notes(w: &Words, b: &Breach) -> Vec<String> {
    b.notes
        .iter()
        .filter_map(|n| match n.as_str() {
            "dbir-in-usd" => Some(w.f(Key::NoteDbirUsd, &[&w.scenario.currency])),
            "years-capped" => Some(w.t(Key::NoteYearsCapped).to_string()),
            "normal-approximation" => Some(w.t(Key::LossNormal).to_string()),
            "forced-sweeps-capped" => Some(w.t(Key::NoteForcedSweeps).to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests;
