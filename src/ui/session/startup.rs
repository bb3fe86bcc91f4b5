//! What the page opens with, read once from the address and local storage: the scenario (a
//! link's, else the autosave, else the default: see `autosave` for the rule), whether the page
//! is an embed and which results it shows, the language, and what to tell the user about it.

use std::rc::Rc;

use super::autosave::{AUTOSAVE, SET_ASIDE};
use super::notes::Problems;
use super::view::ResultsView;
use crate::codec::link;
use crate::model::{Scenario, examples, parse_scenario};
use crate::text::Lang;
use crate::ui::platform::{language, location, storage};

/// How the page starts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Startup {
    pub scenario: Rc<Scenario>,
    /// The language to start in (`?lang=`, else the browser's).
    pub lang: Lang,
    /// `Some` inside an embed (`?embed=1`): compact, read-only, only these results.
    pub embed: Option<ResultsView>,
    /// Whether local storage is used (off in an embed and in tests that mount the app alone).
    pub autosave: bool,
    /// Whether the address bar follows the scenario (off in an embed and in such tests).
    pub address: bool,
    /// Whether the scenario came from the link in the address.
    pub from_link: bool,
    /// Whether the scenario came from the autosave.
    pub from_saved: bool,
    /// The link in the address that failed to open: its problems and the address itself.
    pub link_failed: Option<(Problems, Rc<str>)>,
    /// The autosave that could not be read.
    pub saved_unreadable: Option<Problems>,
    /// Work a link pushed aside (now or in an earlier visit), for "Restore my last work".
    pub set_aside: Option<Rc<Scenario>>,
    /// Whether this opening pushed the autosave aside (then the banner offers it back).
    pub pushed_aside: bool,
}

impl Startup {
    /// Reads the address (and, outside an embed, local storage) of the page.
    pub fn read() -> Self {
        let href = location::href();
        let embed = location::param(&href, "embed")
            .filter(|v| !matches!(*v, "0" | "false"))
            .map(|_| ResultsView::parse(location::param(&href, "view")));
        let mut start = Startup {
            lang: language::initial(),
            embed,
            autosave: embed.is_none(),
            address: embed.is_none(),
            ..Startup::default()
        };
        let linked = if link::contains_link(&href) {
            match link::decode(&href) {
                Ok(p) => Some(p.scenario),
                Err(problems) => {
                    start.link_failed = Some((Rc::new(problems), href.as_str().into()));
                    None
                }
            }
        } else {
            None
        };
        let read = |key: &str| {
            let text = storage::get(key)?;
            Some(parse_scenario(&text).map(|p| Rc::new(p.scenario)))
        };
        let saved = if start.autosave {
            match read(AUTOSAVE) {
                Some(Ok(s)) => Some(s),
                Some(Err(problems)) => {
                    start.saved_unreadable = Some(Rc::new(problems));
                    None
                }
                None => None,
            }
        } else {
            None
        };
        if start.autosave {
            start.set_aside = read(SET_ASIDE).and_then(Result::ok);
        }
        start.scenario = match (linked, saved) {
            (Some(l), saved) => {
                start.from_link = true;
                if let Some(s) = saved.filter(|s| **s != l) {
                    start.pushed_aside = true;
                    start.set_aside = Some(s);
                }
                Rc::new(l)
            }
            (None, Some(s)) => {
                start.from_saved = true;
                s
            }
            (None, None) => Rc::new(examples::default_in(start.lang == Lang::Ja)),
        };
        if start
            .set_aside
            .as_ref()
            .is_some_and(|s| **s == *start.scenario)
        {
            start.set_aside = None;
        }
        start
    }
}
