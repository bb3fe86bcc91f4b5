//! The frame every chart sits in: the chart's SVG (inserted as markup: the chart modules
//! escape every user text themselves), its numbers as a table for screen readers and anyone
//! who wants the figures (in a `<details>`), and SVG and PNG downloads made in the browser.
//! A redraw replaces the SVG's elements; a focused element with a `data-entity` gets the focus
//! back on its successor, so keyboard users keep their place.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::network::use_width;
use crate::charts::{DataTable, Frame, Theme};
use crate::engine::view::View;
use crate::text::explain::Words;
use crate::text::{Key, Lang};
use crate::ui::hooks::use_app;
use crate::ui::hooks::{use_fill, use_text};
use crate::ui::platform::compute::Results;
use crate::ui::platform::download;
use crate::ui::platform::theme::use_prefers_dark;
use crate::ui::same::Same;

/// A drawn chart: its SVG and its table.
pub type Drawn = (AttrValue, Rc<DataTable>);

/// A chart's frame at the panel's width, saying how many rows a long chart leaves to its table.
pub fn frame(
    w: &Words,
    id: &str,
    title: &str,
    description: &str,
    no_data: &str,
    width: f64,
) -> Frame {
    Frame {
        width,
        more_rows: w.t(Key::MoreRows).into(),
        ..Frame::new(id, title, description, no_data)
    }
}

/// A panel's charts: `draw` makes them from the words (language and scenario), the view, the
/// panel's width and the theme; they are drawn again only when one of those changes. Returns
/// the node to put on the panel (its width is measured) with the width (0 until measured) and
/// the charts.
#[hook]
pub fn use_panel_charts<T: 'static>(
    view: Results,
    draw: fn(&Words, &View, f64, &Theme) -> T,
) -> (NodeRef, f64, Rc<T>) {
    let state = use_app();
    let lang = use_context::<Lang>().unwrap_or_default();
    let dark = use_prefers_dark();
    let panel = use_node_ref();
    let width = use_width(panel.clone());
    let deps = (view, Same(state.scenario.clone()), width as u32, dark, lang);
    let charts = use_memo(deps, move |(v, s, width, dark, lang)| {
        let theme = if *dark { Theme::dark() } else { Theme::light() };
        draw(&Words::new(*lang, s), v, f64::from(*width), &theme)
    });
    (panel, width, charts)
}

#[derive(Properties, PartialEq)]
pub struct ChartFrameProps {
    /// One whole `<svg>` element from a chart module's `render`.
    pub svg: AttrValue,
    /// The same numbers as a table (`table` of the same chart module).
    pub table: Rc<DataTable>,
    /// File name of downloads, without extension.
    pub name: AttrValue,
    /// Events on the drawing (the network diagram selects entities with them).
    #[prop_or_default]
    pub onclick: Option<Callback<MouseEvent>>,
    #[prop_or_default]
    pub onkeydown: Option<Callback<KeyboardEvent>>,
    /// The element holding the SVG.
    #[prop_or_default]
    pub chart_ref: NodeRef,
}

/// The `data-entity` of the element an event happened in, if any.
pub fn entity_of(e: &Event) -> Option<String> {
    let el = e.target()?.dyn_into::<Element>().ok()?;
    el.closest("[data-entity]")
        .ok()??
        .get_attribute("data-entity")
}

/// Whether nothing has focus any more (its element was replaced).
fn focus_lost() -> bool {
    let doc = gloo::utils::document();
    match (doc.active_element(), doc.body()) {
        (None, _) => true,
        (Some(a), Some(b)) => a == *b.unchecked_ref::<Element>(),
        _ => false,
    }
}

#[component]
pub fn ChartFrame(props: &ChartFrameProps) -> Html {
    let t = use_text();
    // The entity whose node has focus, if any.
    let focused = use_mut_ref(|| None::<String>);
    {
        let (focused, chart) = (focused.clone(), props.chart_ref.clone());
        use_effect_with(props.svg.clone(), move |_| {
            let Some(key) = focused.borrow().clone() else {
                return;
            };
            if !focus_lost() {
                return;
            }
            let Some(root) = chart.cast::<Element>() else {
                return;
            };
            let Ok(nodes) = root.query_selector_all("[data-entity]") else {
                return;
            };
            let found = (0..nodes.length())
                .filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok())
                .find(|n| n.get_attribute("data-entity").as_deref() == Some(key.as_str()));
            if let Some(n) = found {
                let _ = n.unchecked_into::<HtmlElement>().focus();
            }
        });
    }
    let onfocusin = {
        let focused = focused.clone();
        Callback::from(move |e: FocusEvent| *focused.borrow_mut() = entity_of(&e))
    };
    let onfocusout = Callback::from(move |e: FocusEvent| {
        // Focus moved somewhere on purpose (not lost to a redraw).
        if e.related_target().is_some() {
            *focused.borrow_mut() = None;
        }
    });
    let fill = use_fill();
    let save = |png: bool| {
        let (svg, name) = (props.svg.clone(), props.name.clone());
        Callback::from(move |_: MouseEvent| {
            let result = if png {
                download::save_png(&svg, &format!("{name}.png"))
            } else {
                download::save_svg(&svg, &format!("{name}.svg"))
            };
            if let Err(e) = result {
                gloo::console::error!("download failed", e);
            }
        })
    };
    let table = &props.table;
    html! {
        <figure class="chart-frame">
            <div class="chart-svg" ref={props.chart_ref.clone()} {onfocusin} {onfocusout}
                onclick={props.onclick.clone()} onkeydown={props.onkeydown.clone()}>
                { Html::from_html_unchecked(props.svg.clone()) }
            </div>
            <div class="chart-tools">
                <details class="chart-table">
                    <summary>{ t(Key::DataTableSummary) }</summary>
                    <div class="table-wrap" tabindex="0" role="region" aria-label={table.caption.clone()}>
                        <table>
                            <caption>{ table.caption.clone() }</caption>
                            <thead><tr>
                                for h in table.headers.iter() {
                                    <th scope="col">{ h.clone() }</th>
                                }
                            </tr></thead>
                            <tbody>
                                for row in table.rows.iter() {
                                    <tr>
                                        for cell in row.iter() {
                                            <td>{ cell.clone() }</td>
                                        }
                                    </tr>
                                }
                            </tbody>
                        </table>
                    </div>
                </details>
                <div class="downloads">
                    <button type="button" onclick={save(false)}
                        aria-label={fill(Key::DownloadAs, &[t(Key::DownloadSvg), &table.caption])}>{ t(Key::DownloadSvg) }</button>
                    <button type="button" onclick={save(true)}
                        aria-label={fill(Key::DownloadAs, &[t(Key::DownloadPng), &table.caption])}>{ t(Key::DownloadPng) }</button>
                </div>
            </div>
        </figure>
    }
}
