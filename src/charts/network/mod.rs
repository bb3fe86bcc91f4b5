//! The network diagram: entities in layers (owners above what they own), ownership edges solid
//! and labelled with their percent, vendor links dashed by access level and doubled for shared
//! infrastructure, the breach path highlighted and the selected entity outlined. Every entity
//! is a focusable `<g role="button" data-entity="…">` so the UI can select it by click or Enter
//! (one delegated listener on the container). Hand-built SVG: it is a graph, not a plot.

mod draw;
mod layout;
mod route;

use super::{DataTable, Frame, NumberFormat, Theme};
pub use crate::model::Access;

/// An entity box.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NetworkNode {
    /// The entity id; goes into `data-entity` (escaped).
    pub id: String,
    /// Display name (user text; escaped).
    pub name: String,
    /// A second, smaller line such as the country; may be empty.
    pub detail: String,
    /// Accessible name of the node button; empty uses `name`.
    pub label: String,
}

/// `holder` holds `percent` of `target`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OwnershipEdge {
    /// Id of the holding entity.
    pub holder: String,
    /// Id of the held entity.
    pub target: String,
    /// Percent, 0–100.
    pub percent: f64,
    /// Pre-formatted label; `None` uses the percent format.
    pub text: Option<String>,
}

/// `vendor` serves `client` with `access`; `shared` when they share infrastructure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VendorEdge {
    /// Id of the vendor entity.
    pub vendor: String,
    /// Id of the client entity.
    pub client: String,
    /// The vendor's access to the client's systems (sets the dash and weight).
    pub access: Access,
    /// Whether they share infrastructure (drawn as a double line).
    pub shared: bool,
    /// Describes the link in the tooltip and the table ("system operations · admin · shared
    /// authentication").
    pub label: String,
}

/// Legend texts, which double as table cells.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NetworkLegend {
    /// Ownership edges.
    pub ownership: String,
    /// Vendor links without access.
    pub access_none: String,
    /// Vendor links with read access.
    pub access_read: String,
    /// Vendor links with write access.
    pub access_write: String,
    /// Vendor links with admin access.
    pub access_admin: String,
    /// Shared infrastructure.
    pub shared: String,
    /// The highlighted breach path (also the table's mark for its edges).
    pub breach_path: String,
    /// The selection outline.
    pub selected: String,
}

/// Everything the network diagram shows, with its texts already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkInput {
    /// Id, title, description, "no data" text and layout width.
    pub frame: Frame,
    /// Entity boxes; a repeated id is drawn once.
    pub nodes: Vec<NetworkNode>,
    /// Ownership edges; edges naming unknown ids are skipped.
    pub ownership: Vec<OwnershipEdge>,
    /// Vendor links; links naming unknown ids are skipped.
    pub links: Vec<VendorEdge>,
    /// Edges of the breach path as (from, to) entity ids; a vendor link matches in either
    /// direction (compromise travels both ways).
    pub breach_path: Vec<(String, String)>,
    /// The selected entity id.
    pub selected: Option<String>,
    /// Legend texts (only the styles present are shown).
    pub legend: NetworkLegend,
    /// Data table headers.
    pub from_header: String,
    /// Header of the "to" column.
    pub to_header: String,
    /// Header of the relation column (percent or link description).
    pub relation_header: String,
    /// Header of the column marking edges on the breach path.
    pub path_header: String,
    /// Formats ownership percents (default: `64.5 %`).
    pub percent_format: NumberFormat,
}

impl Default for NetworkInput {
    fn default() -> Self {
        NetworkInput {
            frame: Frame::default(),
            nodes: Vec::new(),
            ownership: Vec::new(),
            links: Vec::new(),
            breach_path: Vec::new(),
            selected: None,
            legend: NetworkLegend::default(),
            from_header: String::new(),
            to_header: String::new(),
            relation_header: String::new(),
            path_header: String::new(),
            percent_format: NumberFormat {
                suffix: "%".to_string(),
                ..NumberFormat::plain()
            },
        }
    }
}

impl NetworkInput {
    fn node(&self, id: &str) -> Option<&NetworkNode> {
        self.nodes.iter().find(|n| n.id == id)
    }

    fn on_path(&self, a: &str, b: &str, either_way: bool) -> bool {
        self.breach_path
            .iter()
            .any(|(f, t)| (f == a && t == b) || (either_way && f == b && t == a))
    }

    fn percent_text(&self, e: &OwnershipEdge) -> String {
        super::label_or(&e.text, e.percent, &self.percent_format)
    }
}

/// The diagram as one `<svg>` element (role `group`: its entity buttons are interactive, which
/// an `img` may not contain).
pub fn render(input: &NetworkInput, theme: &Theme) -> String {
    if input.nodes.is_empty() {
        return super::svg::no_data(&input.frame, theme);
    }
    let layout = layout::Layout::new(input, super::svg::frame_width(&input.frame));
    draw::draw(input, &layout, theme)
}

/// Every edge as a row: from, to, relation (percent or link description), and whether it lies
/// on the breach path. Edges naming unknown entities are left out, as in the drawing.
pub fn table(input: &NetworkInput) -> DataTable {
    let name = |id: &str| input.node(id).map(|n| n.name.clone());
    let mark = |on: bool| {
        if on {
            input.legend.breach_path.clone()
        } else {
            String::new()
        }
    };
    let mut rows = Vec::new();
    for e in &input.ownership {
        if let (Some(h), Some(t)) = (name(&e.holder), name(&e.target)) {
            let on = input.on_path(&e.holder, &e.target, false);
            rows.push(vec![h, t, input.percent_text(e), mark(on)]);
        }
    }
    for l in &input.links {
        if let (Some(v), Some(c)) = (name(&l.vendor), name(&l.client)) {
            let on = input.on_path(&l.vendor, &l.client, true);
            rows.push(vec![v, c, l.label.clone(), mark(on)]);
        }
    }
    DataTable {
        caption: input.frame.title.clone(),
        headers: vec![
            input.from_header.clone(),
            input.to_header.clone(),
            input.relation_header.clone(),
            input.path_header.clone(),
        ],
        rows,
    }
}
