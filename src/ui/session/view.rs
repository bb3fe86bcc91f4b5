//! Which results an embed shows (`?embed=1&view=control|exposure|loss|graph`): the results
//! column reads a [`ResultsView`] from context and shows only the panels of that view. The full
//! app provides none, which shows everything.

/// The groups of result panels a view can choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// Ownership, control, power indices.
    Control,
    /// What a breach reaches: records, entities, countries.
    Exposure,
    /// Money: annual loss and its distribution.
    Loss,
    /// The network diagram.
    Graph,
}

/// The view of the results: all panels, or one group.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ResultsView(pub Option<Panel>);

impl ResultsView {
    /// The view a `view=` parameter names; anything else shows all results.
    pub fn parse(value: Option<&str>) -> Self {
        ResultsView(match value.map(str::to_ascii_lowercase).as_deref() {
            Some("control") => Some(Panel::Control),
            Some("exposure") => Some(Panel::Exposure),
            Some("loss") => Some(Panel::Loss),
            Some("graph") => Some(Panel::Graph),
            _ => None,
        })
    }

    /// Whether panels of group `p` are shown.
    pub fn shows(self, p: Panel) -> bool {
        self.0.is_none_or(|v| v == p)
    }
}
