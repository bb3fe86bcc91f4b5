//! Where things land: bigger values draw longer bars, the first row is on top, probability
//! rises upwards on the exceedance chart, the tornado's base line sits between its bars, and
//! the network puts owners above what they own.

use exposure::charts::{Theme, blast, exceedance, network, reach, tornado};
use roxmltree::{Document, Node};

use super::samples;

fn num(n: &Node, attr: &str) -> f64 {
    n.attribute(attr)
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

/// Filled bars of one colour as (y, width), top to bottom.
fn bars(svg: &str, fill: &str) -> Vec<(f64, f64)> {
    let doc = Document::parse(svg).expect("xml");
    let mut out: Vec<(f64, f64)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some(fill))
        .filter(|n| n.attribute("opacity") == Some("1"))
        .map(|n| (num(&n, "y"), num(&n, "width")))
        .collect();
    out.sort_by(|a, b| a.0.total_cmp(&b.0));
    out
}

#[test]
fn worst_first_means_longest_bar_on_top() {
    let t = Theme::light();
    let b = bars(&blast::render(&samples::blast(), &t), "#0072B2");
    assert_eq!(b.len(), 4, "{b:?}"); // NAVER's zero bar draws nothing
    assert!(b.windows(2).all(|w| w[0].1 >= w[1].1), "{b:?}");
    let r = bars(&reach::render(&samples::reach(), &t), "#0072B2");
    // Rows in input order: 1, 0.6, 0.5968, 0.118 (and 0 draws nothing).
    assert!(r.windows(2).all(|w| w[0].1 >= w[1].1), "{r:?}");
    assert!(r[0].1 > 1.6 * r[1].1, "{r:?}");
}

#[test]
fn exceedance_probability_rises_upwards() {
    let svg = exceedance::render(&samples::exceedance(), &Theme::light());
    let doc = Document::parse(&svg).expect("xml");
    let line = doc
        .descendants()
        .find(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some("#0072B2"))
        .expect("aggregate curve");
    let pts: Vec<(f64, f64)> = line
        .attribute("points")
        .unwrap_or("")
        .split_whitespace()
        .filter_map(|p| p.split_once(','))
        .filter_map(|(x, y)| Some((x.parse().ok()?, y.parse().ok()?)))
        .collect();
    let (first, last) = (pts[0], pts[pts.len() - 1]);
    assert!(first.0 < last.0, "x grows with loss");
    assert!(
        first.1 < last.1,
        "high probability (small loss) is drawn higher: {first:?} {last:?}"
    );
}

#[test]
fn tornado_base_line_sits_between_low_and_high() {
    let input = samples::tornado();
    let svg = tornado::render(&input, &Theme::light());
    let doc = Document::parse(&svg).expect("xml");
    let low = bars(&svg, "#0072B2");
    let high = bars(&svg, "#D55E00");
    let low_x: Vec<f64> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some("#0072B2"))
        .map(|n| num(&n, "x") + num(&n, "width"))
        .collect();
    let high_x: Vec<f64> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some("#D55E00"))
        .map(|n| num(&n, "x"))
        .collect();
    assert_eq!((low.len(), high.len()), (5, 5));
    // Every low bar ends where every high bar starts: at the base.
    let base = low_x[0];
    assert!(
        low_x.iter().chain(&high_x).all(|x| (x - base).abs() <= 1.0),
        "{low_x:?} {high_x:?}"
    );
    // The widest swing is the top row.
    assert!(low[0].1 + high[0].1 >= low[4].1 + high[4].1);
}

#[test]
fn owners_sit_above_what_they_own_and_vendors_below_clients() {
    let svg = network::render(&samples::network(false), &Theme::light());
    let doc = Document::parse(&svg).expect("xml");
    let y = |id: &str| {
        let g = doc
            .descendants()
            .find(|n| n.attribute("data-entity") == Some(id))
            .unwrap_or_else(|| panic!("{id}"));
        let rect = g.children().rfind(|c| c.has_tag_name("rect")).expect("box");
        num(&rect, "y")
    };
    assert_eq!(y("naver"), y("softbank"));
    assert!(y("naver") < y("a-holdings"));
    assert_eq!(y("a-holdings"), y("naver-cloud"));
    assert!(y("a-holdings") < y("ly"));
    assert!(y("ly") < y("line-dt-shanghai"));
    // The subcontractor owns and is owned by no one: one layer below the clients it serves.
    assert_eq!(y("contractor"), y("line-dt-shanghai"));
    let selected = doc
        .descendants()
        .filter(|n| n.attribute("aria-current") == Some("true"));
    let ids: Vec<&str> = selected
        .filter_map(|n| n.attribute("data-entity"))
        .collect();
    assert_eq!(ids, ["ly"]);
}
