//! A number field that never throws away what was typed. Text that reads as a number goes into
//! the scenario at once (even 120 for a percent: validation then says so next to the field);
//! text that does not (`12a`, an empty required field) stays in the field as typed, marked
//! `data-draft`, with a message naming the field, until it is fixed or the value changes
//! from elsewhere (undo, an example). Leaving the field shows the number as stored.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{described, field_id, messages};
use crate::codec::csv::Unit;
use crate::model::Problem;
use crate::model::problem::quote;
use crate::text::Key;
use crate::ui::format::{self, BadNumber};
use crate::ui::hooks::{use_dispatch, use_fill};
use crate::ui::state::Action;

/// What a number field holds, which sets how `%` reads and what counts as a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// Percent from 0 to 100; `64.5 %` is 64.5.
    Percent,
    /// Probability or share from 0 to 1; `30 %` is 0.3.
    Probability,
    /// Any amount (records, money, events a year).
    Plain,
    /// A whole number from 0 up that fits in 64 bits (trials, seed): goes out via `on_whole`.
    Whole,
}

#[derive(Properties, PartialEq)]
pub struct NumberProps {
    pub path: AttrValue,
    pub label: AttrValue,
    /// The value in the scenario; `None` for an optional field left empty.
    pub value: Option<f64>,
    #[prop_or_default]
    pub on_change: Callback<Option<f64>>,
    #[prop_or_default]
    pub on_whole: Callback<u64>,
    #[prop_or(NumberKind::Plain)]
    pub kind: NumberKind,
    /// Whether empty is allowed (it then means "not set").
    #[prop_or_default]
    pub optional: bool,
    #[prop_or_default]
    pub problems: Vec<Problem>,
    #[prop_or_default]
    pub visible_label: bool,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
}

/// Typed text that differs from what the scenario holds.
#[derive(Clone, Debug, PartialEq)]
struct Draft {
    text: String,
    /// The scenario value this text belongs with; when the value moves on, the draft is gone.
    base: Option<f64>,
    bad: Option<BadNumber>,
}

/// Whether two optional numbers are the same (NaN equals NaN).
fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        (None, None) => true,
        _ => false,
    }
}

#[component]
pub fn NumberInput(props: &NumberProps) -> Html {
    let dispatch = use_dispatch();
    let fill = use_fill();
    let draft = use_state(|| None::<Draft>);
    {
        // The value moved on (undo, an example, another field's edit): a draft made for the old
        // value is dropped, so it cannot come back if the value ever returns.
        let draft = draft.clone();
        let value = props.value;
        use_effect_with(value.map(f64::to_bits), move |_| {
            if draft.as_ref().is_some_and(|d| !same(d.base, value)) {
                draft.set(None);
            }
        });
    }
    let value = props.value;
    let current = (*draft).clone().filter(|d| same(d.base, value));
    let text = current.as_ref().map_or_else(
        || value.map(format::field).unwrap_or_default(),
        |d| d.text.clone(),
    );
    let bad = current.as_ref().and_then(|d| d.bad);
    let id = field_id(&props.path);
    let oninput = {
        let (draft, kind, optional) = (draft.clone(), props.kind, props.optional);
        let (on_change, on_whole) = (props.on_change.clone(), props.on_whole.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let (base, bad) = match read(&text, kind, optional) {
                Ok(Typed::Whole(n)) => {
                    on_whole.emit(n);
                    (Some(n as f64), None)
                }
                Ok(Typed::Real(x)) => {
                    on_change.emit(x);
                    (x, None)
                }
                Err(b) => (value, Some(b)),
            };
            draft.set(Some(Draft { text, base, bad }));
        })
    };
    let onblur = {
        let draft = draft.clone();
        let settle = dispatch.reform(|_| Action::Settle);
        Callback::from(move |_: FocusEvent| {
            if draft.as_ref().is_some_and(|d| d.bad.is_none()) {
                draft.set(None);
            }
            settle.emit(());
        })
    };
    let message = bad.map(|b| {
        let shown = quote(text.trim());
        AttrValue::from(match b {
            BadNumber::Empty => fill(Key::NeedsNumber, &[]),
            BadNumber::NotANumber => fill(Key::NotANumber, &[&shown]),
            BadNumber::NotWhole => fill(Key::NotWhole, &[&shown]),
        })
    });
    let (invalid, describedby) = described(&id, &props.problems, bad.is_some());
    let inputmode = if props.kind == NumberKind::Whole {
        "numeric"
    } else {
        "decimal"
    };
    html! {
        <div class="field field-number">
            if props.visible_label {
                <label for={id.clone()}>{ props.label.clone() }</label>
            }
            <input type="text" id={id.clone()} value={text} {inputmode}
                aria-label={(!props.visible_label).then(|| props.label.clone())}
                aria-invalid={invalid} aria-describedby={describedby}
                data-draft={bad.is_some().then_some("true")}
                placeholder={props.placeholder.clone()}
                autocomplete="off" {oninput} {onblur} />
            { messages(&format!("{id}-msg"), &props.label, &props.problems, message.as_deref(), &fill) }
        </div>
    }
}

/// A number read from a field.
enum Typed {
    Real(Option<f64>),
    Whole(u64),
}

fn read(text: &str, kind: NumberKind, optional: bool) -> Result<Typed, BadNumber> {
    let unit = match kind {
        NumberKind::Percent => Unit::Percent,
        NumberKind::Probability => Unit::Fraction,
        NumberKind::Plain | NumberKind::Whole => Unit::Plain,
    };
    if kind == NumberKind::Whole {
        return format::read_whole(text).map(Typed::Whole);
    }
    format::read(text, unit, optional).map(Typed::Real)
}
