//! The answers at a glance, at the top of the results: the questions a reader comes with,
//! each answered in one line from the view, with the sentence behind it: who controls the
//! focus entity, what breaches cost a year, and which single vendor link matters most.

use yew::prelude::*;

use crate::text::explain::{Words, breach, control};
use crate::text::{Key, Lang};
use crate::ui::hooks::{use_app, use_fill, use_text};
use crate::ui::platform::compute::Results;

#[derive(Properties, PartialEq)]
pub struct ViewProps {
    /// The newest results.
    pub view: Results,
}

#[component]
pub fn Answers(props: &ViewProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let state = use_app();
    let lang = use_context::<Lang>().unwrap_or_default();
    let w = Words::new(lang, &state.scenario);
    let c = &props.view.control;
    let question = fill(Key::QWhoControls, &[&w.name(&c.target)]);
    let why = control::rows(&w, c)
        .into_iter()
        .next()
        .map(|r| r.sentence)
        .unwrap_or_default();
    html! {
        <section class="card answers" aria-labelledby="answers-h">
            <h3 id="answers-h">{ t(Key::AnswersHeading) }</h3>
            <dl>
                <div data-testid="answer-control">
                    <dt>{ question }</dt>
                    <dd><strong data-testid="answer-controller">{ control::answer(&w, c) }</strong>
                        <p class="explain">{ why }</p></dd>
                </div>
                if let Some(b) = props.view.breach.as_ref() {
                    { answer("answer-loss", breach::loss_question(&w), breach::loss_answer(&w, b)) }
                    { answer("answer-link", t(Key::QWhichLink).to_string(), breach::link_answer(&w, b)) }
                }
            </dl>
        </section>
    }
}

/// One question with its answer and the sentence behind it.
fn answer(id: &'static str, question: String, (value, why): (String, String)) -> Html {
    html! {
        <div data-testid={id}>
            <dt>{ question }</dt>
            <dd><strong>{ value }</strong><p class="explain">{ why }</p></dd>
        </div>
    }
}
