//! A `[low, high]` pair (a holding's band, a cost range): two number fields that are set or
//! cleared together. An end left empty while the other is set is kept in the scenario as "no
//! number" so the typed end is not lost; the field says both ends are needed.

use yew::prelude::*;

use super::{NumberInput, NumberKind, messages};
use crate::model::Problem;
use crate::text::Key;
use crate::ui::hooks::{use_fill, use_text};

#[derive(Properties, PartialEq)]
pub struct RangeProps {
    /// Path of the pair (problems about the pair as a whole sit here).
    pub path: AttrValue,
    /// Paths of the two ends (`…range[0]` or `…cost_per_record.low`).
    pub paths: [AttrValue; 2],
    pub labels: [AttrValue; 2],
    /// Names the pair in messages about it as a whole ("Band %, holding 3").
    pub label: AttrValue,
    pub value: Option<[f64; 2]>,
    pub on_change: Callback<Option<[f64; 2]>>,
    #[prop_or(NumberKind::Plain)]
    pub kind: NumberKind,
    /// Every problem at `path` or inside it.
    #[prop_or_default]
    pub problems: Vec<Problem>,
    /// Shown in empty ends (the default the pair falls back to).
    #[prop_or_default]
    pub placeholders: Option<[AttrValue; 2]>,
}

#[component]
pub fn RangeInputs(props: &RangeProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let value = props.value;
    let end = |i: usize| value.map(|r| r[i]);
    let missing = |i: usize| end(i).is_some_and(f64::is_nan);
    let on = |i: usize| {
        let on_change = props.on_change.clone();
        Callback::from(move |x: Option<f64>| {
            let mut pair = value.unwrap_or([f64::NAN; 2]);
            pair[i] = x.unwrap_or(f64::NAN);
            on_change.emit((!pair.iter().all(|v| v.is_nan())).then_some(pair));
        })
    };
    // An empty end is this field's own message; validation's "is not a number" would repeat it.
    let at = |i: usize| -> Vec<Problem> {
        props
            .problems
            .iter()
            .filter(|p| p.is_at(&props.paths[i]) && !missing(i))
            .cloned()
            .collect()
    };
    let whole: Vec<Problem> = props
        .problems
        .iter()
        .filter(|p| !p.is_at(&props.paths[0]) && !p.is_at(&props.paths[1]))
        .cloned()
        .collect();
    let need_both = missing(0) || missing(1);
    let placeholder = |i: usize| props.placeholders.as_ref().map(|p| p[i].clone());
    html! {
        <div class="field-range">
            <div class="range-ends">
                <NumberInput path={props.paths[0].clone()} label={props.labels[0].clone()} value={end(0)}
                    on_change={on(0)} kind={props.kind} optional=true visible_label=true
                    problems={at(0)} placeholder={placeholder(0)} />
                <NumberInput path={props.paths[1].clone()} label={props.labels[1].clone()} value={end(1)}
                    on_change={on(1)} kind={props.kind} optional=true visible_label=true
                    problems={at(1)} placeholder={placeholder(1)} />
            </div>
            { messages(&format!("{}-msg", super::field_id(&props.path)), &props.label,
                &whole, need_both.then(|| t(Key::RangeNeedsBoth)), &fill) }
        </div>
    }
}
