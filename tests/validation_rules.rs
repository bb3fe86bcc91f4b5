//! Every validation rule of scenario v1 as a table: an edit of the LY scenario that breaks the
//! rule (a problem at the expected path with the expected words) and one that just keeps it.
#![cfg(not(target_arch = "wasm32"))]

use exposure::model::{Problem, examples, parse_value};
use serde_json::{Value, json};

type Edit = fn(&mut Value);

struct Rule {
    name: &'static str,
    breaks: Edit,
    path: &'static str,
    says: &'static str,
    keeps: Edit,
}

fn problems_after(edit: Edit) -> Vec<Problem> {
    let mut v: Value = serde_json::from_str(examples::LY_CORP_JSON).unwrap();
    edit(&mut v);
    match parse_value(&v) {
        Ok(p) => p.warnings,
        Err(p) => p,
    }
}

const RULES: &[Rule] = &[
    Rule {
        name: "id form",
        breaks: |v| v["entities"][0]["id"] = json!("Naver Corp"),
        path: "entities[0].id",
        says: "not a valid id",
        keeps: |v| {
            v["entities"][6]["id"] = json!("x9._-z");
            v["holdings"][4]["target"] = json!("x9._-z");
            v["links"][3]["vendor"] = json!("x9._-z");
        },
    },
    Rule {
        name: "id length",
        breaks: |v| v["entities"][6]["id"] = json!("a".repeat(65)),
        path: "entities[6].id",
        says: "1 to 64",
        keeps: |v| {
            let id = "a".repeat(64);
            v["entities"][6]["id"] = json!(id);
            v["holdings"][4]["target"] = json!(id);
            v["links"][3]["vendor"] = json!(id);
        },
    },
    Rule {
        name: "empty id",
        breaks: |v| v["entities"][0]["id"] = json!(""),
        path: "entities[0].id",
        says: "is empty",
        keeps: |_| {},
    },
    Rule {
        name: "duplicate entity id",
        breaks: |v| v["entities"][1]["id"] = json!("naver"),
        path: "entities[1].id",
        says: "used twice",
        keeps: |_| {},
    },
    Rule {
        name: "duplicate data id",
        breaks: |v| v["data"][1]["id"] = json!("users"),
        path: "data[1].id",
        says: "used twice",
        keeps: |v| v["data"][1]["id"] = json!("naver"),
    },
    Rule {
        name: "name required",
        breaks: |v| v["entities"][2]["name"] = json!("  "),
        path: "entities[2].name",
        says: "is empty",
        keeps: |_| {},
    },
    Rule {
        name: "name length",
        breaks: |v| v["entities"][2]["name"] = json!("x".repeat(201)),
        path: "entities[2].name",
        says: "at most 200",
        keeps: |v| v["entities"][2]["name"] = json!("<script>".repeat(25)),
    },
    Rule {
        name: "missing required field",
        breaks: |v| {
            v["entities"][2].as_object_mut().unwrap().remove("name");
        },
        path: "entities[2].name",
        says: "missing",
        keeps: |_| {},
    },
    Rule {
        name: "entity kind",
        breaks: |v| v["entities"][0]["kind"] = json!("bank"),
        path: "entities[0].kind",
        says: "is not one of",
        keeps: |v| v["entities"][0]["kind"] = json!("state"),
    },
    Rule {
        name: "country code",
        breaks: |v| v["entities"][0]["country"] = json!("UK"),
        path: "entities[0].country",
        says: "ISO 3166-1",
        keeps: |v| v["entities"][0]["country"] = json!("GB"),
    },
    Rule {
        name: "treasury range",
        breaks: |v| v["entities"][3]["treasury_percent"] = json!(100),
        path: "entities[3].treasury_percent",
        says: "must be below 100",
        keeps: |v| v["entities"][3]["treasury_percent"] = json!(35.5),
    },
    Rule {
        name: "value not negative",
        breaks: |v| v["entities"][3]["value"] = json!(-1),
        path: "entities[3].value",
        says: "below 0",
        keeps: |v| v["entities"][3]["value"] = json!(0),
    },
    Rule {
        name: "holding refers to unknown entity",
        breaks: |v| v["holdings"][0]["holder"] = json!("kakao"),
        path: "holdings[0].holder",
        says: "not the id of any entity",
        keeps: |_| {},
    },
    Rule {
        name: "self holding",
        breaks: |v| v["holdings"][2]["holder"] = json!("ly"),
        path: "holdings[2].target",
        says: "treasury_percent",
        keeps: |_| {},
    },
    Rule {
        name: "duplicate holder/target pair",
        breaks: |v| {
            let h = v["holdings"][0].clone();
            v["holdings"].as_array_mut().unwrap().push(h);
        },
        path: "holdings[5]",
        says: "already holds",
        keeps: |_| {},
    },
    Rule {
        name: "percent above 0",
        breaks: |v| v["holdings"][2]["percent"] = json!(0),
        path: "holdings[2].percent",
        says: "must be above 0",
        keeps: |v| v["holdings"][2]["percent"] = json!(0.001),
    },
    Rule {
        name: "percent at most 100",
        breaks: |v| v["holdings"][3]["percent"] = json!(100.5),
        path: "holdings[3].percent",
        says: "above 100",
        keeps: |_| {},
    },
    Rule {
        name: "percent is a number",
        breaks: |v| v["holdings"][3]["percent"] = json!(null),
        path: "holdings[3].percent",
        says: "missing",
        keeps: |_| {},
    },
    Rule {
        name: "votes range",
        breaks: |v| v["holdings"][2]["votes_percent"] = json!(101),
        path: "holdings[2].votes_percent",
        says: "above 100",
        keeps: |v| v["holdings"][2]["votes_percent"] = json!(80),
    },
    Rule {
        name: "range contains percent",
        breaks: |v| v["holdings"][2]["range"] = json!([25, 50]),
        path: "holdings[2].range",
        says: "outside the band",
        keeps: |v| v["holdings"][2]["range"] = json!([50, 75]),
    },
    Rule {
        name: "range ordered",
        breaks: |v| v["holdings"][2]["range"] = json!([75, 50]),
        path: "holdings[2].range",
        says: "low 75 is above high 50",
        keeps: |_| {},
    },
    Rule {
        name: "range within 0-100",
        breaks: |v| v["holdings"][2]["range"] = json!([50, 120]),
        path: "holdings[2].range[1]",
        says: "above 100",
        keeps: |_| {},
    },
    Rule {
        name: "range is a pair",
        breaks: |v| v["holdings"][2]["range"] = json!([50]),
        path: "holdings[2].range",
        says: "expected [low, high]",
        keeps: |_| {},
    },
    Rule {
        name: "holders add up to at most 100",
        breaks: |v| v["holdings"][1]["percent"] = json!(50.5),
        path: "holdings[1].percent",
        says: "add up to 100.5 %",
        keeps: |v| {
            v["holdings"][0]["percent"] = json!(49.5);
            v["holdings"][1]["percent"] = json!(50.5);
        },
    },
    Rule {
        name: "holders plus treasury at most 100",
        breaks: |v| v["entities"][3]["treasury_percent"] = json!(36),
        path: "holdings[2].percent",
        says: "plus 36 % treasury",
        keeps: |v| v["entities"][3]["treasury_percent"] = json!(35.5),
    },
    Rule {
        name: "votes add up to at most 100",
        breaks: |v| v["holdings"][0]["votes_percent"] = json!(60),
        path: "holdings[1].votes_percent",
        says: "votes in \"a-holdings\" add up to 110",
        keeps: |v| {
            v["holdings"][0]["votes_percent"] = json!(60);
            v["holdings"][1]["votes_percent"] = json!(40);
        },
    },
    Rule {
        name: "closed loop",
        breaks: |v| {
            v["holdings"]
                .as_array_mut()
                .unwrap()
                .push(json!({"holder": "naver-cloud", "target": "naver", "percent": 100}));
        },
        path: "holdings[3]",
        says: "closed ownership loop \"naver\" ↔ \"naver-cloud\"",
        keeps: |v| {
            v["holdings"]
                .as_array_mut()
                .unwrap()
                .push(json!({"holder": "naver-cloud", "target": "naver", "percent": 99}));
        },
    },
    Rule {
        name: "control right refers to unknown entity",
        breaks: |v| {
            v["control_rights"] =
                json!([{"holder": "softbank", "target": "a-hold", "kind": "board-majority"}])
        },
        path: "control_rights[0].target",
        says: "not the id",
        keeps: |v| {
            v["control_rights"] =
                json!([{"holder": "softbank", "target": "a-holdings", "kind": "board-majority"}])
        },
    },
    Rule {
        name: "control right kind",
        breaks: |v| {
            v["control_rights"] =
                json!([{"holder": "softbank", "target": "ly", "kind": "golden-share"}])
        },
        path: "control_rights[0].kind",
        says: "is not one of",
        keeps: |v| {
            v["control_rights"] = json!([{"holder": "softbank", "target": "ly", "kind": "veto"}])
        },
    },
    Rule {
        name: "control right on itself",
        breaks: |v| v["control_rights"] = json!([{"holder": "ly", "target": "ly", "kind": "veto"}]),
        path: "control_rights[0].target",
        says: "over itself",
        keeps: |_| {},
    },
    Rule {
        name: "duplicate control right",
        breaks: |v| v["control_rights"] = json!([{"holder": "naver", "target": "ly", "kind": "veto"}, {"holder": "naver", "target": "ly", "kind": "veto"}]),
        path: "control_rights[1]",
        says: "listed twice",
        keeps: |v| v["control_rights"] = json!([{"holder": "naver", "target": "ly", "kind": "veto"}, {"holder": "naver", "target": "ly", "kind": "agreement"}]),
    },
    Rule {
        name: "link refers to unknown entity",
        breaks: |v| v["links"][0]["vendor"] = json!("aws"),
        path: "links[0].vendor",
        says: "not the id",
        keeps: |_| {},
    },
    Rule {
        name: "link to itself",
        breaks: |v| v["links"][0]["vendor"] = json!("ly"),
        path: "links[0].vendor",
        says: "cannot serve itself",
        keeps: |_| {},
    },
    Rule {
        name: "link shared item",
        breaks: |v| v["links"][0]["shared"] = json!(["authentication", "dns"]),
        path: "links[0].shared[1]",
        says: "is not one of",
        keeps: |v| {
            v["links"][0]["shared"] = json!(["authentication", "network", "hosting", "code"])
        },
    },
    Rule {
        name: "link shared twice",
        breaks: |v| v["links"][0]["shared"] = json!(["code", "code"]),
        path: "links[0].shared",
        says: "listed twice",
        keeps: |_| {},
    },
    Rule {
        name: "p within 0-1",
        breaks: |v| v["links"][1]["p"] = json!(-0.1),
        path: "links[1].p",
        says: "below 0",
        keeps: |v| v["links"][1]["p"] = json!(1),
    },
    Rule {
        name: "p_back within 0-1",
        breaks: |v| v["links"][1]["p_back"] = json!(60),
        path: "links[1].p_back",
        says: "probabilities go from 0 to 1",
        keeps: |v| v["links"][1]["p_back"] = json!(0),
    },
    Rule {
        name: "data holder known",
        breaks: |v| v["data"][0]["holder"] = json!("line"),
        path: "data[0].holder",
        says: "not the id",
        keeps: |_| {},
    },
    Rule {
        name: "data processor known",
        breaks: |v| v["data"][0]["processors"] = json!(["naver-cloud", "aws"]),
        path: "data[0].processors[1]",
        says: "not the id",
        keeps: |v| v["data"][0]["processors"] = json!(["naver-cloud", "contractor"]),
    },
    Rule {
        name: "data class",
        breaks: |v| v["data"][0]["class"] = json!("secret"),
        path: "data[0].class",
        says: "is not one of",
        keeps: |v| v["data"][0]["class"] = json!("financial"),
    },
    Rule {
        name: "records whole",
        breaks: |v| v["data"][2]["records"] = json!(86211.5),
        path: "data[2].records",
        says: "not a whole number",
        keeps: |v| v["data"][2]["records"] = json!(0),
    },
    Rule {
        name: "records not negative",
        breaks: |v| v["data"][2]["records"] = json!(-1),
        path: "data[2].records",
        says: "negative",
        keeps: |_| {},
    },
    Rule {
        name: "by_country sum",
        breaks: |v| v["data"][0]["by_country"] = json!({"JP": 200000, "KR": 80742}),
        path: "data[0].by_country",
        says: "more than the 280,741",
        keeps: |v| v["data"][0]["by_country"] = json!({"JP": 200000, "KR": 80741}),
    },
    Rule {
        name: "by_country codes",
        breaks: |v| v["data"][0]["by_country"] = json!({"Japan": 1}),
        path: "data[0].by_country.Japan",
        says: "ISO 3166-1",
        keeps: |_| {},
    },
    Rule {
        name: "by_country whole",
        breaks: |v| v["data"][0]["by_country"] = json!({"JP": 0.5}),
        path: "data[0].by_country.JP",
        says: "not a whole number",
        keeps: |_| {},
    },
    Rule {
        name: "cost range ordered",
        breaks: |v| v["data"][0]["cost_per_record"] = json!({"low": 300, "high": 100}),
        path: "data[0].cost_per_record",
        says: "low 300 is above high 100",
        keeps: |v| v["data"][0]["cost_per_record"] = json!({"low": 100, "high": 100}),
    },
    Rule {
        name: "cost positive",
        breaks: |v| v["data"][0]["cost_per_record"] = json!({"low": 0, "high": 100}),
        path: "data[0].cost_per_record.low",
        says: "must be above 0",
        keeps: |_| {},
    },
    Rule {
        name: "exposed fraction",
        breaks: |v| v["data"][0]["exposed_fraction"] = json!(1.2),
        path: "data[0].exposed_fraction",
        says: "above 1",
        keeps: |v| v["data"][0]["exposed_fraction"] = json!(0),
    },
    Rule {
        name: "threat entry known",
        breaks: |v| v["threats"][0]["entry"] = json!("hacker"),
        path: "threats[0].entry",
        says: "not the id",
        keeps: |_| {},
    },
    Rule {
        name: "threat rate",
        breaks: |v| v["threats"][0]["rate"] = json!(-0.3),
        path: "threats[0].rate",
        says: "below 0",
        keeps: |v| v["threats"][0]["rate"] = json!(0),
    },
    Rule {
        name: "currency",
        breaks: |v| v["currency"] = json!("yen"),
        path: "currency",
        says: "three capital letters",
        keeps: |v| v["currency"] = json!("JPY"),
    },
    Rule {
        name: "quota",
        breaks: |v| v["settings"] = json!({"quota": -1}),
        path: "settings.quota",
        says: "below 0",
        keeps: |v| v["settings"] = json!({"quota": 0}),
    },
    Rule {
        name: "special quota",
        breaks: |v| v["settings"] = json!({"special_quota": 100.1}),
        path: "settings.special_quota",
        says: "above 100",
        keeps: |v| v["settings"] = json!({"special_quota": 100}),
    },
    Rule {
        name: "turnout",
        breaks: |v| v["settings"] = json!({"turnout": 0}),
        path: "settings.turnout",
        says: "must be above 0",
        keeps: |v| v["settings"] = json!({"turnout": 0.1}),
    },
    Rule {
        name: "strict is a flag",
        breaks: |v| v["settings"] = json!({"strict": "yes"}),
        path: "settings.strict",
        says: "true or false",
        keeps: |v| v["settings"] = json!({"strict": false}),
    },
    Rule {
        name: "float atom",
        breaks: |v| v["settings"] = json!({"float_atom": 0}),
        path: "settings.float_atom",
        says: "must be above 0",
        keeps: |v| v["settings"] = json!({"float_atom": 0.1}),
    },
    Rule {
        name: "trials bounded",
        breaks: |v| v["settings"] = json!({"trials": 20_000_000}),
        path: "settings.trials",
        says: "choose from 1 to",
        keeps: |v| v["settings"] = json!({"trials": 10_000_000}),
    },
    Rule {
        name: "seed whole",
        breaks: |v| v["settings"] = json!({"seed": -1}),
        path: "settings.seed",
        says: "whole number",
        keeps: |v| v["settings"] = json!({"seed": 0}),
    },
    Rule {
        name: "propagation probability",
        breaks: |v| v["settings"] = json!({"propagation": {"shared": {"authentication": 80}}}),
        path: "settings.propagation.shared.authentication",
        says: "above 1",
        keeps: |v| v["settings"] = json!({"propagation": {"shared": {"authentication": 1}}}),
    },
    Rule {
        name: "cost model",
        breaks: |v| v["settings"] = json!({"cost_model": "ibm"}),
        path: "settings.cost_model",
        says: "is not one of",
        keeps: |v| v["settings"] = json!({"cost_model": "dbir-2015"}),
    },
    Rule {
        name: "detection date",
        breaks: |v| v["settings"] = json!({"detected": "2023-02-29"}),
        path: "settings.detected",
        says: "has no day 29",
        keeps: |v| v["settings"] = json!({"detected": "2024-02-29"}),
    },
    Rule {
        name: "detection date format",
        breaks: |v| v["settings"] = json!({"detected": "17 Oct 2023"}),
        path: "settings.detected",
        says: "YYYY-MM-DD",
        keeps: |v| v["settings"] = json!({"detected": "2023-10-17"}),
    },
    Rule {
        name: "description length",
        breaks: |v| v["description"] = json!("x".repeat(2001)),
        path: "description",
        says: "at most 2000",
        keeps: |_| {},
    },
];

#[test]
fn each_rule_breaks_with_its_message_and_holds_just_inside() {
    let mut failures = Vec::new();
    for rule in RULES {
        let broken = problems_after(rule.breaks);
        if !broken
            .iter()
            .any(|p| p.is_error() && p.path == rule.path && p.message.contains(rule.says))
        {
            failures.push(format!(
                "{}: expected an error at {} saying {:?}; got {:?}",
                rule.name,
                rule.path,
                rule.says,
                broken.iter().map(|p| p.to_string()).collect::<Vec<_>>()
            ));
        }
        let kept = problems_after(rule.keeps);
        if let Some(p) = kept.iter().find(|p| p.is_error()) {
            failures.push(format!("{}: the passing case has an error: {p}", rule.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn n1_three_holders_of_one_hundred_percent_are_rejected() {
    let v = json!({"format": "exposure-scenario", "version": 1,
        "entities": [{"id": "f", "name": "F"}, {"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}],
        "holdings": [{"holder": "a", "target": "f", "percent": 100}, {"holder": "b", "target": "f", "percent": 100},
                     {"holder": "c", "target": "f", "percent": 100}]});
    let p = parse_value(&v).unwrap_err();
    assert!(
        p.iter().any(|x| x.message.contains("add up to 300 %")),
        "{p:?}"
    );
}

#[test]
fn n2_a_closed_loop_of_three_is_rejected_and_named() {
    let v = json!({"format": "exposure-scenario", "version": 1,
        "entities": [{"id": "x", "name": "X"}, {"id": "y", "name": "Y"}, {"id": "z", "name": "Z"}],
        "holdings": [{"holder": "x", "target": "y", "percent": 100}, {"holder": "y", "target": "z", "percent": 100},
                     {"holder": "z", "target": "x", "percent": 100}]});
    let p = parse_value(&v).unwrap_err();
    let loops: Vec<_> = p
        .iter()
        .filter(|x| x.message.contains("closed ownership loop"))
        .collect();
    assert_eq!(loops.len(), 1, "{p:?}");
    for id in ["\"x\"", "\"y\"", "\"z\""] {
        assert!(loops[0].message.contains(id), "{}", loops[0].message);
    }
}

#[test]
fn an_open_loop_with_an_outside_holder_is_accepted() {
    // T3 of the reference: X owns Y entirely, Y owns 99 % of X, a person the last 1 %.
    let v = json!({"format": "exposure-scenario", "version": 1,
        "entities": [{"id": "x", "name": "X"}, {"id": "y", "name": "Y"}, {"id": "p", "name": "P", "kind": "person"}],
        "holdings": [{"holder": "x", "target": "y", "percent": 100}, {"holder": "y", "target": "x", "percent": 99},
                     {"holder": "p", "target": "x", "percent": 1}]});
    assert!(parse_value(&v).is_ok());
}
