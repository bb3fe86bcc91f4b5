//! Two fields of a data category that hold several values: its processors (entities, added from
//! a list and removed one by one) and its records by country (`JP: 121210; KR: 500`, kept as
//! typed until it reads).

use std::collections::BTreeMap;
use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::codec::csv::country_map;
use crate::model::Problem;
use crate::model::problem::quote;
use crate::text::Key;
use crate::ui::components::fields::{described, entity_label, field_id, messages};
use crate::ui::format;
use crate::ui::hooks::{use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct ProcessorsProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: Vec<String>,
    pub entities: Rc<Vec<(String, String)>>,
    pub on_change: Callback<Vec<String>>,
    #[prop_or_default]
    pub problems: Vec<Problem>,
}

/// The processors: a removable chip per entity and a list to add another.
#[component]
pub fn ProcessorsField(props: &ProcessorsProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let pick = use_node_ref();
    let id = field_id(&props.path);
    let name = |pid: &str| {
        props
            .entities
            .iter()
            .find(|(e, _)| e == pid)
            .map_or_else(|| pid.to_string(), |(e, n)| entity_label(n, e))
    };
    let add = {
        let (pick, value, on_change) = (pick.clone(), props.value.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(sel) = pick.cast::<HtmlSelectElement>() else {
                return;
            };
            let v = sel.value();
            if !v.is_empty() && !value.contains(&v) {
                let mut next = value.clone();
                next.push(v);
                on_change.emit(next);
            }
        })
    };
    let (invalid, describedby) = described(&id, &props.problems, false);
    html! {
        <div class="field field-wide">
            <span class="label" id={format!("{id}-label")}>{ props.label.clone() }</span>
            <ul class="chips" aria-labelledby={format!("{id}-label")}>
                for (k, pid) in props.value.iter().enumerate() {
                    <li class="chip">
                        <span>{ name(pid) }</span>
                        <button type="button" class="icon" aria-label={fill(Key::RemoveItem, &[&name(pid)])}
                            onclick={let (value, on_change) = (props.value.clone(), props.on_change.clone());
                                Callback::from(move |_: MouseEvent| {
                                    let mut next = value.clone();
                                    next.remove(k);
                                    on_change.emit(next);
                                })}>
                            <span aria-hidden="true">{ "×" }</span>
                        </button>
                    </li>
                }
            </ul>
            <div class="inline">
                <select id={id.clone()} ref={pick} aria-label={fill(Key::AddTo, &[&props.label])}
                    aria-invalid={invalid} aria-describedby={describedby}>
                    for (k, (e, n)) in props.entities.iter().filter(|(e, _)| !props.value.contains(e)).enumerate() {
                        <option value={e.clone()} selected={k == 0}>{ entity_label(n, e) }</option>
                    }
                </select>
                <button type="button" onclick={add}>{ t(Key::Add) }</button>
            </div>
            { messages(&format!("{id}-msg"), &props.label, &props.problems, None, &fill) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CountriesProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: BTreeMap<String, f64>,
    pub on_change: Callback<BTreeMap<String, f64>>,
    #[prop_or_default]
    pub problems: Vec<Problem>,
}

/// The map as one line of text, the way the field shows it.
fn countries_text(m: &BTreeMap<String, f64>) -> String {
    m.iter()
        .map(|(c, n)| format!("{c}: {}", format::field(*n)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Records by country as `CODE: records; CODE: records`.
#[component]
pub fn CountriesField(props: &CountriesProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    // (typed text, the map it was typed over, why it cannot be read)
    let draft = use_state(|| None::<(String, BTreeMap<String, f64>, Option<String>)>);
    let current = (*draft).clone().filter(|(_, base, _)| *base == props.value);
    let text = current
        .as_ref()
        .map_or_else(|| countries_text(&props.value), |(t, _, _)| t.clone());
    let why = current.as_ref().and_then(|(_, _, w)| w.clone());
    let oninput = {
        let (draft, value, on_change, fill) = (
            draft.clone(),
            props.value.clone(),
            props.on_change.clone(),
            fill.clone(),
        );
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match read(&text) {
                Ok(map) => {
                    draft.set(Some((text, map.clone(), None)));
                    on_change.emit(map);
                }
                Err(Bad::Twice(code)) => draft.set(Some((
                    text,
                    value.clone(),
                    Some(fill(Key::CountryTwice, &[&quote(&code)])),
                ))),
                Err(Bad::Unreadable) => draft.set(Some((
                    text,
                    value.clone(),
                    Some(fill(Key::CountriesUnreadable, &[])),
                ))),
            }
        })
    };
    let onblur = {
        let (draft, settle) = (draft.clone(), dispatch.reform(|_| Action::Settle));
        Callback::from(move |_: FocusEvent| {
            if draft.as_ref().is_some_and(|(_, _, w)| w.is_none()) {
                draft.set(None);
            }
            settle.emit(());
        })
    };
    let id = field_id(&props.path);
    let (invalid, describedby) = described(&id, &props.problems, why.is_some());
    html! {
        <div class="field field-wide">
            <label for={id.clone()}>{ props.label.clone() }</label>
            <input type="text" id={id.clone()} value={text} placeholder={t(Key::CountriesPlaceholder)}
                aria-invalid={invalid} aria-describedby={describedby} data-draft={why.is_some().then_some("true")}
                autocomplete="off" spellcheck="false" {oninput} {onblur} />
            { messages(&format!("{id}-msg"), &props.label, &props.problems, why.as_deref(), &fill) }
        </div>
    }
}

enum Bad {
    Unreadable,
    Twice(String),
}

fn read(text: &str) -> Result<BTreeMap<String, f64>, Bad> {
    let pairs = country_map(text).map_err(|_| Bad::Unreadable)?;
    let mut map = BTreeMap::new();
    for (code, n) in pairs {
        if map.insert(code.clone(), n).is_some() {
            return Err(Bad::Twice(code));
        }
    }
    Ok(map)
}
