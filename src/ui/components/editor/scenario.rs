//! The scenario's own fields: title, currency and description (sources and assumptions).

use yew::prelude::*;

use crate::model::edit::Edit;
use crate::text::Key;
use crate::ui::components::fields::{TextInput, problems_at};
use crate::ui::hooks::{use_app, use_dispatch, use_text};
use crate::ui::state::Action;

#[component]
pub fn ScenarioFields() -> Html {
    let state = use_app();
    let t = use_text();
    let dispatch = use_dispatch();
    let s = &state.scenario;
    let p = |path: &str| problems_at(&state.problems, path);
    html! {
        <div class="card scenario-fields">
            <div class="form-grid">
                <TextInput path="title" label={t(Key::FieldTitle)} value={s.title.clone()} visible_label=true
                    placeholder={AttrValue::from(t(Key::UntitledScenario))}
                    on_change={dispatch.reform(|v| Action::Edit(Edit::Title(v)))} problems={p("title")} />
                <TextInput path="currency" label={t(Key::FieldCurrency)} value={s.currency.clone()} visible_label=true
                    on_change={dispatch.reform(|v| Action::Edit(Edit::Currency(v)))} problems={p("currency")} />
            </div>
            <TextInput multiline=true path="description" label={t(Key::FieldDescription)} value={s.description.clone()} visible_label=true
                on_change={dispatch.reform(|v| Action::Edit(Edit::Description(v)))} problems={p("description")} />
        </div>
    }
}
