//! Property tests: whatever the numbers and names (NaN, infinities, huge, negative, any
//! Unicode), every chart renders well-formed accessible SVG, and the network draws each
//! distinct entity exactly once, whatever the edges (cycles, self-loops, unknown ids).

use exposure::charts::network::{Access, NetworkNode, OwnershipEdge, VendorEdge};
use exposure::charts::{NumberFormat, Theme, blast, exceedance, network, reach, tornado};
use proptest::prelude::*;

use super::all::Inputs;
use super::check_svg;
use super::samples;

fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(0.0),
        -1e12..1e12f64,
        0.0..1.0f64,
    ]
}

fn rows() -> impl Strategy<Value = Vec<(String, f64, f64)>> {
    prop::collection::vec((".{0,40}", value(), value()), 0..60)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn bar_charts_always_render(rows in rows()) {
        let mut x = Inputs::sample();
        x.reach.rows = rows.iter().map(|(n, a, b)| reach::ReachRow {
            name: n.clone(), probability: *a, std_error: Some(*b), exact: *b > 0.5, text: None,
        }).collect();
        x.blast.rows = rows.iter().map(|(n, a, b)| blast::BlastRow {
            name: n.clone(), records: *a, loss: *b, records_text: None, loss_text: None,
        }).collect();
        x.tornado.rows = rows.iter().map(|(n, a, b)| tornado::TornadoRow {
            name: n.clone(), low: *a, high: *b, low_text: None, high_text: None,
        }).collect();
        x.tornado.base = rows.first().map_or(0.0, |r| r.1);
        for (name, svg) in x.render(&Theme::dark()) {
            check_svg(name, &svg);
        }
        prop_assert_eq!(tornado::table(&x.tornado).rows.len(), rows.len());
    }

    #[test]
    fn exceedance_always_renders(pts in prop::collection::vec((value(), value()), 0..300)) {
        let mut x = samples::exceedance();
        x.aggregate.points = pts.clone();
        x.largest.points = pts.iter().rev().copied().collect();
        x.markers = pts.iter().take(3).map(|p| exceedance::Marker {
            label: "m".into(), value: p.0, text: None,
        }).collect();
        check_svg("exceedance", &exceedance::render(&x, &Theme::light()));
    }

    #[test]
    fn network_draws_each_entity_once(
        ids in prop::collection::vec("[a-e]{1,2}", 0..25),
        own in prop::collection::vec(("[a-e]{1,2}", "[a-e]{1,2}", value()), 0..40),
        links in prop::collection::vec(("[a-e]{1,2}", "[a-e]{1,2}", 0..4u8, any::<bool>()), 0..40),
    ) {
        let mut x = samples::network(false);
        x.nodes = ids.iter().map(|i| NetworkNode {
            id: i.clone(), name: i.to_uppercase(), detail: String::new(), label: String::new(),
        }).collect();
        x.ownership = own.iter().map(|(h, t, p)| OwnershipEdge {
            holder: h.clone(), target: t.clone(), percent: *p, text: None,
        }).collect();
        let access = [Access::None, Access::Read, Access::Write, Access::Admin];
        x.links = links.iter().map(|(v, c, a, s)| VendorEdge {
            vendor: v.clone(), client: c.clone(), access: access[usize::from(*a)], shared: *s,
            label: String::new(),
        }).collect();
        x.breach_path = own.iter().take(3).map(|(h, t, _)| (h.clone(), t.clone())).collect();
        let svg = network::render(&x, &Theme::light());
        check_svg("network", &svg);
        let mut distinct = ids.clone();
        distinct.sort();
        distinct.dedup();
        prop_assert_eq!(svg.matches("data-entity=").count(), distinct.len());
    }

    #[test]
    fn plain_numbers_read_back_within_their_digits(x in -1e15..1e15f64) {
        let text = NumberFormat::plain().format(x).replace(',', "");
        let back: f64 = text.parse().expect("a number");
        let tolerance = if x.abs() >= 100.0 { 0.5 } else { x.abs() * 5e-3 + 1e-12 };
        prop_assert!((back - x).abs() <= tolerance, "{} -> {}", x, text);
    }
}
