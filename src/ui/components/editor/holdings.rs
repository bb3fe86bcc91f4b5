//! The holdings list: holder, held entity, equity and votes in the row; the register's band and
//! notes under "more".

use super::item::{Cell, Input, Out, cell, hinted, text};
use crate::model::Holding;
use crate::model::edit::{Edit, HoldingField as F};
use crate::text::Key;
use crate::ui::components::fields::NumberKind;

/// The edit that adds a holding (from the selected entity, the most likely holder).
pub fn add(holder: &str) -> Edit {
    Edit::AddHolding(Holding::new(holder, "", 0.0))
}

pub fn cells(h: &Holding) -> Vec<Cell> {
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
