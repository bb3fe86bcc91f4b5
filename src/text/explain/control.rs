//! The control panel in words: the short answer to "who controls T?", one row per finding
//! (controller, joint control, vetoes, special resolutions) with its sentence, and the sentences
//! under the wedge chart, the power chart and the lens comparison.

use super::Words;
use crate::engine::view::{Block, Target};
use crate::model::{ControlKind, Named};
use crate::text::Key;

/// One row of the control panel: what it is about, the answer, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: Key,
    pub value: String,
    pub sentence: String,
}

/// The short answer to "who controls the target?".
pub fn answer(w: &Words, t: &Target) -> String {
    let n = t.chain.len();
    match (&t.controller, &t.contested) {
        (_, Some(_)) => w.t(Key::AContested).to_string(),
        (Some(c), _) if !t.joint.is_empty() && t.joint_top.as_ref() == Some(c) => {
            w.f(Key::AControllerJoint, &[&w.name(c), &w.names(&t.joint)])
        }
        (Some(c), _) if n > 2 => w.f(
            Key::AControllerThrough,
            &[&w.name(c), &w.names(&t.chain[1..n - 1])],
        ),
        (Some(c), _) => w.name(c),
        (None, _) if !t.joint.is_empty() => w.f(Key::AJoint, &[&w.names(&t.joint)]),
        (None, _) if !t.held => w.t(Key::ANotHeld).to_string(),
        (None, _) => w.f(Key::ANobody, &[&w.pct(t.threshold)]),
    }
}

/// The sentence behind the controller (or its absence).
fn controller_sentence(w: &Words, t: &Target) -> String {
    let target = w.name(&t.target);
    if let Some(k) = &t.contested {
        return if k.cycle {
            w.f(Key::CtlCycle, &[&target, &w.names(&k.ids)])
        } else {
            w.f(Key::CtlNotNested, &[&target, &k.count.to_string()])
        };
    }
    let (Some(c), Some(l)) = (&t.controller, &t.link) else {
        let key = if t.held {
            Key::CtlNone
        } else {
            Key::CtlNotHeld
        };
        return w.f(key, &[&target, &w.pct(t.threshold)]);
    };
    let right = match ControlKind::from_word(&l.rule) {
        Some(ControlKind::BoardMajority) => Some(Key::CtlByBoard),
        Some(_) => Some(Key::CtlByAgreement),
        None => None,
    };
    let why = match right {
        Some(key) => w.f(key, &[&w.name(&l.holder), &target]),
        None => w.f(
            Key::CtlByVotes,
            &[
                &w.name(&l.holder),
                &w.pct(l.votes),
                &target,
                &w.pct(t.threshold),
            ],
        ),
    };
    if t.chain.len() > 2 {
        let along = w.f(Key::CtlChain, &[&w.name(c), &target, &w.chain(&t.chain)]);
        w.sentences(&[along, why])
    } else {
        why
    }
}

/// Vetoes grouped by what they rest on, one sentence per group.
fn veto_sentences(w: &Words, t: &Target) -> String {
    let target = w.name(&t.target);
    let mut groups: Vec<(&Block, Vec<String>)> = Vec::new();
    for b in &t.vetoes {
        let same = |g: &&mut (&Block, Vec<String>)| {
            g.0.right == b.right && g.0.through == b.through && (g.0.votes - b.votes).abs() < 1e-9
        };
        match groups.iter_mut().find(same) {
            Some(g) => g.1.push(b.holder.clone()),
            None => groups.push((b, vec![b.holder.clone()])),
        }
    }
    let sentences: Vec<String> = groups
        .iter()
        .map(|(b, ids)| {
            let who = w.names(ids);
            if b.right {
                return w.f(Key::CtlVetoRight, &[&who, &target]);
            }
            let key = if ids.len() > 1 {
                Key::CtlVetoEach
            } else {
                Key::CtlVetoOne
            };
            w.f(
                key,
                &[&who, &target, &w.pct(b.votes), &w.through(&b.through)],
            )
        })
        .collect();
    w.sentences(&sentences)
}

/// The control panel's rows: the controller always, then what applies.
pub fn rows(w: &Words, t: &Target) -> Vec<Row> {
    let target = w.name(&t.target);
    let holders =
        |list: &[Block]| -> Vec<String> { list.iter().map(|b| b.holder.clone()).collect() };
    let mut out = vec![Row {
        label: Key::RowController,
        value: match &t.controller {
            Some(c) => w.name(c),
            None => w.t(Key::NoneWord).to_string(),
        },
        sentence: controller_sentence(w, t),
    }];
    if t.chain.len() > 2 {
        out[0].value = w.chain(&t.chain);
    }
    if let (false, Some(top)) = (t.joint.is_empty(), &t.joint_top) {
        out.push(Row {
            label: Key::RowJoint,
            value: w.names(&t.joint),
            sentence: w.f(Key::CtlJoint, &[&w.names(&t.joint), &w.name(top)]),
        });
    }
    if !t.vetoes.is_empty() {
        out.push(Row {
            label: Key::RowVetoes,
            value: w.names(&holders(&t.vetoes)),
            sentence: veto_sentences(w, t),
        });
    }
    if !t.blockers.is_empty() {
        let who = w.names(&holders(&t.blockers));
        let quota = w.pct(w.scenario.settings.special_quota);
        out.push(Row {
            label: Key::RowBlockers,
            sentence: w.f(Key::CtlSpecialBlock, &[&who, &target, &quota]),
            value: who,
        });
    }
    if let Some(sp) = &t.special {
        let key = if sp.passes {
            Key::CtlSpecialPasses
        } else {
            Key::CtlSpecialUpTo
        };
        out.push(Row {
            label: Key::RowSpecial,
            value: w.name(&sp.holder),
            sentence: w.f(
                key,
                &[
                    &w.name(&sp.holder),
                    &w.pct(sp.votes),
                    &target,
                    &w.pct(sp.up_to),
                ],
            ),
        });
    }
    out
}

/// The sentence under the wedge chart: the holder whose control rights exceed its economic
/// interest the most, or that nobody's do.
pub fn wedge_sentence(w: &Words, t: &Target) -> String {
    let target = w.name(&t.target);
    let widest = t
        .wedge
        .iter()
        .filter_map(|r| r.control.map(|c| (r, c - r.interest)))
        .filter(|(_, gap)| *gap > 0.005)
        .fold(
            None::<(&crate::engine::view::Wedge, f64)>,
            |best, x| match best {
                Some(b) if b.1 >= x.1 => Some(b),
                _ => Some(x),
            },
        );
    match widest {
        Some((r, _)) => w.f(
            Key::WedgeMore,
            &[
                &w.name(&r.holder),
                &w.pct(r.interest),
                &target,
                &w.pct(r.control.unwrap_or(0.0)),
            ],
        ),
        None if t.wedge.is_empty() => w.f(Key::WedgeNoData, &[&target]),
        None => w.f(Key::WedgeEqual, &[&target]),
    }
}

/// The sentence under the power chart: the most pivotal direct holder, what the unrecorded
/// shares decide together, and a warning for an improper game.
pub fn power_sentence(w: &Words, t: &Target) -> String {
    let target = w.name(&t.target);
    let top = t.power.iter().filter(|p| p.atoms == 0).fold(
        None::<&crate::engine::view::Power>,
        |best, p| match best {
            Some(b) if b.shapley >= p.shapley => Some(b),
            _ => Some(p),
        },
    );
    let Some(p) = top else {
        return w.f(Key::PowerNoData, &[&target]);
    };
    let mut parts = vec![w.f(
        Key::PowerTop,
        &[
            &w.name(&p.holder),
            &w.pct(p.votes),
            &target,
            &w.share(p.shapley),
            &w.share(p.banzhaf),
        ],
    )];
    if let Some(f) = t.power.iter().find(|p| p.atoms > 0) {
        parts.push(w.f(Key::PowerFloatDecides, &[&w.share(f.shapley)]));
    }
    if t.improper {
        parts.push(w.t(Key::PowerImproper).to_string());
    }
    // Joined the language's way: no space between Japanese sentences.
    w.sentences(&parts)
}

/// The catalogue key of a lens's name (the engine's lens and regime words).
pub fn lens_key(lens: &str) -> Option<Key> {
    Some(match lens {
        "ultimate" => Key::LensUltimate,
        "integrated" => Key::LensIntegrated,
        "majority-chain" => Key::LensMajorityChain,
        "joint" => Key::LensJoint,
        "veto" => Key::LensVeto,
        "special-blocker" => Key::LensSpecialBlocker,
        "weakest-link" => Key::LensWeakestLink,
        "banzhaf" => Key::LensBanzhaf,
        "shapley-shubik" => Key::LensShapley,
        "eu-amlr-52" => Key::LensEuAmlr52,
        "eu-amlr-53" => Key::LensEuAmlr53,
        "ofac-50" => Key::LensOfac50,
        "uk-psc" => Key::LensUkPsc,
        "jp-ordinary" => Key::LensJpOrdinary,
        "jp-special" => Key::LensJpSpecial,
        "jp-blocking" => Key::LensJpBlocking,
        "jp-subsidiary" => Key::LensJpSubsidiary,
        "fefta-foreign" => Key::LensFeftaForeign,
        "fefta-notification" => Key::LensFeftaNotification,
        _ => return None,
    })
}

/// A lens's name in the language shown (its word when the catalogue has none).
pub fn lens_name(w: &Words, lens: &str) -> String {
    lens_key(lens).map_or_else(|| lens.to_string(), |k| w.t(k).to_string())
}

/// The sentences under the lens comparison: one per holder on whom the lenses disagree, or
/// one saying they agree.
pub fn lens_sentences(w: &Words, t: &Target) -> Vec<String> {
    if t.lens_rows.is_empty() {
        return vec![w.f(Key::LensNoData, &[&w.name(&t.target)])];
    }
    let out: Vec<String> = t
        .lens_rows
        .iter()
        .filter(|r| r.disagree)
        .map(|r| {
            let pick = |want: bool| -> Vec<String> {
                t.lenses
                    .iter()
                    .zip(&r.verdicts)
                    .filter(|(l, v)| l.compared && **v == Some(want))
                    .map(|(l, _)| lens_name(w, &l.name))
                    .collect()
            };
            w.f(
                Key::LensDisagree,
                &[
                    &w.name(&r.holder),
                    &w.list(&pick(true)),
                    &w.list(&pick(false)),
                ],
            )
        })
        .collect();
    if out.is_empty() {
        vec![w.t(Key::LensAgree).to_string()]
    } else {
        out
    }
}
