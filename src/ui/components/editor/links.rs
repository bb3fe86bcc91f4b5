//! The vendor links list: who serves whom, the vendor's access and the infrastructure both
//! share; the probability overrides (with the defaults they replace shown) under "more".

use yew::prelude::*;

use super::item::{Cell, Input, List, Out, cell, choice, hinted, text, word};
use super::item_row::{ItemRow, table};
use super::{ListSection, by_index, use_list_data};
use crate::model::edit::{Edit, LinkField as F};
use crate::model::{Link, Named, Propagation, Shared};
use crate::text::{Key, Word};
use crate::ui::components::fields::NumberKind;
use crate::ui::format;
use crate::ui::hooks::{use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

#[component]
pub fn LinksEditor() -> Html {
    let (state, options) = use_list_data();
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    let s = state.scenario.clone();
    let rows = by_index(&state.problems, "links");
    let on_add = {
        let client = state.selected.clone().unwrap_or_default();
        dispatch.reform(move |_| Action::Edit(Edit::AddLink(Link::new(&client, "", ""))))
    };
    let body = html! {
        for (i, l) in s.links.iter().enumerate() {
            <ItemRow key={i} list={List::Links} index={i} cells={cells(l, &s.settings.propagation, &fill)}
                problems={rows.get(&i).cloned().unwrap_or_default()}
                mark={state.selected.as_ref().is_some_and(|id| *id == l.client || *id == l.vendor).then_some("refers")}
                entities={options.clone()} />
        }
    };
    html! {
        <ListSection id="links" heading={Key::LinksHeading} count={s.links.len()}
            add={Key::AddLink} {on_add} hint={Key::LinksHint}>
            { table(List::Links, &t, body) }
        </ListSection>
    }
}

/// The default probabilities of a link (noisy-OR of its mechanisms), both ways.
fn defaults(l: &Link, p: &Propagation) -> (f64, f64) {
    let shared: f64 = l.shared.iter().map(|x| 1.0 - p.of_shared(*x)).product();
    (1.0 - (1.0 - p.of_access(l.access)) * shared, 1.0 - shared)
}

fn cells(l: &Link, p: &Propagation, fill: &dyn Fn(Key, &[&str]) -> String) -> Vec<Cell> {
    let (p_default, back_default) = defaults(l, p);
    let default_text = |x: f64| {
        fill(
            Key::DefaultValue,
            &[&format::plain((x * 1000.0).round() / 1000.0)],
        )
    };
    let pr = NumberKind::Probability;
    let checks = Shared::ALL
        .iter()
        .map(|x| (x.word(), x.key(), l.shared.contains(x)))
        .collect();
    vec![
        cell(1, "vendor", Key::ColVendor, Input::Entity(text(&l.vendor))),
        cell(1, "client", Key::ColClient, Input::Entity(text(&l.client))),
        cell(2, "service", Key::ColService, Input::Text(text(&l.service))),
        cell(2, "access", Key::ColAccess, choice(l.access)),
        cell(3, "shared", Key::ColShared, Input::Checks(checks)),
        hinted(
            0,
            "p",
            Key::ColP,
            Input::Number(l.p, pr, true),
            default_text(p_default),
        ),
        hinted(
            0,
            "p_back",
            Key::ColPBack,
            Input::Number(l.p_back, pr, true),
            default_text(back_default),
        ),
        cell(
            0,
            "description",
            Key::ColNotes,
            Input::Notes(text(&l.description)),
        ),
    ]
}

/// The edit a link's cell makes.
pub fn edit(i: usize, field: &str, out: Out) -> Option<Edit> {
    let f = match (field, out) {
        ("vendor", Out::Text(v)) => F::Vendor(v),
        ("client", Out::Text(v)) => F::Client(v),
        ("service", Out::Text(v)) => F::Service(v),
        ("access", Out::Text(w)) => F::Access(word(&w)),
        ("shared", Out::Check(w, on)) => F::Shared(Shared::from_word(w)?, on),
        ("p", Out::Number(v)) => F::P(v),
        ("p_back", Out::Number(v)) => F::PBack(v),
        ("description", Out::Text(v)) => F::Description(v),
        _ => return None,
    };
    Some(Edit::Link(i, f))
}
