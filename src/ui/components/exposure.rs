//! The exposure panel: how breach events are counted, the reach of the focus entity and the
//! most likely way in, then the reach, records, blast-radius and choke-point charts with their
//! sentences, the duties a breach triggers with their deadlines, and the engine's notes.
//! Figures come from the worker's view, sentences from `text::explain::breach`.

use std::rc::Rc;

use yew::prelude::*;

use super::answers::ViewProps;
use super::chart_frame::{ChartFrame, Drawn, frame, use_panel_charts};
use crate::charts::Theme;
use crate::charts::blast::{self, BlastInput, BlastRow};
use crate::charts::choke::{self, ChokeInput, ChokeRow};
use crate::charts::reach::{self, ReachInput, ReachRow};
use crate::charts::records::{self, RecordsInput, RecordsRow};
use crate::engine::view::Breach;
use crate::text::explain::{Words, breach as say};
use crate::text::{Key, Lang};
use crate::ui::hooks::{use_app, use_text};

fn reach_input(w: &Words, b: &Breach, width: f64) -> ReachInput {
    ReachInput {
        frame: frame(
            w,
            "reach",
            w.t(Key::ReachTitle),
            w.t(Key::ReachDescription),
            w.t(Key::ReachNoData),
            width,
        ),
        entity_header: w.t(Key::ColEntity).into(),
        probability_label: w.t(Key::ReachProbability).into(),
        std_error_label: w.t(Key::ReachStdError).into(),
        method_header: w.t(Key::ColMethod).into(),
        exact_label: w.t(Key::Exact).into(),
        estimate_label: w.t(Key::MonteCarlo).into(),
        axis_title: w.t(Key::ReachAxis).into(),
        rows: b
            .reach
            .iter()
            .map(|r| ReachRow {
                name: w.name(&r.id),
                probability: r.p,
                std_error: (!r.exact).then_some(r.se),
                exact: r.exact,
                text: Some(w.prob(r.p)),
            })
            .collect(),
        ..ReachInput::default()
    }
}

fn records_input(w: &Words, b: &Breach, width: f64) -> RecordsInput {
    RecordsInput {
        frame: frame(
            w,
            "records",
            w.t(Key::RecordsTitle),
            w.t(Key::RecordsDescription),
            w.t(Key::RecordsNoData),
            width,
        ),
        category_header: w.t(Key::ColCategory).into(),
        countries: b
            .countries
            .iter()
            .map(|c| {
                if c == "unspecified" {
                    w.t(Key::Unspecified).to_string()
                } else {
                    c.clone()
                }
            })
            .collect(),
        total_label: w.t(Key::Total).into(),
        format: w.compact(),
        axis_title: w.t(Key::RecordsAxis).into(),
        rows: b
            .records
            .iter()
            .filter(|c| c.mean > 0.0)
            .map(|c| RecordsRow {
                name: w.category(&c.id),
                counts: c.by_country.clone(),
            })
            .collect(),
    }
}

fn blast_input(w: &Words, b: &Breach, width: f64) -> BlastInput {
    BlastInput {
        frame: frame(
            w,
            "blast",
            w.t(Key::BlastTitle),
            w.t(Key::BlastDescription),
            w.t(Key::BlastNoData),
            width,
        ),
        entity_header: w.t(Key::ColEntity).into(),
        records_label: w.t(Key::BlastRecords).into(),
        loss_label: w.t(Key::BlastLoss).into(),
        records_format: w.compact(),
        loss_format: w.money_format(),
        rows: b
            .blast
            .iter()
            .filter(|x| x.records > 0.0)
            .map(|x| BlastRow {
                name: w.name(&x.entry),
                records: x.records,
                loss: x.loss,
                records_text: None,
                loss_text: None,
            })
            .collect(),
    }
}

fn choke_input(w: &Words, b: &Breach, width: f64) -> ChokeInput {
    ChokeInput {
        frame: frame(
            w,
            "choke",
            w.t(Key::ChokeTitle),
            w.t(Key::ChokeDescription),
            w.t(Key::ChokeNoData),
            width,
        ),
        link_header: w.t(Key::ColLink).into(),
        fall_label: w.t(Key::ChokeFall).into(),
        format: w.compact(),
        axis_title: w.t(Key::ChokeAxis).into(),
        rows: b
            .choke
            .iter()
            .filter(|c| c.records > 0.0)
            .map(|c| ChokeRow {
                vendor: w.name(&c.vendor),
                client: w.name(&c.client),
                fall: c.records,
                text: None,
            })
            .collect(),
    }
}

/// The four charts of the panel, drawn.
fn draw(w: &Words, b: &Breach, width: f64, theme: &Theme) -> [Drawn; 4] {
    let r = reach_input(w, b, width);
    let c = records_input(w, b, width);
    let x = blast_input(w, b, width);
    let k = choke_input(w, b, width);
    [
        (reach::render(&r, theme).into(), Rc::new(reach::table(&r))),
        (
            records::render(&c, theme).into(),
            Rc::new(records::table(&c)),
        ),
        (blast::render(&x, theme).into(), Rc::new(blast::table(&x))),
        (choke::render(&k, theme).into(), Rc::new(choke::table(&k))),
    ]
}

#[component]
pub fn ExposurePanel(props: &ViewProps) -> Html {
    let t = use_text();
    let state = use_app();
    let lang = use_context::<Lang>().unwrap_or_default();
    let view = props.view.clone();
    let (panel, width, charts) = use_panel_charts(view.clone(), |w, v, width, theme| {
        v.breach.as_ref().map(|b| draw(w, b, width, theme))
    });
    let Some(b) = view.breach.as_ref() else {
        return html! {};
    };
    let w = Words::new(lang, &state.scenario);
    let names = [
        "exposure-reach",
        "exposure-records",
        "exposure-blast",
        "exposure-choke",
    ];
    let sentences = [
        say::reach_sentences(&w, b, &view.focus),
        say::records_sentence(&w, b),
        say::blast_sentence(&w, b).unwrap_or_default(),
        say::choke_sentence(&w, b).unwrap_or_default(),
    ];
    html! {
        <section class="card panel exposure-panel" id="exposure" aria-labelledby="exposure-h" ref={panel}>
            <h3 id="exposure-h">{ t(Key::ExposureHeading) }</h3>
            <p class="explain" data-testid="exposure-basis">{ say::basis(&w, b) }</p>
            <p class="explain" data-testid="exposure-reach">{ sentences[0].clone() }</p>
            if let (true, Some(drawn)) = (width > 0.0, charts.as_ref()) {
                for (i, (svg, table)) in drawn.iter().enumerate() {
                    <ChartFrame svg={svg.clone()} table={table.clone()} name={names[i]} />
                    if i > 0 && !sentences[i].is_empty() {
                        <p class="explain">{ sentences[i].clone() }</p>
                    }
                }
            }
            <h4>{ t(Key::DutiesHeading) }</h4>
            { duties(&w, b) }
            for n in say::notes(&w, b) {
                <p class="note">{ n }</p>
            }
        </section>
    }
}

/// The duties, one item each: the rule, who owes it and why, and what to do by when.
fn duties(w: &Words, b: &Breach) -> Html {
    if b.duties.is_empty() {
        return html! { <p class="muted">{ w.t(Key::DutiesNone) }</p> };
    }
    let when = match &b.detected {
        Some(d) => w.f(Key::DutiesDetected, &[&w.date(d)]),
        None => w.t(Key::DutiesNoDate).to_string(),
    };
    html! {
        <>
        <p class="hint">{ when }</p>
        <ul class="duties" data-testid="duties">
            for d in b.duties.iter() {
                <li>
                    <strong>{ say::rule_name(w, &d.rule) }</strong>
                    <p class="explain">{ say::duty_sentence(w, d) }</p>
                    <dl>
                        for (what, by) in d.actions.iter().map(|a| say::deadline(w, a)) {
                            <div><dt>{ what }</dt><dd>{ by }</dd></div>
                        }
                    </dl>
                </li>
            }
        </ul>
        </>
    }
}
