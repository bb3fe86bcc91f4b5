//! The control panel: whose control the entity is under (chosen in the panel, or the entity
//! selected elsewhere), one row per finding with its sentence, the wedge between cash flow and
//! control, the power indices and the lens comparison. Figures come from the worker's view;
//! every sentence from `text::explain`, so this file only lays them out.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::answers::ViewProps;
use super::chart_frame::{ChartFrame, Drawn, frame, use_panel_charts};
use crate::charts::Theme;
use crate::charts::power::{self, PowerInput, PowerRow};
use crate::charts::wedge::{self, WedgeInput, WedgeRow};
use crate::engine::view::{Target, View};
use crate::text::explain::{Words, control};
use crate::text::{Key, Lang};
use crate::ui::hooks::{use_app, use_dispatch, use_text};
use crate::ui::state::Action;

/// The wedge chart's input: every ultimate holder's interest beside its weakest-link control.
fn wedge_input(w: &Words, t: &Target, width: f64) -> WedgeInput {
    let target = w.name(&t.target);
    let below = w.f(Key::WedgeBelow, &[&w.pct(t.weakest)]);
    let rows = t
        .wedge
        .iter()
        .map(|r| WedgeRow {
            name: w.name(&r.holder),
            interest: r.interest / 100.0,
            control: r.control.map_or(f64::NAN, |c| c / 100.0),
            interest_text: None,
            control_text: match r.control {
                Some(_) => None,
                None if r.holder.starts_with("float:") => Some(w.t(Key::WedgeDispersed).into()),
                None => Some(below.clone()),
            },
        })
        .collect();
    WedgeInput {
        frame: frame(
            w,
            "wedge",
            &w.f(Key::WedgeTitle, &[&target]),
            &w.f(Key::WedgeDescription, &[&w.pct(t.weakest)]),
            &w.f(Key::WedgeNoData, &[&target]),
            width,
        ),
        holder_header: w.t(Key::ColHolder).into(),
        interest_label: w.t(Key::WedgeInterest).into(),
        format: w.percent_format(),
        control_label: w.t(Key::WedgeControl).into(),
        gap_label: w.t(Key::WedgeGap).into(),
        axis_title: w.f(Key::WedgeAxis, &[&target]),
        rows,
    }
}

/// The power chart's input: Banzhaf and Shapley–Shubik of every direct holder.
fn power_input(w: &Words, t: &Target, width: f64) -> PowerInput {
    let target = w.name(&t.target);
    let rows = t
        .power
        .iter()
        .map(|p| PowerRow {
            name: if p.atoms > 0 {
                w.f(Key::PowerFloatRow, &[&target, &p.atoms.to_string()])
            } else {
                w.name(&p.holder)
            },
            values: vec![p.banzhaf, p.shapley],
        })
        .collect();
    PowerInput {
        frame: frame(
            w,
            "power",
            &w.f(Key::PowerTitle, &[&target]),
            w.t(Key::PowerDescription),
            &w.f(Key::PowerNoData, &[&target]),
            width,
        ),
        holder_header: w.t(Key::ColHolder).into(),
        indices: vec![w.t(Key::PowerBanzhaf).into(), w.t(Key::PowerShapley).into()],
        axis_title: w.t(Key::PowerAxis).into(),
        format: w.percent_format(),
        rows,
    }
}

/// One cell of the lens comparison: the figure (a share for the power indices, else percent)
/// and the verdict.
fn lens_cell(w: &Words, lens: &str, figure: Option<f64>, verdict: Option<bool>) -> String {
    let fig = figure.map(|f| {
        if lens == "banzhaf" || lens == "shapley-shubik" {
            w.share(f)
        } else {
            w.pct(f)
        }
    });
    let word = verdict.map(|v| w.t(if v { Key::LensYes } else { Key::LensNo }));
    match (fig, word) {
        (Some(f), Some(v)) => w.f(Key::LensCell, &[&f, v]),
        (Some(f), None) => f,
        (None, Some(v)) => v.to_string(),
        (None, None) => "–".into(),
    }
}

/// The wedge and power charts, drawn.
fn draw(w: &Words, v: &View, width: f64, theme: &Theme) -> (Drawn, Drawn) {
    let wi = wedge_input(w, &v.control, width);
    let pi = power_input(w, &v.control, width);
    (
        (wedge::render(&wi, theme).into(), Rc::new(wedge::table(&wi))),
        (power::render(&pi, theme).into(), Rc::new(power::table(&pi))),
    )
}

#[component]
pub fn ControlPanel(props: &ViewProps) -> Html {
    let t = use_text();
    let state = use_app();
    let dispatch = use_dispatch();
    let lang = use_context::<Lang>().unwrap_or_default();
    let view = props.view.clone();
    let (panel, width, charts) = use_panel_charts(view.clone(), draw);
    let w = Words::new(lang, &state.scenario);
    let c = &view.control;
    let onchange = dispatch.reform(|e: Event| Action::Select {
        id: Some(e.target_unchecked_into::<HtmlSelectElement>().value()),
        reveal: false,
    });
    html! {
        <section class="card panel control-panel" id="control" aria-labelledby="control-h" ref={panel}>
            <div class="panel-head">
                <h3 id="control-h">{ t(Key::ControlHeading) }</h3>
                <label class="inline">{ t(Key::ControlOf) }
                    <select {onchange} data-testid="control-of">
                        for e in state.scenario.entities.iter() {
                            <option value={e.id.clone()} selected={e.id == view.focus}>{ e.name.clone() }</option>
                        }
                    </select>
                </label>
            </div>
            <dl class="findings" data-testid="control-rows">
                for r in control::rows(&w, c) {
                    <div>
                        <dt>{ t(r.label) }</dt>
                        <dd><strong>{ r.value }</strong><p class="explain">{ r.sentence }</p></dd>
                    </div>
                }
            </dl>
            if width > 0.0 {
                <ChartFrame svg={charts.0.0.clone()} table={charts.0.1.clone()} name="exposure-wedge" />
                <p class="explain">{ control::wedge_sentence(&w, c) }</p>
                <ChartFrame svg={charts.1.0.clone()} table={charts.1.1.clone()} name="exposure-power" />
                <p class="explain">{ control::power_sentence(&w, c) }</p>
            }
            <details class="lenses">
                <summary>{ t(Key::LensTitle) }</summary>
                <p class="hint">{ t(Key::LensDescription) }</p>
                for s in control::lens_sentences(&w, c) {
                    <p class="explain">{ s }</p>
                }
                if !c.lens_rows.is_empty() {
                    <div class="table-wrap" tabindex="0" role="region" aria-label={t(Key::LensTitle)}>
                        <table class="lens-table">
                            <thead><tr>
                                <th scope="col">{ t(Key::LensColumn) }</th>
                                for r in c.lens_rows.iter() {
                                    <th scope="col" class={classes!(r.disagree.then_some("disagree"))}>{ w.name(&r.holder) }</th>
                                }
                            </tr></thead>
                            <tbody>
                                for (i, l) in c.lenses.iter().enumerate() {
                                    <tr>
                                        <th scope="row">{ control::lens_name(&w, &l.name) }</th>
                                        for r in c.lens_rows.iter() {
                                            <td class="num">{ lens_cell(&w, &l.name,
                                                r.figures.get(i).copied().flatten(),
                                                r.verdicts.get(i).copied().flatten()) }</td>
                                        }
                                    </tr>
                                }
                            </tbody>
                        </table>
                    </div>
                }
            </details>
        </section>
    }
}
