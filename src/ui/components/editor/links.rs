//! The vendor links list: who serves whom, the vendor's access and the infrastructure both
//! share; the probability overrides (with the defaults they replace shown) under "more".

use std::rc::Rc;

use yew::prelude::*;

use super::row::{more_row, row_problems, row_tools};
use super::{ListSection, by_index, leftover, use_list_data};
use crate::model::edit::{Edit, LinkField};
use crate::model::{Link, Named, Problem, Propagation, Shared};
use crate::text::{Key, Word};
use crate::ui::components::fields::{
    EntitySelect, NumberInput, NumberKind, TextInput, checkbox, choice, field_id, messages,
    problems_at,
};
use crate::ui::format;
use crate::ui::hooks::{use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

const COLUMNS: usize = 4;

#[component]
pub fn LinksEditor() -> Html {
    let (state, options) = use_list_data();
    let t = use_text();
    let dispatch = use_dispatch();
    let s = state.scenario.clone();
    let rows = by_index(&state.problems, "links");
    let on_add = {
        let client = state.selected.clone().unwrap_or_default();
        dispatch.reform(move |_| Action::Edit(Edit::AddLink(Link::new(&client, "", ""))))
    };
    html! {
        <ListSection id="links" heading={Key::LinksHeading} count={s.links.len()}
            add={Key::AddLink} {on_add} hint={Key::LinksHint}>
            <table class="editor-table">
                <thead><tr>
                    <th scope="col">{ t(Key::ColVendorClient) }</th>
                    <th scope="col">{ t(Key::ColServiceAccess) }</th>
                    <th scope="col">{ t(Key::ColShared) }</th>
                    <th scope="col"><span class="visually-hidden">{ t(Key::ColActions) }</span></th>
                </tr></thead>
                <tbody>
                    for (i, l) in s.links.iter().enumerate() {
                        <LinkRow key={i} index={i} link={l.clone()}
                            problems={rows.get(&i).cloned().unwrap_or_default()}
                            refers={state.selected.as_ref().is_some_and(|id| *id == l.client || *id == l.vendor)}
                            entities={options.clone()} propagation={s.settings.propagation.clone()} />
                    }
                </tbody>
            </table>
        </ListSection>
    }
}

/// The default probabilities of a link (noisy-OR of its mechanisms), both ways.
fn defaults(l: &Link, p: &Propagation) -> (f64, f64) {
    let shared: f64 = l.shared.iter().map(|x| 1.0 - p.of_shared(*x)).product();
    (1.0 - (1.0 - p.of_access(l.access)) * shared, 1.0 - shared)
}

#[derive(Properties, PartialEq)]
struct RowProps {
    index: usize,
    link: Link,
    problems: Vec<Problem>,
    refers: bool,
    entities: Rc<Vec<(String, String)>>,
    propagation: Propagation,
}

#[component]
fn LinkRow(props: &RowProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    let more = use_state(|| false);
    let (i, l) = (props.index, &props.link);
    let at = |f: &str| format!("links[{i}].{f}");
    let row = fill(Key::RowLink, &[&(i + 1).to_string()]);
    let label = |k: Key| AttrValue::from(fill(Key::FieldOfRow, &[t(k), &row]));
    let edit = move |f: LinkField| Action::Edit(Edit::Link(i, f));
    let more_fields = [at("p"), at("p_back"), at("description")];
    let more_problems = props
        .problems
        .iter()
        .filter(|p| more_fields.iter().any(|f| p.is_at(f)))
        .count();
    let open = *more || more_problems > 0;
    let shown: Vec<String> = ["vendor", "client", "service", "access", "shared"]
        .iter()
        .map(|f| at(f))
        .chain(more_fields.iter().cloned())
        .collect();
    let more_id = format!("links-{i}-more");
    let p = |f: &str| problems_at(&props.problems, &at(f));
    let (p_default, back_default) = defaults(l, &props.propagation);
    let default_text = |x: f64| {
        AttrValue::from(fill(
            Key::DefaultValue,
            &[&format::plain((x * 1000.0).round() / 1000.0)],
        ))
    };
    html! {
        <>
        <tr class={classes!("item", props.refers.then_some("refers"))}>
            <td class="stack"><EntitySelect path={at("vendor")} label={label(Key::ColVendor)} value={l.vendor.clone()}
                entities={props.entities.clone()} on_change={dispatch.reform(move |v| edit(LinkField::Vendor(v)))} problems={p("vendor")} />
                <EntitySelect path={at("client")} label={label(Key::ColClient)} value={l.client.clone()}
                entities={props.entities.clone()} on_change={dispatch.reform(move |v| edit(LinkField::Client(v)))} problems={p("client")} /></td>
            <td class="stack"><TextInput path={at("service")} label={label(Key::ColService)} value={l.service.clone()}
                on_change={dispatch.reform(move |v| edit(LinkField::Service(v)))} problems={p("service")} />
                { choice(at("access"), label(Key::ColAccess), l.access, dispatch.reform(move |a| edit(LinkField::Access(a))), p("access")) }</td>
            <td>
                <fieldset class="checks">
                    <legend class="visually-hidden">{ label(Key::ColShared) }</legend>
                    for x in Shared::ALL.iter().copied() {
                        { checkbox(&format!("{}.{}", at("shared"), x.word()), &fill(Key::FieldOfRow, &[t(x.key()), &row]),
                            l.shared.contains(&x), dispatch.reform(move |on| edit(LinkField::Shared(x, on))), Some(t(x.key()))) }
                    }
                </fieldset>
                { messages(&format!("{}-msg", field_id(&at("shared"))), &label(Key::ColShared), &p("shared"), None, &fill) }
            </td>
            { row_tools(&row, &more_id, open, more_problems, { let more = more.clone(); Callback::from(move |_| more.set(!*more)) },
                dispatch.reform(move |_| Action::Edit(Edit::DeleteLink(i))), &fill) }
        </tr>
        if open {
            { more_row(&more_id, COLUMNS, html! { <>
                <NumberInput path={at("p")} label={label(Key::ColP)} value={l.p} kind={NumberKind::Probability} optional=true
                    visible_label=true placeholder={default_text(p_default)}
                    on_change={dispatch.reform(move |v| edit(LinkField::P(v)))} problems={p("p")} />
                <NumberInput path={at("p_back")} label={label(Key::ColPBack)} value={l.p_back} kind={NumberKind::Probability} optional=true
                    visible_label=true placeholder={default_text(back_default)}
                    on_change={dispatch.reform(move |v| edit(LinkField::PBack(v)))} problems={p("p_back")} />
                <TextInput multiline=true path={at("description")} label={label(Key::ColNotes)} value={l.description.clone()}
                    on_change={dispatch.reform(move |v| edit(LinkField::Description(v)))} visible_label=true problems={p("description")} />
            </> }) }
        }
        { row_problems(&format!("links[{i}]"), &row, COLUMNS, &leftover(&props.problems, &shown), &fill) }
        </>
    }
}
