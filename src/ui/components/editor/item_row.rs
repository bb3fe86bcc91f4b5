//! The one row component of every editor list, and the table around the rows. A row renders
//! its cells ([`super::item`]) in one loop; every change goes through one callback that asks
//! the list for the edit, so no list or field has a row, closure or callback type of its own.
//! Entity rows also select their entity on focus and scroll into view when it is selected
//! elsewhere (the network diagram).

use std::rc::Rc;

use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::data_more::{CountriesField, ProcessorsField};
use super::id_input::IdInput;
use super::item::{Cell, Input, List, Out};
use super::leftover;
use super::row::{more_row, row_problems, row_tools};
use crate::model::Problem;
use crate::text::Key;
use crate::ui::components::fields::{
    ChoiceSelect, EntitySelect, Fill, NumberInput, RangeInputs, TextInput, checkbox, field_id,
    messages, problems_at,
};
use crate::ui::hooks::{use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

/// A list's table: its column headers and the rows.
pub fn table(list: List, t: &dyn Fn(Key) -> &'static str, rows: Html) -> Html {
    html! {
        <table class="editor-table">
            <thead><tr>
                for (key, class) in list.columns().iter() {
                    <th scope="col" class={(*class == "num").then_some("num")}>{ t(*key) }</th>
                }
                <th scope="col"><span class="visually-hidden">{ t(Key::ColActions) }</span></th>
            </tr></thead>
            <tbody>{ rows }</tbody>
        </table>
    }
}

#[derive(Properties, PartialEq)]
pub struct RowProps {
    pub list: List,
    pub index: usize,
    pub cells: Vec<Cell>,
    pub problems: Vec<Problem>,
    /// A class that marks the row ("refers": the selected entity takes part; "selected").
    #[prop_or_default]
    pub mark: Option<&'static str>,
    pub entities: Rc<Vec<(String, String)>>,
    /// Deletes item `index` (through the list: entities ask first when others refer to them).
    pub on_delete: Callback<usize>,
    /// An entity row's entity id: focusing the row selects it.
    #[prop_or_default]
    pub entity: Option<AttrValue>,
    /// Counts up each time the row's entity is to be shown (scrolled into view).
    #[prop_or_default]
    pub reveal: u32,
}

/// What rendering a cell needs from its row.
struct Ctx<'a> {
    prefix: String,
    row: String,
    problems: &'a [Problem],
    entities: &'a Rc<Vec<(String, String)>>,
    on: &'a Callback<(&'static str, Out)>,
    t: &'a dyn Fn(Key) -> &'static str,
    fill: Fill<'a>,
}

impl Ctx<'_> {
    fn at(&self, field: &str) -> String {
        format!("{}{field}", self.prefix)
    }

    fn label(&self, key: Key) -> AttrValue {
        AttrValue::from((self.fill)(Key::FieldOfRow, &[(self.t)(key), &self.row]))
    }
}

#[component]
pub fn ItemRow(props: &RowProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    let more = use_state(|| false);
    let row_ref = use_node_ref();
    {
        let row_ref = row_ref.clone();
        use_effect_with(props.reveal, move |&reveal| {
            if reveal > 0
                && let Some(el) = row_ref.cast::<web_sys::Element>()
            {
                let opts = ScrollIntoViewOptions::new();
                opts.set_block(ScrollLogicalPosition::Center);
                opts.set_behavior(ScrollBehavior::Auto);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        });
    }
    let (i, list) = (props.index, props.list);
    let on = {
        let dispatch = dispatch.clone();
        Callback::from(move |(field, out): (&'static str, Out)| {
            if let Some(e) = list.edit(i, field, out) {
                dispatch.emit(Action::Edit(e));
            }
        })
    };
    let x = Ctx {
        prefix: format!("{}[{i}].", list.path()),
        row: fill(list.row_key(), &[&(i + 1).to_string()]),
        problems: &props.problems,
        entities: &props.entities,
        on: &on,
        t: &t,
        fill: &fill,
    };
    let more_problems = props
        .problems
        .iter()
        .filter(|p| {
            props
                .cells
                .iter()
                .any(|c| c.col == 0 && p.is_at(&x.at(c.field)))
        })
        .count();
    let open = *more || more_problems > 0;
    let shown: Vec<String> = props.cells.iter().map(|c| x.at(c.field)).collect();
    let more_id = format!("{}-{i}-more", list.dom());
    let columns = list.columns();
    let selected = props.mark == Some("selected");
    let onfocusin = props.entity.clone().map(|id| {
        dispatch.reform(move |_: FocusEvent| Action::Select {
            id: Some(id.to_string()),
            reveal: false,
        })
    });
    html! {
        <>
        <tr class={classes!("item", props.mark)} ref={row_ref} data-entity={props.entity.clone()}
            aria-current={selected.then_some("true")} onfocusin={onfocusin.filter(|_| !selected)}>
            for (k, (_, class)) in columns.iter().enumerate() {
                <td class={(!class.is_empty()).then_some(*class)}>
                    for c in props.cells.iter().filter(|c| usize::from(c.col) == k + 1) {
                        { field(&x, c) }
                    }
                </td>
            }
            { row_tools(&x.row, &more_id, open, more_problems, { let more = more.clone(); Callback::from(move |_| more.set(!*more)) },
                props.on_delete.reform(move |_| i), &fill) }
        </tr>
        if open {
            { more_row(&more_id, columns.len() + 1, html! {
                for c in props.cells.iter().filter(|c| c.col == 0) {
                    { field(&x, c) }
                }
            }) }
        }
        { row_problems(&format!("{}[{i}]", list.path()), &x.row, columns.len() + 1,
            &leftover(&props.problems, &shown), &fill) }
        </>
    }
}

/// One cell's field, whatever its kind.
fn field(x: &Ctx, c: &Cell) -> Html {
    let path = x.at(c.field);
    let label = x.label(c.label);
    let problems = problems_at(x.problems, &path);
    let f = c.field;
    let visible_label = c.col == 0;
    let placeholder = c.placeholder.clone();
    match &c.input {
        Input::Text(v) | Input::Notes(v) => html! {
            <TextInput {path} {label} value={v.clone()} multiline={matches!(c.input, Input::Notes(_))}
                on_change={x.on.reform(move |v| (f, Out::Text(v)))} {visible_label} {problems} {placeholder} />
        },
        Input::Number(value, kind, optional) => html! {
            <NumberInput {path} {label} value={*value} kind={*kind} optional={*optional}
                on_change={x.on.reform(move |v| (f, Out::Number(v)))} {visible_label} {problems} {placeholder} />
        },
        Input::Entity(v) => html! {
            <EntitySelect {path} {label} value={v.clone()} entities={x.entities.clone()}
                on_change={x.on.reform(move |v| (f, Out::Text(v)))} {visible_label} {problems} />
        },
        Input::Choice(value, options) => html! {
            <ChoiceSelect {path} {label} value={*value} options={options.clone()}
                on_change={x.on.reform(move |v| (f, Out::Text(v)))} {visible_label} {problems} />
        },
        Input::Id(v) => html! {
            <IdInput {path} {label} value={v.clone()} entities={x.entities.clone()}
                on_rename={x.on.reform(move |v| (f, Out::Text(v)))} {problems} />
        },
        Input::Range(value, kind, ends, labels, placeholders) => html! {
            <RangeInputs paths={ends.map(|e| AttrValue::from(format!("{path}{e}")))} {path}
                labels={labels.map(|k| x.label(k))} {label} value={*value} kind={*kind}
                placeholders={placeholders.clone()}
                on_change={x.on.reform(move |v| (f, Out::Range(v)))} {problems} />
        },
        Input::Processors(v) => html! {
            <ProcessorsField {path} {label} value={v.clone()} entities={x.entities.clone()}
                on_change={x.on.reform(move |v| (f, Out::List(v)))} {problems} />
        },
        Input::Countries(v) => html! {
            <CountriesField {path} {label} value={v.clone()}
                on_change={x.on.reform(move |v| (f, Out::Map(v)))} {problems} />
        },
        Input::Checks(items) => html! {
            <>
            <fieldset class="checks">
                <legend class="visually-hidden">{ label.clone() }</legend>
                for (w, key, on) in items.iter().copied() {
                    { checkbox(&format!("{path}.{w}"), &x.label(key), on,
                        x.on.reform(move |b| (f, Out::Check(w, b))), Some((x.t)(key))) }
                }
            </fieldset>
            { messages(&format!("{}-msg", field_id(&path)), &label, &problems, None, x.fill) }
            </>
        },
    }
}
