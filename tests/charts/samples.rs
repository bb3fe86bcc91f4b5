//! Sample chart inputs with LY-like numbers (the 2023 leak scenario), in English and with
//! Japanese names, for the chart tests and the gallery.

use exposure::charts::blast::{BlastInput, BlastRow};
use exposure::charts::choke::{ChokeInput, ChokeRow};
use exposure::charts::power::{PowerInput, PowerRow};
use exposure::charts::reach::{ReachInput, ReachRow};
use exposure::charts::records::{RecordsInput, RecordsRow};
use exposure::charts::wedge::{WedgeInput, WedgeRow};
use exposure::charts::{Frame, MAX_ROWS};

pub use super::samples_loss::{exceedance, network, tornado};

pub fn frame(id: &str, title: &str) -> Frame {
    Frame {
        more_rows: "+{n} more rows in the table".into(),
        ..Frame::new(id, title, &format!("{title}: sample data"), "No data yet.")
    }
}

/// Entity names by id, in English or Japanese.
pub fn name(id: &str, ja: bool) -> String {
    let (en, jp) = match id {
        "naver" => ("NAVER Corp.", "NAVER"),
        "softbank" => ("SoftBank Corp.", "ソフトバンク"),
        "a-holdings" => ("A Holdings Corp.", "Aホールディングス"),
        "ly" => ("LY Corp.", "LINEヤフー"),
        "naver-cloud" => ("NAVER Cloud Corp.", "NAVER Cloud"),
        "contractor" => ("Subcontractor of NAVER Cloud", "NAVER Cloudの委託先"),
        "line-dt-shanghai" => (
            "LINE Digital Technology (Shanghai)",
            "LINE Digital Technology (上海)",
        ),
        other => (other, other),
    };
    if ja { jp.to_string() } else { en.to_string() }
}

pub fn wedge(ja: bool) -> WedgeInput {
    let row = |n: &str, interest: f64, control: f64| WedgeRow {
        name: n.to_string(),
        interest,
        control,
        interest_text: None,
        control_text: None,
    };
    WedgeInput {
        frame: frame(
            "wedge",
            if ja {
                "LINEヤフー：経済的利益と支配力"
            } else {
                "LY Corp.: cash flow and control"
            },
        ),
        holder_header: "Holder".into(),
        interest_label: if ja {
            "経済的利益（最終）"
        } else {
            "Economic interest (ultimate)"
        }
        .into(),
        control_label: if ja {
            "支配力（Banzhaf）"
        } else {
            "Control power (Banzhaf)"
        }
        .into(),
        gap_label: "Wedge".into(),
        axis_title: if ja { "割合" } else { "Share" }.into(),
        rows: vec![
            row(&name("naver", ja), 0.3225, 0.5),
            row(&name("softbank", ja), 0.3225, 0.5),
            row(
                if ja {
                    "浮動株（LINEヤフー）"
                } else {
                    "Listed shares (float of LY)"
                },
                0.355,
                0.0,
            ),
        ],
        ..WedgeInput::default()
    }
}

pub fn power() -> PowerInput {
    let row = |n: &str, b: f64, s: f64| PowerRow {
        name: n.to_string(),
        values: vec![b, s],
    };
    PowerInput {
        frame: frame("power", "Who is pivotal at the vote (weights 50, 49, 1)"),
        holder_header: "Holder".into(),
        indices: vec!["Banzhaf (normalised)".into(), "Shapley–Shubik".into()],
        axis_title: "Power index".into(),
        rows: vec![
            row("A Holdings Corp.", 0.6, 2.0 / 3.0),
            row("Pension fund", 0.2, 1.0 / 6.0),
            row("Retail investors", 0.2, 1.0 / 6.0),
        ],
        ..PowerInput::default()
    }
}

pub fn reach() -> ReachInput {
    let row = |id: &str, p: f64, se: Option<f64>| ReachRow {
        name: name(id, false),
        probability: p,
        std_error: se,
        exact: se.is_none(),
        text: None,
    };
    ReachInput {
        frame: frame("reach", "Who a breach at the subcontractor reaches"),
        entity_header: "Entity".into(),
        probability_label: "Probability reached".into(),
        std_error_label: "± 1 standard error".into(),
        method_header: "Method".into(),
        exact_label: "exact".into(),
        estimate_label: "Monte Carlo".into(),
        axis_title: "Probability per breach event".into(),
        rows: vec![
            row("contractor", 1.0, None),
            row("naver-cloud", 0.6, None),
            row("ly", 0.5968, None),
            row("line-dt-shanghai", 0.118, Some(0.0102)),
            row("naver", 0.0, None),
        ],
        ..ReachInput::default()
    }
}

pub fn records() -> RecordsInput {
    let row = |n: &str, jp: f64, other: f64| RecordsRow {
        name: n.to_string(),
        counts: vec![jp, other],
    };
    RecordsInput {
        frame: frame("records", "Records exposed by category and country"),
        category_header: "Data".into(),
        countries: vec!["Japan".into(), "Other or unknown".into()],
        total_label: "Total".into(),
        axis_title: "Records".into(),
        rows: vec![
            row("User information", 121_210.0, 159_531.0),
            row("Secrets of communication", 8_982.0, 13_257.0),
            row("Business partner information", 0.0, 86_211.0),
            row("Employee information", 0.0, 130_315.0),
        ],
        ..RecordsInput::default()
    }
}

pub fn blast() -> BlastInput {
    let row = |id: &str, records: f64, loss: f64| BlastRow {
        name: name(id, false),
        records,
        loss,
        records_text: None,
        loss_text: None,
    };
    BlastInput {
        frame: frame("blast", "Blast radius: one breach entering at each entity"),
        entity_header: "Entry".into(),
        records_label: "Expected records".into(),
        loss_label: "Expected loss (USD)".into(),
        rows: vec![
            row("naver", 0.0, 0.0),
            row("contractor", 310_043.0, 4_210_000.0),
            row("ly", 519_506.0, 7_080_000.0),
            row("naver-cloud", 477_945.0, 6_510_000.0),
            row("line-dt-shanghai", 61_300.0, 835_000.0),
        ],
        ..BlastInput::default()
    }
}

pub fn choke() -> ChokeInput {
    let row = |v: &str, c: &str, fall: f64| ChokeRow {
        vendor: name(v, false),
        client: name(c, false),
        fall,
        text: None,
    };
    ChokeInput {
        frame: frame("choke", "Which single link matters most"),
        link_header: "Link".into(),
        fall_label: "Fall in expected records when cut".into(),
        axis_title: "Records per breach event".into(),
        rows: vec![
            row("contractor", "ly", 20_500.0),
            row("naver-cloud", "ly", 253_400.0),
            row("contractor", "naver-cloud", 257_100.0),
            row("line-dt-shanghai", "ly", 0.0),
        ],
        ..ChokeInput::default()
    }
}

/// More rows than any bar chart draws.
pub const MANY: usize = 1_000;
const _: () = assert!(MANY > MAX_ROWS);
