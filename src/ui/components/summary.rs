//! The results area. For now it shows the scenario's summary (records by class and country,
//! unrecorded shares, threat rate); the engine's panels join it as they land.

use std::rc::Rc;
use yew::prelude::*;

use crate::engine::summary::summarize;
use crate::model::{Problem, Scenario};
use crate::text::Key;
use crate::ui::format;
use crate::ui::hooks::use_text;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub scenario: Rc<Scenario>,
    pub problems: Rc<Vec<Problem>>,
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let t = use_text();
    let summary = {
        let s = props.scenario.clone();
        use_memo(s, |s| summarize(s))
    };
    let errors: Vec<&Problem> = props.problems.iter().filter(|p| p.is_error()).collect();
    html! {
        <section class="results" id="results" aria-labelledby="results-h" tabindex="-1">
            <h2 id="results-h">{ t(Key::ResultsHeading) }</h2>
            if !errors.is_empty() {
                <div class="card problems" role="alert">
                    <h3>{ t(Key::ProblemsHeading) }</h3>
                    <ul>
                        for p in errors.iter() {
                            <li><code>{ p.path.clone() }</code>{ " " }{ p.message.clone() }</li>
                        }
                    </ul>
                </div>
            }
            <div class="cards">
                <div class="card stat">
                    <h3>{ t(Key::RecordsByClass) }</h3>
                    <p class="big" data-testid="records-big">{ format::count(summary.records.0) }</p>
                    <dl>
                        for (class, n) in summary.records_by_class.iter() {
                            <div><dt>{ *class }</dt><dd>{ format::count(n.0) }</dd></div>
                        }
                    </dl>
                </div>
                <div class="card stat">
                    <h3>{ t(Key::RecordsByCountry) }</h3>
                    <dl>
                        for (country, n) in summary.records_by_country.iter() {
                            <div>
                                <dt>{ if country == "unspecified" { t(Key::Unspecified).to_string() } else { country.clone() } }</dt>
                                <dd>{ format::count(n.0) }</dd>
                            </div>
                        }
                    </dl>
                </div>
                <div class="card stat">
                    <h3>{ t(Key::Unrecorded) }</h3>
                    <dl>
                        for (id, p) in summary.unrecorded.iter().filter(|(_, p)| p.0 > 0.0) {
                            <div><dt>{ props.scenario.name_of(id).to_string() }</dt><dd>{ format::percent(p.0) }</dd></div>
                        }
                    </dl>
                    <p class="muted">{ format!("{}: {}", t(Key::ThreatRate), format::plain(summary.threat_rate.0)) }</p>
                </div>
            </div>
            <p class="muted">{ t(Key::ResultsPending) }</p>
        </section>
    }
}
