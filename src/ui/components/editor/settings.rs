//! The settings: voting rules, Monte Carlo size and seed, default propagation probabilities and
//! the cost model with its ranges per class. Folded away until wanted; open while one of them
//! has a problem.

use yew::prelude::*;

use crate::model::edit::{Edit, SettingField};
use crate::model::{Access, CostModel, CostRange, DataClass, Named, Shared, default_cost};
use crate::text::{Key, Word};
use crate::ui::components::fields::{
    ChoiceSelect, NumberInput, NumberKind, RangeInputs, checkbox, choices, problems_at,
};
use crate::ui::format;
use crate::ui::hooks::{use_app, use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

#[component]
pub fn SettingsEditor() -> Html {
    let state = use_app();
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    let st = &state.scenario.settings;
    let p = |path: &str| problems_at(&state.problems, &format!("settings.{path}"));
    let open = state.problems.iter().any(|x| x.is_at("settings"));
    let set = move |f: SettingField| Action::Edit(Edit::Setting(f));
    let num = |key: &'static str,
               label: Key,
               value: f64,
               kind: NumberKind,
               f: fn(f64) -> SettingField| {
        html! {
            <NumberInput path={format!("settings.{key}")} label={t(label)} value={Some(value)} {kind} visible_label=true
                on_change={dispatch.reform(move |v: Option<f64>| set(f(v.unwrap_or(f64::NAN))))} problems={p(key)} />
        }
    };
    let whole = |key: &'static str, label: Key, value: u64, f: fn(u64) -> SettingField| {
        html! {
            <NumberInput path={format!("settings.{key}")} label={t(label)} value={Some(value as f64)}
                kind={NumberKind::Whole} visible_label=true
                on_whole={dispatch.reform(move |v| set(f(v)))} problems={p(key)} />
        }
    };
    html! {
        <section class="card settings" id="settings" aria-labelledby="settings-h">
            <details {open}>
                <summary><h3 id="settings-h">{ t(Key::SettingsHeading) }</h3></summary>
                <fieldset>
                    <legend>{ t(Key::SettingsVoting) }</legend>
                    <div class="form-grid">
                        { num("quota", Key::SetQuota, st.quota, NumberKind::Percent, SettingField::Quota) }
                        { num("special_quota", Key::SetSpecialQuota, st.special_quota, NumberKind::Percent, SettingField::SpecialQuota) }
                        { num("turnout", Key::SetTurnout, st.turnout, NumberKind::Percent, SettingField::Turnout) }
                        { num("weakest_link", Key::SetWeakestLink, st.weakest_link, NumberKind::Percent, SettingField::WeakestLink) }
                        { num("float_atom", Key::SetFloatAtom, st.float_atom, NumberKind::Percent, SettingField::FloatAtom) }
                    </div>
                    { checkbox("settings.strict", t(Key::SetStrict), st.strict, dispatch.reform(move |v| set(SettingField::Strict(v))), None) }
                </fieldset>
                <fieldset>
                    <legend>{ t(Key::SettingsMonteCarlo) }</legend>
                    <div class="form-grid">
                        { whole("trials", Key::SetTrials, st.trials, SettingField::Trials) }
                        { whole("seed", Key::SetSeed, st.seed, SettingField::Seed) }
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{ t(Key::SettingsPropagation) }</legend>
                    <p class="hint">{ t(Key::PropagationHint) }</p>
                    <div class="form-grid">
                        for a in Access::ALL.iter().copied() {
                            <NumberInput path={format!("settings.propagation.access.{}", a.word())}
                                label={fill(Key::SetAccessP, &[t(a.key())])} value={Some(st.propagation.of_access(a))}
                                kind={NumberKind::Probability} visible_label=true
                                on_change={dispatch.reform(move |v: Option<f64>| set(SettingField::Access(a, v.unwrap_or(f64::NAN))))}
                                problems={p(&format!("propagation.access.{}", a.word()))} />
                        }
                        for x in Shared::ALL.iter().copied() {
                            <NumberInput path={format!("settings.propagation.shared.{}", x.word())}
                                label={fill(Key::SetSharedP, &[t(x.key())])} value={Some(st.propagation.of_shared(x))}
                                kind={NumberKind::Probability} visible_label=true
                                on_change={dispatch.reform(move |v: Option<f64>| set(SettingField::Shared(x, v.unwrap_or(f64::NAN))))}
                                problems={p(&format!("propagation.shared.{}", x.word()))} />
                        }
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{ t(Key::SettingsCosts) }</legend>
                    <ChoiceSelect path="settings.cost_model" label={t(Key::SetCostModel)} value={st.cost_model.word()}
                        options={choices::<CostModel>()} visible_label=true
                        on_change={dispatch.reform(move |w: String| set(SettingField::CostModel(CostModel::from_word(&w).unwrap_or_default())))} />
                    <p class="hint">{ fill(Key::CostRangesHint, &[&state.scenario.currency]) }</p>
                    <div class="form-grid cost-grid">
                        for c in DataClass::ALL.iter().copied() {
                            { cost_row(c, st.cost_per_record.get(&c).copied(), &t, &fill, &dispatch, &p(&format!("cost_per_record.{}", c.word()))) }
                        }
                    </div>
                </fieldset>
            </details>
        </section>
    }
}

fn cost_row(
    c: DataClass,
    value: Option<CostRange>,
    t: &dyn Fn(Key) -> &'static str,
    fill: &dyn Fn(Key, &[&str]) -> String,
    dispatch: &Callback<Action>,
    problems: &[crate::model::Problem],
) -> Html {
    let d = default_cost(c);
    let base = format!("settings.cost_per_record.{}", c.word());
    let class = t(c.key());
    html! {
        <RangeInputs path={base.clone()}
            paths={[AttrValue::from(format!("{base}.low")), AttrValue::from(format!("{base}.high"))]}
            labels={[AttrValue::from(fill(Key::SetCostLow, &[class])), AttrValue::from(fill(Key::SetCostHigh, &[class]))]}
            label={fill(Key::SetCostRange, &[class])}
            value={value.map(|r| [r.low, r.high])}
            placeholders={[AttrValue::from(format::field(d.low)), AttrValue::from(format::field(d.high))]}
            on_change={dispatch.reform(move |v: Option<[f64; 2]>| Action::Edit(Edit::Setting(SettingField::Cost(c, v.map(|[low, high]| CostRange { low, high })))))}
            problems={problems.to_vec()} />
    }
}
