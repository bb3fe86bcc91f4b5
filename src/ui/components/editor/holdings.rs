//! The holdings list: holder, held entity, equity and votes in the row; the register's band and
//! notes under "more".

use yew::prelude::*;

use super::item::{Cell, Input, List, Out, cell, hinted, text};
use super::item_row::{ItemRow, table};
use super::{ListSection, by_index, use_list_data};
use crate::model::Holding;
use crate::model::edit::{Edit, HoldingField as F};
use crate::text::Key;
use crate::ui::components::fields::NumberKind;
use crate::ui::hooks::{use_dispatch, use_text};
use crate::ui::state::Action;

#[component]
pub fn HoldingsEditor() -> Html {
    let (state, options) = use_list_data();
    let t = use_text();
    let dispatch = use_dispatch();
    let s = state.scenario.clone();
    let rows = by_index(&state.problems, "holdings");
    let on_add = {
        // A new holding starts from the selected entity, the most likely holder.
        let holder = state.selected.clone().unwrap_or_default();
        dispatch.reform(move |_| Action::Edit(Edit::AddHolding(Holding::new(&holder, "", 0.0))))
    };
    let body = html! {
        for (i, h) in s.holdings.iter().enumerate() {
            <ItemRow key={i} list={List::Holdings} index={i} cells={cells(h)}
                problems={rows.get(&i).cloned().unwrap_or_default()}
                mark={state.selected.as_ref().is_some_and(|id| *id == h.holder || *id == h.target).then_some("refers")}
                entities={options.clone()} />
        }
    };
    html! {
        <ListSection id="holdings" heading={Key::HoldingsHeading} count={s.holdings.len()}
            add={Key::AddHolding} {on_add} hint={Key::HoldingsHint}>
            { table(List::Holdings, &t, body) }
        </ListSection>
    }
}

fn cells(h: &Holding) -> Vec<Cell> {
    let pc = NumberKind::Percent;
    vec![
        cell(1, "holder", Key::ColHolder, Input::Entity(text(&h.holder))),
        cell(2, "target", Key::ColTarget, Input::Entity(text(&h.target))),
        cell(
            3,
            "percent",
            Key::ColPercent,
            Input::Number(Some(h.percent), pc, false),
        ),
        hinted(
            4,
            "votes_percent",
            Key::ColVotes,
            Input::Number(h.votes_percent, pc, true),
            format!("= {}", crate::ui::format::field(h.percent)),
        ),
        cell(
            0,
            "range",
            Key::ColBand,
            Input::Range(
                h.range,
                pc,
                ["[0]", "[1]"],
                [Key::ColBandLow, Key::ColBandHigh],
                None,
            ),
        ),
        cell(
            0,
            "description",
            Key::ColNotes,
            Input::Notes(text(&h.description)),
        ),
    ]
}

/// The edit a holding's cell makes.
pub fn edit(i: usize, field: &str, out: Out) -> Option<Edit> {
    let f = match (field, out) {
        ("holder", Out::Text(v)) => F::Holder(v),
        ("target", Out::Text(v)) => F::Target(v),
        ("percent", Out::Number(v)) => F::Percent(v.unwrap_or(f64::NAN)),
        ("votes_percent", Out::Number(v)) => F::Votes(v),
        ("range", Out::Range(v)) => F::Range(v),
        ("description", Out::Text(v)) => F::Description(v),
        _ => return None,
    };
    Some(Edit::Holding(i, f))
}
