//! Edge cases for every chart: no rows, one row, zeros, NaN and infinities, a thousand rows,
//! very long names and a log axis with zeros. None may panic; each gives well-formed SVG, and
//! inputs with nothing drawable show the "no data" text. Also determinism.

use exposure::charts::exceedance::{Curve, Marker};
use exposure::charts::network::{NetworkNode, OwnershipEdge};
use exposure::charts::{MAX_ROWS, svg, tornado, wedge};
use exposure::charts::{Theme, blast, choke, exceedance, network, power, reach, records};

use super::all::Inputs;
use super::check_svg;
use super::samples::MANY;

const NO_DATA: &str = "No data yet.";

/// Every chart built from `n` rows with values `v(i)` and names `name(i)`.
fn build(n: usize, v: &dyn Fn(usize) -> f64, name: &dyn Fn(usize) -> String) -> Inputs {
    let mut x = Inputs::sample();
    x.wedge.rows = (0..n)
        .map(|i| wedge::WedgeRow {
            name: name(i),
            interest: v(i),
            control: v(i) / 2.0,
            interest_text: None,
            control_text: None,
        })
        .collect();
    x.power.rows = (0..n)
        .map(|i| power::PowerRow {
            name: name(i),
            values: vec![v(i), v(i)],
        })
        .collect();
    x.reach.rows = (0..n)
        .map(|i| reach::ReachRow {
            name: name(i),
            probability: v(i),
            std_error: Some(v(i) / 10.0),
            exact: i % 2 == 0,
            text: None,
        })
        .collect();
    x.records.rows = (0..n)
        .map(|i| records::RecordsRow {
            name: name(i),
            counts: vec![v(i), v(i)],
        })
        .collect();
    x.blast.rows = (0..n)
        .map(|i| blast::BlastRow {
            name: name(i),
            records: v(i),
            loss: v(i) * 10.0,
            records_text: None,
            loss_text: None,
        })
        .collect();
    x.choke.rows = (0..n)
        .map(|i| choke::ChokeRow {
            vendor: name(i),
            client: name(i + 1),
            fall: v(i),
            text: None,
        })
        .collect();
    x.tornado.rows = (0..n)
        .map(|i| tornado::TornadoRow {
            name: name(i),
            low: -v(i),
            high: v(i),
            low_text: None,
            high_text: None,
        })
        .collect();
    let pts: Vec<(f64, f64)> = (0..n).map(|i| (v(i), 1.0 / (i as f64 + 1.0))).collect();
    x.exceedance.aggregate.points = pts.clone();
    x.exceedance.largest.points = pts.clone();
    if let Some(b) = &mut x.exceedance.band {
        (b.low.points, b.high.points) = (pts.clone(), pts);
    }
    x.exceedance.markers = (0..n.min(3))
        .map(|i| Marker {
            label: name(i),
            value: v(i),
            text: None,
        })
        .collect();
    let net = &mut x.network;
    net.nodes = (0..n)
        .map(|i| NetworkNode {
            id: format!("e{i}"),
            name: name(i),
            detail: name(i),
            label: String::new(),
        })
        .collect();
    net.ownership = (1..n)
        .map(|i| OwnershipEdge {
            holder: format!("e{}", i / 2),
            target: format!("e{i}"),
            percent: v(i),
            text: None,
        })
        .collect();
    net.links.clear();
    net.breach_path = vec![("e0".into(), "e1".into())];
    net.selected = Some("e0".into());
    x
}

fn check_all(case: &str, x: &Inputs) -> Vec<(&'static str, String)> {
    let mut texts = Vec::new();
    for theme in [Theme::light(), Theme::dark()] {
        for (name, svg) in x.render(&theme) {
            let text = check_svg(&format!("{case}/{name}"), &svg);
            texts.push((name, text));
        }
    }
    texts
}

#[test]
fn no_rows_says_no_data() {
    let x = build(0, &|_| 1.0, &|i| format!("n{i}"));
    for (name, text) in check_all("empty", &x) {
        assert!(text.contains(NO_DATA), "{name}: {text}");
    }
}

#[test]
fn one_row_and_zeros_draw() {
    for (case, v) in [("one", 1usize), ("zeros", 5)] {
        let x = build(v, &|_| if case == "one" { 0.4 } else { 0.0 }, &|i| {
            format!("n{i}")
        });
        for (name, text) in check_all(case, &x) {
            // The log axis cannot show zero losses: the exceedance chart alone has no data then.
            let expect_no_data = case == "zeros" && name == "exceedance";
            assert_eq!(
                text.contains(NO_DATA),
                expect_no_data,
                "{case}/{name}: {text}"
            );
            assert!(expect_no_data || text.contains("n0"), "{case}/{name}");
        }
    }
}

#[test]
fn nan_and_infinities_never_panic() {
    let odd = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0, 1e308];
    let x = build(odd.len(), &|i| odd[i], &|i| format!("n{i}"));
    check_all("odd", &x);
    let all_nan = build(4, &|_| f64::NAN, &|i| format!("n{i}"));
    for (name, text) in check_all("nan", &all_nan) {
        if !["network", "records"].contains(&name) {
            assert!(text.contains(NO_DATA), "{name}");
        }
    }
}

#[test]
fn a_thousand_rows_are_cut_with_a_note() {
    let x = build(MANY, &|i| i as f64 * 1.5 + 1.0, &|i| format!("entity {i}"));
    let note = format!("+{} more rows in the table", MANY - MAX_ROWS);
    for (name, text) in check_all("many", &x) {
        if !["exceedance", "network"].contains(&name) {
            assert!(text.contains(&note), "{name}");
        }
    }
    assert_eq!(wedge::table(&x.wedge).rows.len(), MANY);
    let svg = network::render(&x.network, &Theme::light());
    assert_eq!(svg.matches("data-entity=").count(), MANY);
}

#[test]
fn long_names_are_shortened_with_the_full_name_in_a_tooltip() {
    let long = "株式会社 Very Long Holding Company Name That Goes On And On Forever ".repeat(4);
    let x = build(3, &|i| i as f64 + 1.0, &|_| long.clone());
    for (name, svg) in x.render(&Theme::light()) {
        check_svg(name, &svg);
        assert!(svg.contains('…'), "{name}: not shortened");
        assert!(
            svg.contains(&format!("<title>{}</title>", long.trim_end())) || svg.contains(&long),
            "{name}"
        );
    }
}

#[test]
fn log_axis_skips_zeros_and_keeps_positive_losses() {
    let mut x = Inputs::sample().exceedance;
    x.aggregate = Curve {
        label: "a".into(),
        points: vec![(0.0, 1.0), (1e4, 0.5), (1e6, 0.01)],
    };
    x.largest.points.clear();
    x.band = None;
    x.markers = vec![Marker {
        label: "VaR".into(),
        value: 0.0,
        text: None,
    }];
    let svg = exceedance::render(&x, &Theme::light());
    let text = check_svg("log", &svg);
    for decade in ["$10K", "$100K", "$1M"] {
        assert!(text.contains(decade), "{decade} missing: {text}");
    }
    assert!(!text.contains(NO_DATA));
    let t = exceedance::table(&x);
    assert_eq!(
        t.rows
            .iter()
            .filter(|r| r.last().is_some_and(|n| n == "VaR"))
            .count(),
        1
    );
}

#[test]
fn same_input_same_string() {
    let x = Inputs::sample();
    for theme in [Theme::light(), Theme::dark()] {
        let a = x.render(&theme);
        let b = x.clone().render(&theme);
        assert_eq!(a, b);
    }
    assert_ne!(x.render(&Theme::light()), x.render(&Theme::dark()));
}

#[test]
fn narrow_width_fits_the_frame_width() {
    let mut x = Inputs::sample();
    x.network.frame.width = 360.0;
    x.wedge.frame.width = 360.0;
    let net = network::render(&x.network, &Theme::light());
    assert!(net.contains(r#"viewBox="0 0 360 "#));
    let w = wedge::render(&x.wedge, &Theme::light());
    assert!(w.contains(r#"viewBox="0 0 360 "#));
    let fixed = svg::standalone(&w);
    assert!(fixed.contains(r#"width="360" height=""#));
}
