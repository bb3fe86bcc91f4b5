//! What an editor row is made of, as data: each list describes an item as cells (field path,
//! catalogue key of its label, the kind of input with the value it holds, its column or the
//! "more" row), and turns what a cell sends back ([`Out`]) into an edit. One row component
//! ([`super::item_row::ItemRow`]) renders every list from this, so the wasm carries one row
//! renderer and one callback path instead of one per list and field.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::model::Named;
use crate::model::edit::Edit;
use crate::text::{Key, Word};
use crate::ui::components::fields::{NumberKind, choices};

/// The input of a cell, with the value it shows.
#[derive(Clone, PartialEq)]
pub enum Input {
    /// One line of free text.
    Text(AttrValue),
    /// Several lines (notes).
    Notes(AttrValue),
    /// A number; `optional` when empty means "not set".
    Number(Option<f64>, NumberKind, bool),
    /// One of the scenario's entities, by id.
    Entity(AttrValue),
    /// One of a fixed list of words (the word held now, every word with its readable name).
    Choice(&'static str, Vec<(&'static str, Key)>),
    /// A `[low, high]` pair: the value, the path suffixes and labels of its ends, placeholders.
    Range(
        Option<[f64; 2]>,
        NumberKind,
        [&'static str; 2],
        [Key; 2],
        Option<[AttrValue; 2]>,
    ),
    /// Tick boxes, one per word (word, readable name, ticked).
    Checks(Vec<(&'static str, Key, bool)>),
    /// An entity's id (a rename that every reference follows).
    Id(AttrValue),
    /// Entities added from a list (a data category's processors).
    Processors(Vec<String>),
    /// Records by country.
    Countries(BTreeMap<String, f64>),
}

/// One field of a row.
#[derive(Clone, PartialEq)]
pub struct Cell {
    /// The field's path inside the item (`percent`, `shared`).
    pub field: &'static str,
    /// The catalogue key of its label.
    pub label: Key,
    pub input: Input,
    /// The column of the row it sits in, from 1; 0 puts it under "more" with a visible label.
    pub col: u8,
    pub placeholder: Option<AttrValue>,
}

/// A cell without a placeholder.
pub fn cell(col: u8, field: &'static str, label: Key, input: Input) -> Cell {
    Cell {
        field,
        label,
        input,
        col,
        placeholder: None,
    }
}

/// A cell with a placeholder.
pub fn hinted(col: u8, field: &'static str, label: Key, input: Input, hint: String) -> Cell {
    Cell {
        placeholder: Some(hint.into()),
        ..cell(col, field, label, input)
    }
}

/// Free text as an input value.
pub fn text(s: &str) -> AttrValue {
    AttrValue::from(s.to_string())
}

/// A choice among the values of `T` (the only generic part is this small adapter).
pub fn choice<T: Named + Word>(value: T) -> Input {
    Input::Choice(value.word(), choices::<T>())
}

/// The value of `T` a choice sent back.
pub fn word<T: Named>(w: &str) -> T {
    T::from_word(w).unwrap_or(T::ALL[0])
}

/// What a cell sends back when it changes.
pub enum Out {
    /// Text, or a choice's word.
    Text(String),
    Number(Option<f64>),
    Range(Option<[f64; 2]>),
    /// A tick box's word and whether it is ticked now.
    Check(&'static str, bool),
    List(Vec<String>),
    Map(BTreeMap<String, f64>),
}

/// The editor's lists.
#[derive(Clone, Copy, PartialEq)]
pub enum List {
    Entities,
    Holdings,
    ControlRights,
    Links,
    Data,
    Threats,
}

impl List {
    /// The list's path in the scenario (`holdings`).
    pub fn path(self) -> &'static str {
        match self {
            List::Entities => "entities",
            List::Holdings => "holdings",
            List::ControlRights => "control_rights",
            List::Links => "links",
            List::Data => "data",
            List::Threats => "threats",
        }
    }

    /// The list's name in DOM ids (`control-rights-2-more`).
    pub fn dom(self) -> &'static str {
        match self {
            List::ControlRights => "control-rights",
            other => other.path(),
        }
    }

    /// How a row names itself ("holding 3").
    pub fn row_key(self) -> Key {
        match self {
            List::Entities => Key::RowEntity,
            List::Holdings => Key::RowHolding,
            List::ControlRights => Key::RowControl,
            List::Links => Key::RowLink,
            List::Data => Key::RowData,
            List::Threats => Key::RowThreat,
        }
    }

    /// The header and cell class of each column of the row, before the tools.
    pub fn columns(self) -> &'static [(Key, &'static str)] {
        match self {
            List::Entities => &[
                (Key::ColName, ""),
                (Key::ColId, ""),
                (Key::ColKind, ""),
                (Key::ColCountry, "narrow"),
            ],
            List::Holdings => &[
                (Key::ColHolder, ""),
                (Key::ColTarget, ""),
                (Key::ColPercent, "num"),
                (Key::ColVotes, "num"),
            ],
            List::ControlRights => &[
                (Key::ColHolder, ""),
                (Key::ColControlled, ""),
                (Key::ColRight, ""),
            ],
            List::Links => &[
                (Key::ColVendorClient, "stack"),
                (Key::ColServiceAccess, "stack"),
                (Key::ColShared, ""),
            ],
            List::Data => &[
                (Key::ColNameId, "stack"),
                (Key::ColClass, ""),
                (Key::ColHolder, ""),
                (Key::ColRecords, "num"),
            ],
            List::Threats => &[
                (Key::ColEntry, ""),
                (Key::ColRate, "num"),
                (Key::ColLabel, ""),
            ],
        }
    }

    /// The edit a cell's change makes to item `i` (`None` if the cell and what it sent do
    /// not belong together, which no cell of the list does).
    pub fn edit(self, i: usize, field: &str, out: Out) -> Option<Edit> {
        match self {
            List::Entities => super::entities::edit(i, field, out),
            List::Holdings => super::holdings::edit(i, field, out),
            List::ControlRights => super::control_rights::edit(i, field, out),
            List::Links => super::links::edit(i, field, out),
            List::Data => super::data::edit(i, field, out),
            List::Threats => super::threats::edit(i, field, out),
        }
    }

    /// The edit that deletes item `i`.
    pub fn delete(self, i: usize) -> Edit {
        match self {
            List::Entities => Edit::DeleteEntity(i),
            List::Holdings => Edit::DeleteHolding(i),
            List::ControlRights => Edit::DeleteControlRight(i),
            List::Links => Edit::DeleteLink(i),
            List::Data => Edit::DeleteData(i),
            List::Threats => Edit::DeleteThreat(i),
        }
    }
}
