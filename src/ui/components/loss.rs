//! The loss panel: the annual loss figures (ALE, VaR 95 %, VaR 99 %, TVaR 95 %) with their
//! standard errors and how they were obtained, the loss exceedance curves (aggregate and
//! largest event, VaR markers), the cost-model band, and the tornado of what moves the result.

use std::rc::Rc;

use yew::prelude::*;

use super::answers::ViewProps;
use super::chart_frame::{ChartFrame, Drawn, frame, use_panel_charts};
use crate::charts::Theme;
use crate::charts::exceedance::{self, Curve, ExceedanceInput, Marker};
use crate::charts::tornado::{self, TornadoInput, TornadoRow};
use crate::engine::view::{Breach, View};
use crate::text::explain::{Words, breach as say};
use crate::text::{Key, Lang};
use crate::ui::hooks::{use_app, use_text};

fn exceedance_input(w: &Words, b: &Breach, width: f64) -> ExceedanceInput {
    let mut input = ExceedanceInput {
        frame: frame(
            w,
            "exceedance",
            w.t(Key::ExceedTitle),
            w.t(Key::ExceedDescription),
            w.t(Key::ExceedNoData),
            width,
        ),
        x_title: w.t(Key::ExceedX).into(),
        y_title: w.t(Key::ExceedY).into(),
        note_header: w.t(Key::ColNote).into(),
        money: w.money_format(),
        ..ExceedanceInput::default()
    };
    if let Some(l) = &b.loss {
        input.aggregate = Curve {
            label: w.t(Key::ExceedAggregate).into(),
            points: l.exceedance.clone(),
        };
        input.largest = Curve {
            label: w.t(Key::ExceedLargest).into(),
            points: l.largest.clone(),
        };
        input.markers = vec![
            Marker {
                label: w.t(Key::MarkVar95).into(),
                value: l.var95[0],
                text: None,
            },
            Marker {
                label: w.t(Key::MarkVar99).into(),
                value: l.var99[0],
                text: None,
            },
        ];
    }
    input
}

fn tornado_input(w: &Words, b: &Breach, width: f64) -> TornadoInput {
    let (title, axis, format, base) = match b.base_ale {
        Some(ale) => (
            Key::TornadoTitleAle,
            Key::TornadoAxisAle,
            w.money_format(),
            ale,
        ),
        None => (
            Key::TornadoTitleRecords,
            Key::TornadoAxisRecords,
            w.compact(),
            b.base_records,
        ),
    };
    TornadoInput {
        frame: frame(
            w,
            "tornado",
            w.t(title),
            w.t(Key::TornadoDescription),
            w.t(Key::TornadoNoData),
            width,
        ),
        input_header: w.t(Key::ColInput).into(),
        low_label: w.t(Key::TornadoLow).into(),
        high_label: w.t(Key::TornadoHigh).into(),
        swing_label: w.t(Key::TornadoSwing).into(),
        base,
        base_label: w.f(Key::TornadoBase, &[&format.format(base)]),
        axis_title: w.t(axis).into(),
        format,
        rows: b
            .tornado
            .iter()
            // An input that moves the result by less than 0.1 % of it is left out (the table
            // of the engine report keeps it).
            .filter(|r| (r.high - r.low).abs() > 1e-3 * base.abs())
            .map(|r| TornadoRow {
                name: say::input_name(w, r),
                low: r.low,
                high: r.high,
                low_text: None,
                high_text: None,
            })
            .collect(),
    }
}

/// The figures as (label, value ± standard error).
fn figures(w: &Words, b: &Breach) -> Vec<(&'static str, String)> {
    let Some(l) = &b.loss else {
        return Vec::new();
    };
    let pm = |x: [f64; 2]| w.f(Key::PlusMinus, &[&w.money(x[0]), &w.money(x[1])]);
    vec![
        (w.t(Key::FigAle), pm(l.ale)),
        (w.t(Key::FigVar95), pm(l.var95)),
        (w.t(Key::FigVar99), pm(l.var99)),
        (w.t(Key::FigTvar95), pm(l.tvar95)),
    ]
}

/// The exceedance and tornado charts, drawn (none without breach results).
fn draw(w: &Words, v: &View, width: f64, theme: &Theme) -> Option<[Drawn; 2]> {
    let b = v.breach.as_ref()?;
    let e = exceedance_input(w, b, width);
    let k = tornado_input(w, b, width);
    Some([
        (
            exceedance::render(&e, theme).into(),
            Rc::new(exceedance::table(&e)),
        ),
        (
            tornado::render(&k, theme).into(),
            Rc::new(tornado::table(&k)),
        ),
    ])
}

#[component]
pub fn LossPanel(props: &ViewProps) -> Html {
    let t = use_text();
    let state = use_app();
    let lang = use_context::<Lang>().unwrap_or_default();
    let view = props.view.clone();
    let (panel, width, charts) = use_panel_charts(view.clone(), draw);
    let Some(b) = view.breach.as_ref() else {
        return html! {};
    };
    let w = Words::new(lang, &state.scenario);
    let how = match &b.loss {
        Some(l) if l.normal => t(Key::LossNormal).to_string(),
        Some(l) => w.f(Key::LossSimulated, &[&w.count(l.years as f64)]),
        None => t(Key::AnsNoLossWhy).to_string(),
    };
    html! {
        <section class="card panel loss-panel" id="loss" aria-labelledby="loss-h" ref={panel}>
            <h3 id="loss-h">{ t(Key::LossHeading) }</h3>
            <dl class="findings" data-testid="loss-figures">
                for (label, value) in figures(&w, b) {
                    <div><dt>{ label }</dt><dd><strong>{ value }</strong></dd></div>
                }
            </dl>
            <p class="explain">{ how }</p>
            if !b.threats {
                <p class="explain">{ t(Key::BasisEvery) }</p>
            } else {
                <h4>{ t(Key::AssumedHeading) }</h4>
                <ul class="assumed" data-testid="assumed">
                    for (line, note) in say::assumed(&w) {
                        <li>{ line }if !note.is_empty() { <span class="note">{ " " }{ note }</span> }</li>
                    }
                </ul>
            }
            if let (true, Some([e, _])) = (width > 0.0, charts.as_ref()) {
                <ChartFrame svg={e.0.clone()} table={e.1.clone()} name="exposure-exceedance" />
            }
            <h4>{ t(Key::CostBandHeading) }</h4>
            <p class="explain" data-testid="cost-band">{ say::cost_band(&w, b) }</p>
            if let (true, Some([_, k])) = (width > 0.0, charts.as_ref()) {
                <ChartFrame svg={k.0.clone()} table={k.1.clone()} name="exposure-tornado" />
            }
            if let Some(s) = say::tornado_sentence(&w, b) {
                <p class="explain">{ s }</p>
            }
        </section>
    }
}
