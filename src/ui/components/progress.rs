//! Where the computation stands: a progress bar with Cancel while it runs (shown only after a
//! moment, so quick runs do not flicker), Retry after a cancel or a failure, and a plain note
//! when the scenario has errors and nothing is computed.

use yew::prelude::*;

use crate::text::Key;
use crate::ui::hooks::{use_fill, use_text};
use crate::ui::platform::compute::{Compute, Status};

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub compute: Compute,
}

#[component]
pub fn JobProgress(props: &ProgressProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let c = &props.compute;
    let cancel = c.cancel.reform(|_: MouseEvent| ());
    let retry = c.retry.reform(|_: MouseEvent| ());
    let body = match &c.status {
        Status::Running { done } => html! {
            <div class="job running">
                <label for="job-progress">{ t(Key::Computing) }</label>
                <progress id="job-progress" max="1" value={done.clamp(0.0, 1.0).to_string()}>
                    { format!("{:.0}%", done * 100.0) }
                </progress>
                <button type="button" onclick={cancel}>{ t(Key::Cancel) }</button>
            </div>
        },
        Status::Cancelled => html! {
            <div class="job">
                <span>{ t(if c.result.is_some() { Key::CancelledStale } else { Key::Cancelled }) }</span>
                <button type="button" onclick={retry}>{ t(Key::ComputeAgain) }</button>
            </div>
        },
        Status::Failed(m) => html! {
            <div class="job failed">
                <span>{ fill(Key::ComputeFailed, &[m]) }</span>
                <button type="button" onclick={retry}>{ t(Key::ComputeAgain) }</button>
            </div>
        },
        Status::Invalid => html! {
            <div class="job"><span>{ t(if c.result.is_some() { Key::InvalidStale } else { Key::InvalidNoResults }) }</span></div>
        },
        Status::Idle | Status::Waiting | Status::Done => html! {},
    };
    html! {
        <div class="job-area" role="status">{ body }</div>
    }
}
