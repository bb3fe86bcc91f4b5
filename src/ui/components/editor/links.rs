//! The vendor links list: who serves whom, the vendor's access and the infrastructure both
//! share; the probability overrides (with the defaults they replace shown) under "more".

use super::item::{Cell, Input, Out, cell, choice, hinted, text, word};
use crate::model::edit::{Edit, LinkField as F};
use crate::model::{Link, Named, Propagation, Shared};
use crate::text::{Key, Word};
use crate::ui::components::fields::NumberKind;
use crate::ui::format;

/// The edit that adds a link (serving the selected entity).
pub fn add(client: &str) -> Edit {
    Edit::AddLink(Link::new(client, "", ""))
}

/// The default probabilities of a link (noisy-OR of its mechanisms), both ways.
fn defaults(l: &Link, p: &Propagation) -> (f64, f64) {
    let shared: f64 = l.shared.iter().map(|x| 1.0 - p.of_shared(*x)).product();
    (1.0 - (1.0 - p.of_access(l.access)) * shared, 1.0 - shared)
}

/// A link's cells; the probability overrides show the defaults they replace.
pub fn cells(l: &Link, p: &Propagation, fill: &dyn Fn(Key, &[&str]) -> String) -> Vec<Cell> {
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
