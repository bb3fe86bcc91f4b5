//! The print view, built only while printing: the scenario's inputs as plain tables (not the
//! editing widgets), its notes, sources and assumptions, the settings, the date and the share
//! link as text. Print CSS puts it before the results and hides the editor and the toolbars.

use yew::prelude::*;

use super::today;
use crate::model::Scenario;
use crate::model::problem::show;
use crate::text::{Key, Word};
use crate::ui::format;
use crate::ui::hooks::{use_app, use_fill, use_text};
use crate::ui::session::address::address_of;

/// One table: caption, headers, rows of text.
fn table(caption: &str, heads: &[&str], rows: Vec<Vec<String>>) -> Html {
    if rows.is_empty() {
        return html! {};
    }
    html! {
        <table>
            <caption>{ caption }</caption>
            <thead><tr>
                for h in heads { <th scope="col">{ *h }</th> }
            </tr></thead>
            <tbody>
                for row in rows {
                    <tr>
                        for cell in row { <td>{ cell }</td> }
                    </tr>
                }
            </tbody>
        </table>
    }
}

fn opt(x: Option<f64>) -> String {
    x.map(show).unwrap_or_default()
}

/// Every non-empty description, with what it describes.
fn notes(s: &Scenario) -> Vec<(String, String)> {
    let name = |id: &str| s.name_of(id).to_string();
    let mut out = vec![(s.title.clone(), s.description.clone())];
    out.extend(
        s.entities
            .iter()
            .map(|e| (e.name.clone(), e.description.clone())),
    );
    out.extend(s.holdings.iter().map(|h| {
        (
            format!("{} → {}", name(&h.holder), name(&h.target)),
            h.description.clone(),
        )
    }));
    out.extend(s.control_rights.iter().map(|c| {
        (
            format!("{} → {}", name(&c.holder), name(&c.target)),
            c.description.clone(),
        )
    }));
    out.extend(s.links.iter().map(|l| {
        (
            format!("{} → {}", name(&l.vendor), name(&l.client)),
            l.description.clone(),
        )
    }));
    out.extend(
        s.data
            .iter()
            .map(|d| (d.name.clone(), d.description.clone())),
    );
    out.extend(
        s.threats
            .iter()
            .map(|th| (th.label.clone(), th.description.clone())),
    );
    out.retain(|(_, d)| !d.trim().is_empty());
    out
}

#[component]
pub fn PrintView() -> Html {
    let t = use_text();
    let fill = use_fill();
    let state = use_app();
    let s = &*state.scenario;
    let name = |id: &str| s.name_of(id).to_string();
    let link = address_of(s).unwrap_or_else(|_| t(Key::NoLink).to_string());
    let set = &s.settings;
    let yes = |b: bool| t(if b { Key::Yes } else { Key::No }).to_string();
    let settings = vec![
        vec![t(Key::SetQuota).into(), show(set.quota)],
        vec![t(Key::SetStrict).into(), yes(set.strict)],
        vec![t(Key::SetSpecialQuota).into(), show(set.special_quota)],
        vec![t(Key::SetTurnout).into(), show(set.turnout)],
        vec![t(Key::SetWeakestLink).into(), show(set.weakest_link)],
        vec![t(Key::SetFloatAtom).into(), show(set.float_atom)],
        vec![t(Key::SetTrials).into(), format::count(set.trials as f64)],
        vec![t(Key::SetSeed).into(), set.seed.to_string()],
        vec![t(Key::SetCostModel).into(), t(set.cost_model.key()).into()],
    ];
    html! {
        <section class="print-view" aria-labelledby="print-h">
            <h2 id="print-h">{ t(Key::PrintInputs) }</h2>
            <p>{ fill(Key::PrintedOn, &[&today()]) }</p>
            <p>{ t(Key::PrintLink) }{ " " }<span class="print-link">{ link }</span></p>
            { table(t(Key::EntitiesHeading), &[t(Key::ColName), t(Key::ColId), t(Key::ColKind), t(Key::ColCountry)],
                s.entities.iter().map(|e| vec![e.name.clone(), e.id.clone(), t(e.kind.key()).into(),
                    e.country.clone().unwrap_or_default()]).collect()) }
            { table(t(Key::HoldingsHeading), &[t(Key::ColHolder), t(Key::ColTarget), t(Key::ColPercent), t(Key::ColVotes), t(Key::ColBand)],
                s.holdings.iter().map(|h| vec![name(&h.holder), name(&h.target), show(h.percent), opt(h.votes_percent),
                    h.range.map(|[a, b]| format!("{}–{}", show(a), show(b))).unwrap_or_default()]).collect()) }
            { table(t(Key::ControlRightsHeading), &[t(Key::ColHolder), t(Key::ColControlled), t(Key::ColRight)],
                s.control_rights.iter().map(|c| vec![name(&c.holder), name(&c.target), t(c.kind.key()).into()]).collect()) }
            { table(t(Key::LinksHeading), &[t(Key::ColVendor), t(Key::ColClient), t(Key::ColService), t(Key::ColAccess), t(Key::ColShared)],
                s.links.iter().map(|l| vec![name(&l.vendor), name(&l.client), l.service.clone(), t(l.access.key()).into(),
                    l.shared.iter().map(|x| t(x.key())).collect::<Vec<_>>().join(", ")]).collect()) }
            { table(t(Key::DataHeading), &[t(Key::ColName), t(Key::ColHolder), t(Key::ColClass), t(Key::ColRecords), t(Key::ColProcessors)],
                s.data.iter().map(|d| vec![d.name.clone(), name(&d.holder), t(d.class.key()).into(), format::count(d.records),
                    d.processors.iter().map(|p| name(p)).collect::<Vec<_>>().join(", ")]).collect()) }
            { table(t(Key::ThreatsHeading), &[t(Key::ColEntry), t(Key::ColRate), t(Key::ColLabel)],
                s.threats.iter().map(|th| vec![name(&th.entry), show(th.rate), th.label.clone()]).collect()) }
            { table(t(Key::SettingsHeading), &[t(Key::SettingsHeading), t(Key::PrintValue)], settings) }
            <h3>{ t(Key::PrintNotes) }</h3>
            <dl class="print-notes">
                for (what, text) in notes(s) {
                    <div><dt>{ what }</dt><dd>{ text }</dd></div>
                }
            </dl>
        </section>
    }
}
