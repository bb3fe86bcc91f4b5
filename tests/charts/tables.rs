//! Data tables: the right headers, one row per item in the chart's order, cells formatted.

use exposure::charts::{blast, choke, exceedance, network, power, reach, records, tornado, wedge};

use super::samples;

#[test]
fn wedge_table_has_the_gap() {
    let t = wedge::table(&samples::wedge(false));
    assert_eq!(
        t.headers,
        [
            "Holder",
            "Economic interest (ultimate)",
            "Control power (Banzhaf)",
            "Wedge"
        ]
    );
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.rows[0], ["NAVER Corp.", "32.3%", "50%", "+17.8%"]);
    assert_eq!(t.rows[2][3], "-35.5%");
}

#[test]
fn power_table_has_a_column_per_index() {
    let t = power::table(&samples::power());
    assert_eq!(t.headers.len(), 3);
    assert_eq!(t.rows[0], ["A Holdings Corp.", "60%", "66.7%"]);
    assert_eq!(t.rows[1][2], "16.7%");
}

#[test]
fn reach_table_says_how_each_value_was_computed() {
    let t = reach::table(&samples::reach());
    assert_eq!(t.rows.len(), 5);
    assert_eq!(t.rows[2], ["LY Corp.", "0.597", "", "exact"]);
    assert_eq!(
        t.rows[3],
        [
            "LINE Digital Technology (Shanghai)",
            "0.118",
            "0.0102",
            "Monte Carlo"
        ]
    );
}

#[test]
fn records_table_adds_up_to_the_ly_total() {
    let t = records::table(&samples::records());
    assert_eq!(t.headers, ["Data", "Japan", "Other or unknown", "Total"]);
    assert_eq!(t.rows.len(), 5);
    assert_eq!(
        t.rows[0],
        ["User information", "121,210", "159,531", "280,741"]
    );
    // The LY final count: 519,506 items, of which Japan 130,192.
    assert_eq!(t.rows[4], ["Total", "130,192", "389,314", "519,506"]);
}

#[test]
fn blast_table_is_worst_first() {
    let t = blast::table(&samples::blast());
    let order: Vec<&str> = t.rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        order,
        [
            "LY Corp.",
            "NAVER Cloud Corp.",
            "Subcontractor of NAVER Cloud",
            "LINE Digital Technology (Shanghai)",
            "NAVER Corp."
        ]
    );
    assert_eq!(t.rows[0][1], "519,506");
    assert_eq!(t.rows[0][2], "$7,080,000");
}

#[test]
fn choke_table_is_largest_fall_first_with_arrows() {
    let t = choke::table(&samples::choke());
    assert_eq!(
        t.rows[0],
        [
            "Subcontractor of NAVER Cloud → NAVER Cloud Corp.",
            "257,100"
        ]
    );
    assert_eq!(t.rows[3][1], "0");
}

#[test]
fn tornado_table_is_sorted_by_swing() {
    let t = tornado::table(&samples::tornado());
    assert_eq!(t.rows[0][0], "Cost per record (range)");
    assert_eq!(t.rows[1][0], "Threat rate at the subcontractor");
    assert_eq!(t.rows[0][3], "$1,260,000");
    assert_eq!(t.rows[4][0], "Subcontractor → LY (p)");
}

#[test]
fn exceedance_table_reads_curves_at_decades_and_markers() {
    let input = samples::exceedance();
    let t = exceedance::table(&input);
    assert_eq!(t.headers.len(), 6);
    let var95 = t
        .rows
        .iter()
        .find(|r| r[5] == "VaR 95 %")
        .expect("VaR 95 row");
    assert_eq!(var95[0], "$13,300,000");
    // Decades from 10^3 to 10^9 plus two markers.
    assert_eq!(t.rows.len(), 7 + 2);
    let first = t.rows.first().expect("rows");
    assert_eq!(first[0], "$1,000");
}

#[test]
fn network_table_lists_every_edge_and_the_breach_path() {
    let t = network::table(&samples::network(false));
    assert_eq!(t.rows.len(), 5 + 4);
    assert_eq!(t.rows[2], ["A Holdings Corp.", "LY Corp.", "64.5%", ""]);
    let on: Vec<_> = t.rows.iter().filter(|r| r[3] == "Breach path").collect();
    assert_eq!(on.len(), 2);
}
