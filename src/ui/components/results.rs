//! The results column: where the computation stands, the scenario's problems (each leading to
//! its field), the network diagram, and the summary the worker computed (records by class and
//! country, unrecorded shares, threat rate). The engine's panels join it as they land; each
//! reads the `Compute` context.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::answers::Answers;
use super::control::ControlPanel;
use super::exposure::ExposurePanel;
use super::flags::FlagsPanel;
use super::loss::LossPanel;
use super::network::NetworkPanel;
use super::progress::JobProgress;
use crate::engine::view::View;
use crate::model::{DataClass, Named, Problem};
use crate::text::{Key, Lang, Word, problems};
use crate::ui::components::fields::field_id;
use crate::ui::format;
use crate::ui::hooks::{use_app, use_text};
use crate::ui::platform::compute::Compute;
use crate::ui::session::{Panel, ResultsView};

#[component]
pub fn Results() -> Html {
    let t = use_text();
    let state = use_app();
    let Some(compute) = use_context::<Compute>() else {
        return html! {};
    };
    let errors: Vec<Problem> = state
        .problems
        .iter()
        .filter(|p| p.is_error())
        .cloned()
        .collect();
    // An embed's `view=` chooses the panels; the full app shows them all.
    let panels = use_context::<ResultsView>().unwrap_or_default();
    let view = compute.result.clone();
    let stale = !compute.current;
    let busy = classes!("results-body", stale.then_some("stale"));
    html! {
        <section class="results" id="results" aria-labelledby="results-h" tabindex="-1"
            data-computed-in={if compute.in_worker { "worker" } else { "page" }}>
            <h2 id="results-h">{ t(Key::ResultsHeading) }</h2>
            <JobProgress compute={compute.clone()} />
            if !errors.is_empty() {
                <ProblemList problems={errors} />
            }
            if let Some(v) = view.clone().filter(|_| panels.shows(Panel::Control)) {
                <div class={busy.clone()} aria-busy={stale.to_string()}>
                    <Answers view={v.clone()} />
                    <FlagsPanel view={v.clone()} />
                    <ControlPanel view={v} />
                </div>
            }
            if panels.shows(Panel::Graph) {
                <NetworkPanel />
            }
            if let Some(v) = view.clone().filter(|_| panels.shows(Panel::Exposure)) {
                <div class={busy.clone()} aria-busy={stale.to_string()}>
                    <ExposurePanel view={v} />
                </div>
            }
            if let Some(v) = view.clone().filter(|_| panels.shows(Panel::Loss)) {
                <div class={busy.clone()} aria-busy={stale.to_string()}>
                    <LossPanel view={v} />
                </div>
            }
            if let Some(s) = view.filter(|_| panels.shows(Panel::Exposure)) {
                <div class={classes!("cards", stale.then_some("stale"))} aria-busy={stale.to_string()}>
                    { summary_cards(&s, &state.scenario, &t) }
                </div>
            }
            if compute.result.is_none() {
                <p class="muted">{ t(Key::ResultsPending) }</p>
            }
        </section>
    }
}

fn summary_cards(
    s: &View,
    scenario: &crate::model::Scenario,
    t: &dyn Fn(Key) -> &'static str,
) -> Html {
    let class_name =
        |w: &str| DataClass::from_word(w).map_or_else(|| w.to_string(), |c| t(c.key()).to_string());
    html! {
        <>
        <div class="card stat">
            <h3>{ t(Key::RecordsByClass) }</h3>
            <p class="big" data-testid="records-big">{ format::count(s.records) }</p>
            <dl>
                for (class, n) in s.by_class.iter() {
                    <div><dt>{ class_name(class) }</dt><dd>{ format::count(*n) }</dd></div>
                }
            </dl>
        </div>
        <div class="card stat">
            <h3>{ t(Key::RecordsByCountry) }</h3>
            <dl>
                for (country, n) in s.by_country.iter() {
                    <div>
                        <dt>{ if country == "unspecified" { t(Key::Unspecified).to_string() } else { country.clone() } }</dt>
                        <dd>{ format::count(*n) }</dd>
                    </div>
                }
            </dl>
        </div>
        <div class="card stat">
            <h3>{ t(Key::Unrecorded) }</h3>
            <dl>
                for (id, p) in s.unrecorded.iter() {
                    <div><dt>{ scenario.name_of(id).to_string() }</dt><dd>{ format::percent(*p) }</dd></div>
                }
            </dl>
            <p class="muted">{ format!("{}: {}", t(Key::ThreatRate), format::plain(s.threat_rate)) }</p>
        </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ProblemsProps {
    problems: Vec<Problem>,
}

/// Every error of the scenario; each one moves the focus to its field.
#[component]
fn ProblemList(props: &ProblemsProps) -> Html {
    let t = use_text();
    let lang = use_context::<Lang>().unwrap_or_default();
    html! {
        <div class="card problems">
            <h3>{ t(Key::ProblemsHeading) }<span class="count">{ props.problems.len() }</span></h3>
            <ul>
                for p in props.problems.iter() {
                    <li>
                        <button type="button" class="link" onclick={go_to(&p.path)}>
                            <code>{ p.path.clone() }</code>
                        </button>
                        { " " }{ problems::message(lang, &p.message) }
                    </li>
                }
            </ul>
        </div>
    }
}

/// Focuses the field at `path`, or the nearest field that exists (`holdings[3]` → its first).
fn go_to(path: &str) -> Callback<MouseEvent> {
    let id = field_id(path);
    Callback::from(move |_| {
        let doc = gloo::utils::document();
        let target = doc
            .get_element_by_id(&id)
            .or_else(|| doc.query_selector(&format!("[id^='{id}-']")).ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = target {
            let _ = el.focus();
        }
    })
}
