//! The flags panel: every inverted-supervision flag as one plain sentence, or a line saying
//! none was found (so a change that removes the last flag is visible, not just an empty box).

use yew::prelude::*;

use super::answers::ViewProps;
use crate::text::explain::{Words, flags};
use crate::text::{Key, Lang};
use crate::ui::hooks::{use_app, use_text};

#[component]
pub fn FlagsPanel(props: &ViewProps) -> Html {
    let t = use_text();
    let state = use_app();
    let lang = use_context::<Lang>().unwrap_or_default();
    let w = Words::new(lang, &state.scenario);
    let list = &props.view.flags;
    html! {
        <section class={classes!("card", "flags", (!list.is_empty()).then_some("raised"))}
            id="flags" aria-labelledby="flags-h" data-testid="flags">
            <h3 id="flags-h">{ t(Key::FlagsHeading) }<span class="count">{ list.len() }</span></h3>
            if list.is_empty() {
                <p data-testid="no-flags">{ t(Key::NoFlags) }</p>
            } else {
                <ul>
                    for f in list.iter() {
                        <li data-testid="flag">{ flags::sentence(&w, f) }</li>
                    }
                </ul>
            }
        </section>
    }
}
