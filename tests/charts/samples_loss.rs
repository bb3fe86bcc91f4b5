//! Sample inputs for the loss and network charts (LY-like numbers): exceedance curves from a
//! lognormal event loss, the tornado around a base ALE, and the LY network.

use exposure::charts::exceedance::{Band, Curve, ExceedanceInput, Marker};
use exposure::charts::network::{Access, NetworkInput, NetworkLegend, NetworkNode};
use exposure::charts::network::{OwnershipEdge, VendorEdge};
use exposure::charts::tornado::{TornadoInput, TornadoRow};

use super::samples::{frame, name};

/// Standard normal CDF (Abramowitz–Stegun 7.1.26, enough for a picture).
fn phi(z: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.327_591_1 * z.abs() / 2f64.sqrt());
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736
                + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erf = 1.0 - poly * (-(z * z) / 2.0).exp();
    if z >= 0.0 {
        0.5 * (1.0 + erf)
    } else {
        0.5 * (1.0 - erf)
    }
}

/// Exceedance of one event's loss for a lognormal with this median and σ.
fn tail(x: f64, median: f64, sigma: f64) -> f64 {
    1.0 - phi((x / median).ln() / sigma)
}

pub fn exceedance() -> ExceedanceInput {
    let lambda = 0.3;
    let xs: Vec<f64> = (0..=120)
        .map(|i| 10f64.powf(3.0 + i as f64 * 0.05))
        .collect();
    let curve = |median: f64| -> Vec<(f64, f64)> {
        xs.iter()
            .map(|&x| (x, 1.0 - (-lambda * tail(x, median, 1.4)).exp()))
            .collect()
    };
    let aggregate: Vec<(f64, f64)> = xs
        .iter()
        .map(|&x| {
            (
                x,
                (1.0 - (-lambda * tail(x / 1.15, 3.0e6, 1.4)).exp()).min(1.0),
            )
        })
        .collect();
    ExceedanceInput {
        frame: frame("exceedance", "Annual loss exceedance"),
        x_title: "Loss in a year (USD, log scale)".into(),
        y_title: "Probability the loss is exceeded".into(),
        note_header: "Note".into(),
        aggregate: Curve {
            label: "Annual loss (aggregate)".into(),
            points: aggregate,
        },
        largest: Curve {
            label: "Largest single event".into(),
            points: curve(3.0e6),
        },
        band: Some(Band {
            label: "Cost-model band (DBIR 2015 to per record)".into(),
            low: Curve {
                label: "DBIR 2015".into(),
                points: curve(3.0e6 / 90.0),
            },
            high: Curve {
                label: "Per record".into(),
                points: curve(3.0e6),
            },
        }),
        markers: vec![
            Marker {
                label: "VaR 95 %".into(),
                value: 1.33e7,
                text: None,
            },
            Marker {
                label: "VaR 99 %".into(),
                value: 4.1e7,
                text: None,
            },
        ],
        ..ExceedanceInput::default()
    }
}

pub fn tornado() -> TornadoInput {
    let row = |n: &str, low: f64, high: f64| TornadoRow {
        name: n.to_string(),
        low,
        high,
        low_text: None,
        high_text: None,
    };
    TornadoInput {
        frame: frame("tornado", "What moves the annual loss most"),
        input_header: "Input".into(),
        low_label: "Input at −50 %".into(),
        high_label: "Input at +50 %".into(),
        swing_label: "Swing".into(),
        base: 1_260_000.0,
        base_label: "Base ALE $1.26M".into(),
        axis_title: "Annual loss expectancy (USD)".into(),
        rows: vec![
            row("Cost per record (range)", 630_000.0, 1_890_000.0),
            row("NAVER Cloud → LY (p)", 860_000.0, 1_420_000.0),
            row("Threat rate at the subcontractor", 630_000.0, 1_890_000.0),
            row("Subcontractor → NAVER Cloud (p)", 700_000.0, 1_600_000.0),
            row("Subcontractor → LY (p)", 1_190_000.0, 1_330_000.0),
        ],
        ..TornadoInput::default()
    }
}

pub fn network(ja: bool) -> NetworkInput {
    let ids = [
        "naver",
        "softbank",
        "a-holdings",
        "ly",
        "naver-cloud",
        "contractor",
        "line-dt-shanghai",
    ];
    let country = ["KR", "JP", "JP", "JP", "KR", "KR", "CN"];
    let nodes = ids
        .iter()
        .zip(country)
        .map(|(id, c)| NetworkNode {
            id: id.to_string(),
            name: name(id, ja),
            detail: c.to_string(),
            label: format!("{}, {c}", name(id, ja)),
        })
        .collect();
    let own = |h: &str, t: &str, p: f64| OwnershipEdge {
        holder: h.into(),
        target: t.into(),
        percent: p,
        text: None,
    };
    let link = |v: &str, c: &str, access, shared, label: &str| VendorEdge {
        vendor: v.into(),
        client: c.into(),
        access,
        shared,
        label: label.into(),
    };
    NetworkInput {
        frame: frame(
            "network",
            if ja {
                "資本と委託のネットワーク"
            } else {
                "Who owns whom, who serves whom"
            },
        ),
        nodes,
        ownership: vec![
            own("naver", "a-holdings", 50.0),
            own("softbank", "a-holdings", 50.0),
            own("a-holdings", "ly", 64.5),
            own("naver", "naver-cloud", 100.0),
            own("ly", "line-dt-shanghai", 100.0),
        ],
        links: vec![
            link(
                "naver-cloud",
                "ly",
                Access::Admin,
                true,
                "system operations · admin · shared authentication",
            ),
            link(
                "contractor",
                "naver-cloud",
                Access::Admin,
                false,
                "subcontracted work · admin",
            ),
            link(
                "contractor",
                "ly",
                Access::Read,
                false,
                "contracted work · read",
            ),
            link(
                "line-dt-shanghai",
                "ly",
                Access::Read,
                false,
                "development · read",
            ),
        ],
        breach_path: vec![
            ("contractor".into(), "naver-cloud".into()),
            ("naver-cloud".into(), "ly".into()),
        ],
        selected: Some("ly".into()),
        legend: NetworkLegend {
            ownership: if ja { "出資（%）" } else { "Ownership (%)" }.into(),
            access_none: "Vendor, no access".into(),
            access_read: if ja {
                "委託（閲覧）"
            } else {
                "Vendor, read access"
            }
            .into(),
            access_write: "Vendor, write access".into(),
            access_admin: if ja {
                "委託（管理者）"
            } else {
                "Vendor, admin access"
            }
            .into(),
            shared: if ja {
                "共有基盤"
            } else {
                "Shared infrastructure"
            }
            .into(),
            breach_path: if ja { "侵害経路" } else { "Breach path" }.into(),
            selected: if ja { "選択中" } else { "Selected" }.into(),
        },
        from_header: "From".into(),
        to_header: "To".into(),
        relation_header: "Relation".into(),
        path_header: "Breach path".into(),
        ..NetworkInput::default()
    }
}
