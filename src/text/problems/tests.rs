//! Every validation message the model writes for a battery of broken scenarios reads in
//! Japanese (a new rule without a pattern fails here), and the pattern reader itself.

use super::*;
use crate::model::examples::default_scenario;
use crate::model::{ControlKind, ControlRight, Holding, Scenario, validate};

/// The LY case broken in one way each.
fn broken() -> Vec<Scenario> {
    let base = default_scenario();
    let mut out = Vec::new();
    let mut each = |f: &dyn Fn(&mut Scenario)| {
        let mut s = base.clone();
        f(&mut s);
        out.push(s);
    };
    each(&|s| s.entities[0].id = "Bad Id".into());
    each(&|s| s.entities[1].id = String::new());
    each(&|s| s.entities[1].id = "naver".into());
    each(&|s| s.entities[0].name = String::new());
    each(&|s| s.entities[0].name = "x".repeat(300));
    each(&|s| s.description = "x".repeat(3000));
    each(&|s| s.entities[0].country = Some("jp".into()));
    each(&|s| s.entities[0].country = Some("XX".into()));
    each(&|s| s.entities[0].country = Some("JPN".into()));
    each(&|s| s.entities[2].treasury_percent = Some(60.0));
    each(&|s| s.currency = "usd".into());
    each(&|s| s.entities.clear());
    each(&|s| s.holdings[0].percent = f64::NAN);
    each(&|s| s.holdings[0].percent = -5.0);
    each(&|s| s.holdings[0].percent = 120.0);
    each(&|s| s.holdings[0].percent = 60.0);
    each(&|s| s.holdings[0].votes_percent = Some(70.0));
    each(&|s| s.holdings[0].target = "naver".into());
    each(&|s| s.holdings[0].target = "nobody".into());
    each(&|s| s.holdings[0].holder = String::new());
    each(&|s| s.holdings[0].range = Some([60.0, 40.0]));
    each(&|s| s.holdings[0].range = Some([10.0, 20.0]));
    each(&|s| s.holdings.push(Holding::new("naver", "a-holdings", 1.0)));
    each(&|s| {
        let right = ControlRight {
            holder: "naver".into(),
            target: "naver".into(),
            kind: ControlKind::Veto,
            description: String::new(),
        };
        s.control_rights.push(right);
    });
    each(&|s| {
        let right = ControlRight {
            holder: "naver".into(),
            target: "ly".into(),
            kind: ControlKind::Veto,
            description: String::new(),
        };
        s.control_rights.push(right.clone());
        s.control_rights.push(right);
    });
    each(&|s| s.links[0].vendor = "ly".into());
    each(&|s| s.links[0].p = Some(1.5));
    each(&|s| s.links[0].p_back = Some(-0.5));
    each(&|s| s.data[0].records = -1.0);
    each(&|s| s.data[0].records = 1.5);
    each(&|s| s.data[0].records = 1e30);
    each(&|s| s.data[0].exposed_fraction = Some(2.0));
    each(&|s| {
        s.data[0].by_country.insert("KR".into(), 300_000.0);
    });
    each(&|s| s.data[0].processors = vec!["naver-cloud".into(), "naver-cloud".into()]);
    each(&|s| s.data[0].processors = vec!["ly".into()]);
    each(&|s| s.threats[0].rate = -1.0);
    each(&|s| s.threats[0].entry = "nobody".into());
    each(&|s| s.settings.quota = 150.0);
    each(&|s| s.settings.trials = 0);
    each(&|s| s.settings.detected = Some("17/10/2023".into()));
    each(&|s| s.settings.detected = Some("1500-10-17".into()));
    each(&|s| s.settings.detected = Some("2023-13-17".into()));
    each(&|s| s.settings.detected = Some("2023-02-30".into()));
    out
}

#[test]
fn every_message_of_the_battery_reads_in_japanese() {
    let mut seen = 0;
    for s in broken() {
        for p in validate(&s) {
            seen += 1;
            let ja = message(Lang::Ja, &p.message);
            assert_ne!(ja, p.message, "no Japanese for {}: {}", p.path, p.message);
            assert!(!ja.contains('"'), "{ja}");
            assert_eq!(message(Lang::En, &p.message), p.message);
        }
    }
    assert!(seen >= 35, "the battery found only {seen} problems");
    // Most patterns are met by the battery (so a pattern that no longer fits any message shows
    // here); the rest are rarer forms of the same rules.
    let met = JA
        .iter()
        .filter(|(pattern, _)| {
            broken().iter().flat_map(validate).any(|p| {
                let body = ENDINGS
                    .iter()
                    .find_map(|(end, _)| p.message.strip_suffix(end))
                    .unwrap_or(&p.message);
                read(pattern, body).is_some()
            })
        })
        .count();
    assert!(met >= 28, "only {met} of {} patterns met", JA.len());
}

#[test]
fn patterns_read_values_and_japanese_quotes_them() {
    assert_eq!(
        read("{} is above {}", "120 is above 100"),
        Some(vec!["120", "100"])
    );
    assert_eq!(read("is not a number", "is not a number"), Some(vec![]));
    assert_eq!(read("is not a number", "is not a number!"), None);
    assert_eq!(
        read("{} is above {}", " is above 100"),
        None,
        "a value cannot be empty"
    );
    assert_eq!(
        message(
            Lang::Ja,
            "\"naver\" holds itself; enter own shares as treasury_percent of the entity"
        ),
        "「naver」が自らの株式を保有しています。自己株式は、その主体の「自己株式（%）」（treasury_percent）に入力してください"
    );
    assert_eq!(
        message(Lang::Ja, "1.5 is above 1 (probabilities go from 0 to 1)"),
        "1.5は上限1を上回っています（確率は0から1の値です）"
    );
    assert_eq!(message(Lang::Ja, "something new"), "something new");
}

#[test]
#[ignore = "prints the battery's messages in both languages, to read them"]
fn print_the_battery() {
    for s in broken() {
        for p in validate(&s) {
            println!(
                "{}\n  {}\n  {}",
                p.path,
                p.message,
                message(Lang::Ja, &p.message)
            );
        }
    }
}
