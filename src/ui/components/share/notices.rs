//! The messages area under the header (a polite live region, so screen readers hear each new
//! message): a link that failed (with the link, to copy), the offer to restore work a link
//! pushed aside, a file that did or did not open (every problem by path, the first 20 and a
//! count), copying by hand, local data, and the warning for links too long to share.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::model::Problem;
use crate::text::Key;
use crate::ui::format;
use crate::ui::hooks::{use_app, use_dispatch, use_fill, use_text};
use crate::ui::session::address::LONG_LINK;
use crate::ui::session::{LinkState, Note, NoteAction, SessionCtx};
use crate::ui::state::Action;

/// Problems listed in full; the rest are counted.
const SHOWN: usize = 20;

#[component]
pub fn Notices() -> Html {
    let t = use_text();
    let fill = use_fill();
    let state = use_app();
    let dispatch = use_dispatch();
    let Some(ctx) = use_context::<SessionCtx>() else {
        return html! {};
    };
    let dismiss = |n: &Note| {
        let slot = n.slot();
        ctx.note
            .reform(move |_: MouseEvent| NoteAction::Dismiss(slot))
    };
    let save_json = super::save_json(state.scenario.clone());
    let json_button = html! {
        <button type="button" onclick={save_json}>{ t(Key::DownloadJson) }</button>
    };
    let mut cards: Vec<Html> = ctx
        .notes
        .list
        .iter()
        .map(|n| {
            let (error, text, list, field, action) = match n {
                Note::LinkFailed { problems, link, saved } => {
                    let shown = t(if *saved { Key::LinkFailedShows } else { Key::LinkFailedDefault });
                    let field = (link.clone(), Key::TheLink);
                    (true, fill(Key::LinkFailed, &[shown]), Some(problems.clone()), Some(field), None)
                }
                Note::SavedUnreadable(p) => (true, t(Key::SavedUnreadable).into(), Some(p.clone()), None, None),
                Note::Restore => {
                    let Some(saved) = ctx.set_aside.clone() else {
                        return html! {};
                    };
                    let title = saved.title.clone();
                    let restore = {
                        let (dispatch, note) = (dispatch.clone(), ctx.note.clone());
                        Callback::from(move |_: MouseEvent| {
                            dispatch.emit(Action::Load(saved.clone()));
                            note.emit(NoteAction::Dismiss(crate::ui::session::notes::Slot::Restore));
                        })
                    };
                    let action = html! {
                        <>
                        <button type="button" onclick={restore}>{ t(Key::RestoreLastWork) }</button>
                        <button type="button" onclick={dismiss(n)}>{ t(Key::KeepThisOne) }</button>
                        </>
                    };
                    (false, fill(Key::RestoreOffer, &[&title]), None, None, Some(action))
                }
                Note::OpenFailed { file, problems } => {
                    (true, fill(Key::OpenFailed, &[file]), Some(problems.clone()), None, None)
                }
                Note::Opened { file, warnings } => {
                    (false, fill(Key::Opened, &[file]), Some(warnings.clone()), None, None)
                }
                Note::Saved { file, warnings } => {
                    (false, fill(Key::SavedWithNotes, &[file]), Some(warnings.clone()), None, None)
                }
                Note::Copied(what) => (false, t(*what).into(), None, None, None),
                Note::CopyByHand(text) => {
                    (true, t(Key::CopyByHand).into(), None, Some((text.clone(), Key::TextToCopy)), None)
                }
                Note::Cleared => (false, t(Key::LocalCleared).into(), None, None, None),
                Note::MemoryOnly => (true, t(Key::MemoryOnly).into(), None, None, None),
            };
            let select = matches!(n, Note::CopyByHand(_));
            html! {
                <div class={classes!("notice", error.then_some("error"))}>
                    <p>{ text }</p>
                    if let Some(ps) = list.filter(|l| !l.is_empty()) {
                        <ProblemItems problems={ps} />
                    }
                    if let Some((text, label)) = field {
                        <CopyField {text} {label} {select} />
                    }
                    <div class="notice-actions">
                        { action.unwrap_or_default() }
                        if !matches!(n, Note::Restore) {
                            <button type="button" class="link" onclick={dismiss(n)}>{ t(Key::Dismiss) }</button>
                        }
                    </div>
                </div>
            }
        })
        .collect();
    let long = match &ctx.link {
        LinkState::Length(n) if *n > LONG_LINK => {
            Some(fill(Key::LongLink, &[&format::count(*n as f64)]))
        }
        LinkState::TooLarge(why) => Some(fill(Key::TooLargeForLink, &[why])),
        _ => None,
    };
    if let Some(text) = long.filter(|_| ctx.embed.is_none()) {
        cards.push(html! {
            <div class="notice warn">
                <p>{ text }</p>
                <div class="notice-actions">{ json_button }</div>
            </div>
        });
    }
    html! {
        <div class="notices" role="region" aria-label={t(Key::MessagesLabel)} aria-live="polite">
            { for cards }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ProblemsProps {
    problems: Rc<Vec<Problem>>,
}

/// Problems by path: the first 20, then how many more.
#[component]
fn ProblemItems(props: &ProblemsProps) -> Html {
    let fill = use_fill();
    let lang = use_context::<crate::text::Lang>().unwrap_or_default();
    let ps = &props.problems;
    let errors = ps.iter().any(Problem::is_error);
    let count = fill(
        if errors {
            Key::ProblemCount
        } else {
            Key::NoteCount
        },
        &[&ps.len().to_string()],
    );
    html! {
        <>
        <p class="notice-count">{ count }</p>
        <ul class="notice-problems">
            for p in ps.iter().take(SHOWN) {
                <li>
                    if !p.path.is_empty() {
                        <code>{ crate::text::problems::path(lang, &p.path) }</code>{ " " }
                    }
                    { crate::text::problems::message(lang, &p.message) }
                </li>
            }
        </ul>
        if ps.len() > SHOWN {
            <p>{ fill(Key::MoreProblems, &[&(ps.len() - SHOWN).to_string()]) }</p>
        }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CopyFieldProps {
    text: Rc<str>,
    label: Key,
    /// Select the text at once (the browser refused to copy it).
    select: bool,
}

/// Read-only text to copy by hand; selected when shown, and again on focus.
#[component]
fn CopyField(props: &CopyFieldProps) -> Html {
    let t = use_text();
    let field = use_node_ref();
    let label = t(props.label);
    {
        let field = field.clone();
        use_effect_with((props.text.clone(), props.select), move |(_, select)| {
            if let Some(f) = field.cast::<HtmlTextAreaElement>().filter(|_| *select) {
                let _ = f.focus();
                f.select();
            }
        });
    }
    let onfocus = Callback::from(|e: FocusEvent| {
        if let Some(f) = e.target_dyn_into::<HtmlTextAreaElement>() {
            f.select();
        }
    });
    html! {
        <textarea ref={field} class="copy-field" readonly=true rows="3" spellcheck="false"
            aria-label={label} value={props.text.to_string()} {onfocus} />
    }
}
