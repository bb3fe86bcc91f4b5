//! The message catalogue: every string the app shows comes from here, looked up by key, so a
//! second language is a second column, not a change to any component. Pure: no browser code.

mod en;

pub use en::english;

/// Languages the app speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>` and `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }
}

/// Declares the keys once, with their English text; other languages match on the same enum,
/// so the compiler refuses a catalogue that misses a key.
macro_rules! catalogue {
    ($($key:ident => $en:literal,)+) => {
        /// A user-visible string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key,)+ }

        impl Key {
            /// Every key, for tests that check each language covers all of them.
            pub const ALL: &'static [Key] = &[$(Key::$key,)+];
        }

        pub(crate) fn english_table(key: Key) -> &'static str {
            match key { $(Key::$key => $en,)+ }
        }
    };
}

catalogue! {
    AppName => "Exposure",
    Tagline => "Effective control and breach impact, computed in your browser. Nothing you enter leaves it.",
    UntitledScenario => "Untitled scenario",
    MoneyIn => "Money in",
    ScenarioHeading => "Scenario",
    ResultsHeading => "Results",
    ResultsPending => "Control, exposure and loss results appear here as the calculator computes them.",
    EntitiesHeading => "Entities",
    HoldingsHeading => "Holdings",
    ControlRightsHeading => "Control rights",
    LinksHeading => "Vendor links",
    DataHeading => "Data",
    ThreatsHeading => "Threats",
    NoneYet => "None yet.",
    ColId => "Id",
    ColName => "Name",
    ColKind => "Kind",
    ColCountry => "Country",
    ColHolder => "Holder",
    ColTarget => "Held entity",
    ColPercent => "Equity %",
    ColVotes => "Votes %",
    ColRange => "Band %",
    ColRight => "Right",
    ColClient => "Client",
    ColVendor => "Vendor",
    ColService => "Service",
    ColAccess => "Access",
    ColShared => "Shared",
    ColOverride => "Override p / back",
    ColProcessors => "Processors",
    ColClass => "Class",
    ColRecords => "Records",
    ColByCountry => "By country",
    ColEntry => "Entry",
    ColRate => "Events a year",
    ColLabel => "Description",
    Total => "Total",
    Unspecified => "unspecified",
    Unrecorded => "Unrecorded shares (free float)",
    RecordsByClass => "Records by class",
    RecordsByCountry => "Records by country",
    ThreatRate => "Expected breach events a year",
    Roots => "Held by nobody recorded",
    Assumption => "Assumption",
    Source => "Source",
    ProblemsHeading => "Problems",
    Skip => "Skip to the results",
    Treasury => "treasury shares",
}

/// The text of `key` in `lang`.
pub fn text(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => english(key),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_non_empty_english() {
        for k in Key::ALL {
            assert!(!text(Lang::En, *k).trim().is_empty(), "{k:?}");
        }
    }
}
