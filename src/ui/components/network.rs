//! The network diagram panel: `charts::network` drawn from the scenario in the page's theme and
//! width. Clicking an entity (or Enter/Space on it) selects it: the editor scrolls to its row
//! and the diagram outlines it. Focus stays on the entity across the redraw (the frame sees to
//! that).

use std::rc::Rc;

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use super::chart_frame::{ChartFrame, entity_of};
use crate::charts::network::{
    NetworkInput, NetworkLegend, NetworkNode, OwnershipEdge, VendorEdge, render, table,
};
use crate::charts::{Frame, Theme};
use crate::model::Scenario;
use crate::text::explain::{Words, breach};
use crate::text::{Key, Lang, Word, fill, text};
use crate::ui::hooks::{use_app, use_dispatch, use_text};
use crate::ui::platform::compute::Compute;
use crate::ui::platform::keys::is_composing;
use crate::ui::platform::theme::use_prefers_dark;
use crate::ui::same::Same;
use crate::ui::state::Action;

/// Builds the diagram's input: every entity, holding and link, in the language shown, with the
/// breach path's edges as (from, to) ids.
pub fn network_input(
    s: &Scenario,
    selected: Option<&str>,
    path: Vec<(String, String)>,
    width: f64,
    lang: Lang,
) -> NetworkInput {
    let t = |k| text(lang, k);
    let nodes = s
        .entities
        .iter()
        .map(|e| NetworkNode {
            id: e.id.clone(),
            name: e.name.clone(),
            detail: e.country.clone().unwrap_or_default(),
            label: fill(t(Key::NodeLabel), &[&e.name, &e.id]),
        })
        .collect();
    let ownership = s
        .holdings
        .iter()
        .map(|h| OwnershipEdge {
            holder: h.holder.clone(),
            target: h.target.clone(),
            percent: h.percent,
            text: None,
        })
        .collect();
    let links = s
        .links
        .iter()
        .map(|l| {
            let mut parts = vec![l.service.clone(), t(l.access.key()).to_string()];
            if !l.shared.is_empty() {
                let items: Vec<&str> = l.shared.iter().map(|x| t(x.key())).collect();
                parts.push(fill(t(Key::SharedList), &[&items.join(t(Key::ListSep))]));
            }
            parts.retain(|p| !p.is_empty());
            VendorEdge {
                vendor: l.vendor.clone(),
                client: l.client.clone(),
                access: l.access,
                shared: !l.shared.is_empty(),
                label: parts.join(" · "),
            }
        })
        .collect();
    let access = |a: crate::model::Access| fill(t(Key::LegendAccess), &[t(a.key())]);
    NetworkInput {
        frame: Frame {
            width,
            ..Frame::new(
                "network",
                t(Key::NetworkTitle),
                t(Key::NetworkDescription),
                t(Key::NetworkNoData),
            )
        },
        nodes,
        ownership,
        links,
        breach_path: path,
        selected: selected.map(str::to_string),
        legend: NetworkLegend {
            ownership: t(Key::LegendOwnership).into(),
            access_none: access(crate::model::Access::None),
            access_read: access(crate::model::Access::Read),
            access_write: access(crate::model::Access::Write),
            access_admin: access(crate::model::Access::Admin),
            shared: t(Key::LegendShared).into(),
            breach_path: t(Key::LegendBreachPath).into(),
            selected: t(Key::LegendSelected).into(),
        },
        from_header: t(Key::ColFrom).into(),
        to_header: t(Key::ColTo).into(),
        relation_header: t(Key::ColRelation).into(),
        path_header: t(Key::ColOnPath).into(),
        ..NetworkInput::default()
    }
}

/// The chart's layout width: the panel's width in steps of 40 px (fewer redraws on resize).
#[hook]
pub fn use_width(node: NodeRef) -> f64 {
    let width = use_state(|| 0.0);
    {
        let width = width.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = node.cast::<Element>() {
                    let w = (f64::from(el.client_width()) / 40.0).floor() * 40.0;
                    if w > 0.0 && w != *width {
                        width.set(w);
                    }
                }
            };
            measure();
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            move || drop(listener)
        });
    }
    *width
}

#[component]
pub fn NetworkPanel() -> Html {
    let state = use_app();
    let t = use_text();
    let lang = use_context::<Lang>().unwrap_or_default();
    // Only an embed provides a results view; it has no editor to find the entity in.
    let embedded = use_context::<crate::ui::session::ResultsView>().is_some();
    let dispatch = use_dispatch();
    let dark = use_prefers_dark();
    let panel = use_node_ref();
    let chart = use_node_ref();
    let width = use_width(panel.clone());
    // The most likely breach path to the entity the panels are about, from the newest results.
    let result = use_context::<Compute>().and_then(|c| c.result);
    let (path, path_text) = match result.as_ref().and_then(|v| v.breach.as_ref()) {
        Some(b) => (
            b.path
                .iter()
                .map(|s| (s.from.clone(), s.to.clone()))
                .collect(),
            breach::path_sentence(&Words::new(lang, &state.scenario), b).unwrap_or_default(),
        ),
        _ => (Vec::new(), String::new()),
    };
    let deps = (
        Same(state.scenario.clone()),
        state.selected.clone(),
        path,
        width as u32,
        dark,
        lang,
    );
    let drawn = use_memo(deps, |(s, selected, path, width, dark, lang)| {
        let input = network_input(
            s,
            selected.as_deref(),
            path.clone(),
            f64::from(*width),
            *lang,
        );
        let theme = if *dark { Theme::dark() } else { Theme::light() };
        (
            AttrValue::from(render(&input, &theme)),
            Rc::new(table(&input)),
        )
    });
    let select = {
        let dispatch = dispatch.clone();
        move |id: String| {
            dispatch.emit(Action::Select {
                id: Some(id),
                reveal: true,
            })
        }
    };
    let onclick = {
        let select = select.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = entity_of(&e) {
                select(id);
            }
        })
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if is_composing(&e) || !(e.key() == "Enter" || e.key() == " ") {
            return;
        }
        if let Some(id) = entity_of(&e) {
            e.prevent_default();
            select(id);
        }
    });
    let clear = dispatch.reform(|_: MouseEvent| Action::Select {
        id: None,
        reveal: false,
    });
    html! {
        <section class="card panel network-panel" id="network" aria-labelledby="network-h" ref={panel}>
            <div class="panel-head">
                <h3 id="network-h">{ t(Key::NetworkTitle) }</h3>
                if state.selected.is_some() {
                    <button type="button" class="link" onclick={clear}>{ t(Key::ClearSelection) }</button>
                }
            </div>
            if !embedded {
                <p class="hint">{ t(Key::NetworkHint) }</p>
            }
            if width > 0.0 {
                <ChartFrame svg={drawn.0.clone()} table={drawn.1.clone()} name="exposure-network"
                    chart_ref={chart} onclick={Some(onclick)} onkeydown={Some(onkeydown)} />
            }
            if !path_text.is_empty() {
                <p class="explain" data-testid="network-path">{ path_text }</p>
            }
        </section>
    }
}
