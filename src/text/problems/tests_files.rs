//! Every message the codecs write for a battery of broken files and links reads in Japanese:
//! the frame, the values that are words ("found a list"), and the JSON parser's own words.
//! A new message without a pattern fails here.

use super::*;
use crate::codec::csv::{List, Mode};
use crate::codec::{bods, csv, link, text};
use crate::model::examples::default_scenario;
use crate::model::{Problem, parse_scenario};

/// The scenario JSON of the LY case with `edit` applied to its value.
fn ly_json(edit: impl Fn(&mut serde_json::Value)) -> String {
    let mut v = serde_json::to_value(default_scenario()).unwrap();
    edit(&mut v);
    v.to_string()
}

fn json_files() -> Vec<String> {
    let mut files: Vec<String> = [
        "",
        "{",
        "{\"a\":}",
        "[1, 2",
        "{\"a\" 1}",
        "{\"a\": 1,}",
        "{1: 2}",
        "{\"a\": \"\\q\"}",
        "{\"a\": tru}",
        "{\"a\": 1} x",
        "{\"a\": \"\u{1}\"}",
        "42",
        "{}",
        "{\"format\": 1}",
        "{\"format\": \"other\"}",
        "{\"format\": \"exposure-scenario\"}",
        "{\"format\": \"exposure-scenario\", \"version\": 9}",
        "{\"format\": \"exposure-scenario\", \"version\": \"one\"}",
    ]
    .map(String::from)
    .into();
    files.push("[".repeat(200));
    files.push(" ".repeat(crate::model::parse::MAX_BYTES + 1));
    files.push(ly_json(|v| v["entities"] = "none".into()));
    files.push(ly_json(|v| v["entities"][0] = 5.into()));
    files.push(ly_json(|v| v["entities"][0]["name"] = 5.into()));
    files.push(ly_json(|v| v["entities"][0]["kind"] = "bank".into()));
    files.push(ly_json(|v| v["entities"][0]["kind"] = true.into()));
    files.push(ly_json(|v| v["entities"][0]["colour"] = "red".into()));
    files.push(ly_json(|v| v["holdings"][0]["percent"] = "50".into()));
    files.push(ly_json(|v| {
        v["holdings"][0]["percent"] = serde_json::json!([])
    }));
    files.push(ly_json(|v| {
        v["holdings"][0]["range"] = serde_json::json!([1])
    }));
    files.push(ly_json(|v| {
        v["holdings"][0]["range"] = serde_json::json!({})
    }));
    files.push(ly_json(|v| {
        v["holdings"][0].as_object_mut().unwrap().remove("target");
    }));
    files.push(ly_json(|v| {
        v["data"][0]["by_country"] = serde_json::json!([1])
    }));
    files.push(ly_json(|v| {
        v["data"][0].as_object_mut().unwrap().remove("class");
    }));
    files.push(ly_json(|v| v["settings"]["trials"] = (-1).into()));
    files.push(ly_json(|v| v["settings"]["strict"] = "yes".into()));
    files.push(ly_json(|v| {
        v["control_rights"] = serde_json::json!([{"holder": "naver", "target": "ly"}]);
    }));
    files
}

fn csv_files() -> Vec<(List, Vec<u8>)> {
    let h = List::Holdings;
    let d = List::Data;
    let mut files: Vec<(List, Vec<u8>)> = [
        (h, ""),
        (h, "holder,holder,target,percent\na,a,b,1"),
        (h, "holder,target,percent,colour\nnaver,ly,5,red"),
        (h, "holder,percent\nnaver,5"),
        (h, "holder,target,percent\nnaver,ly,abc"),
        (h, "holder,target,percent,range_low\nnaver,ly,5,1"),
        (h, "holder,target,percent\nnaver,ly,5,7,8"),
        (h, "holder,target,percent,description\nnaver,nobody,5,x"),
        (List::Links, "client,vendor,p\nly,naver,5%x"),
        (List::Entities, "id,name,value\nx,X,5%"),
        (List::Entities, "id,name,kind\nx,X,bank"),
        (
            d,
            "id,name,holder,class,records,by_country\nd,D,ly,personal,5,JP 5",
        ),
    ]
    .map(|(l, t)| (l, t.as_bytes().to_vec()))
    .into();
    files.push((h, format!("{}\n", "c,".repeat(300)).into_bytes()));
    files.push((h, vec![0xff, 0xfe, b'a', 0]));
    files.push((h, vec![b'a', b'\n', 0x8a, 0x94]));
    let mut many = String::from("holder,target,percent\n");
    for _ in 0..=csv::MAX_PROBLEMS {
        many.push_str("naver,ly,abc\n");
    }
    files.push((h, many.into_bytes()));
    let long = format!(
        "holder,target,percent\n{}",
        "a,b,1\n".repeat(csv::MAX_ROWS + 1)
    );
    files.push((h, long.into_bytes()));
    files
}

fn bods_files() -> Vec<String> {
    let e = |id: &str| {
        format!(
            "{{\"recordId\": \"{id}\", \"recordType\": \"entity\", \"recordDetails\": {{\"name\": \"{id}\"}}}}"
        )
    };
    let rel = |id: &str, s: &str, p: &str, interest: &str| {
        format!(
            "{{\"recordId\": \"{id}\", \"recordType\": \"relationship\", \"recordDetails\": \
             {{\"subject\": \"{s}\", \"interestedParty\": \"{p}\", \"interests\": [{interest}]}}}}"
        )
    };
    let share = |x: &str| format!("{{\"type\": \"shareholding\", \"share\": {x}}}");
    let list = |items: &[String]| format!("[{}]", items.join(","));
    vec![
        "hello".into(),
        "42".into(),
        "{\"a\": 1}\nnot json\n".into(),
        list(&[e("a"), "5".into(), "{\"recordId\": \"x\"}".into()]),
        list(&["{\"recordType\": \"entity\"}".into()]),
        list(&["{\"recordId\": \"x\", \"recordType\": \"annotation\"}".into()]),
        list(&["{\"recordId\": \"x\", \"recordType\": \"entity\", \"recordDetails\": {}}".into()]),
        list(&[format!(
            "{{\"recordId\": \"x\", \"recordType\": \"entity\", \"recordDetails\": {{\"name\": \"{}\"}}}}",
            "n".repeat(400)
        )]),
        list(&[
            e("a"),
            e("b"),
            rel("r1", "a", "a", &share("{\"exact\": 5}")),
            rel("r2", "a", "zz", &share("{\"exact\": 5}")),
            rel("r3", "a", "b", "{\"type\": \"rights-to-surplus\"}"),
            rel(
                "r4",
                "a",
                "b",
                "{\"type\": \"shareholding\", \"endDate\": \"2020-01-01\"}",
            ),
            rel(
                "r5",
                "a",
                "b",
                "{\"type\": \"shareholding\", \"directOrIndirect\": \"indirect\"}",
            ),
            rel("r6", "a", "b", "{\"type\": \"shareholding\"}"),
            rel("r7", "a", "b", &share("{\"exact\": 150}")),
            rel(
                "r8",
                "a",
                "b",
                &format!("{},{}", share("{\"exact\": 5}"), share("{\"exact\": 6}")),
            ),
        ]),
        list(&vec!["{}".to_string(); bods::MAX_STATEMENTS + 1]),
        list(&[
            e("a"),
            e("b"),
            e("c"),
            rel("r1", "a", "b", &share("{\"exact\": 70}")),
            rel("r2", "a", "c", &share("{\"exact\": 40}")),
        ]),
    ]
}

fn links() -> Vec<String> {
    let good = link::encode(&default_scenario()).unwrap();
    let value = good.trim_start_matches("#s=");
    let (head, rest) = value.split_once('.').unwrap();
    let (payload, check) = rest.split_once('.').unwrap();
    let mut flipped = payload.to_string();
    flipped.replace_range(10..11, if &payload[10..11] == "A" { "B" } else { "A" });
    vec![
        "x".repeat(20 * link::MAX_JSON),
        "hello".into(),
        "#s=9z.abc.defgh".into(),
        format!("#s={}z.abc.defgh", "9".repeat(30)),
        "#s=xz.abc.defgh".into(),
        format!("#s=1q.{payload}.{check}"),
        format!("#s={head}.{payload}.{check}xyz"),
        format!("#s={head}.{payload}.{check}.more"),
        format!("#s={head}.{payload}.{}", &check[..2]),
        format!("#s={head}.{flipped}.{check}"),
        format!("#s={head}.{}", &payload[..payload.len() / 2]),
        {
            let p = "A";
            format!("#s=1j.{p}.{}", link::check::check(p))
        },
        {
            let p = "_w";
            format!("#s=1z.{p}.{}", link::check::check(p))
        },
        {
            let p = "A".repeat(link::MAX_JSON / 3 * 4 + 8);
            format!("#s=1j.{p}.{}", link::check::check(&p))
        },
        {
            let p = "_w";
            format!("#s=1j.{p}.{}", link::check::check(p))
        },
        {
            let p = "e2E";
            format!("#s=1j.{p}.{}", link::check::check(p))
        },
        {
            let p = "AAAA";
            format!("#s=1z.{p}.{}", link::check::check(p))
        },
    ]
}

/// Every problem the battery produces, in English.
fn battery() -> Vec<Problem> {
    let base = default_scenario();
    let mut out = Vec::new();
    for f in json_files() {
        match parse_scenario(&f) {
            Ok(p) => out.extend(p.warnings),
            Err(ps) => out.extend(ps),
        }
    }
    for (list, bytes) in csv_files() {
        match csv::import(&base, list, &bytes, Mode::Merge) {
            Ok(p) => out.extend(p.warnings),
            Err(ps) => out.extend(ps),
        }
    }
    for f in bods_files() {
        match bods::import(f.as_bytes()) {
            Ok(p) => out.extend(p.warnings),
            Err(ps) => out.extend(ps),
        }
    }
    for l in links() {
        out.extend(link::decode(&l).err().unwrap_or_default());
    }
    out.extend(text::too_large(text::MAX_BYTES + 1, "the BODS file").err());
    let mut big = default_scenario();
    big.description = "x".repeat(link::MAX_JSON);
    out.extend(link::encode(&big).err());
    out.extend(bods::export(&base, "5 March").err());
    out.extend(
        bods::export(&base, "2024-03-05")
            .map(|e| e.warnings)
            .unwrap_or_default(),
    );
    out
}

/// Two English words in a row outside 「…」: a message (or a value in it) left in English.
fn english_left(ja: &str) -> Option<String> {
    let mut outside = String::new();
    let mut depth = 0usize;
    for c in ja.chars() {
        match c {
            '「' => depth += 1,
            '」' => depth = depth.saturating_sub(1),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = outside.split(' ').collect();
    let english = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase());
    words
        .windows(2)
        .find(|w| english(w[0]) && english(w[1]))
        .map(|w| w.join(" "))
}

#[test]
fn every_import_message_of_the_battery_reads_in_japanese() {
    let problems = battery();
    assert!(problems.len() >= 60, "only {} problems", problems.len());
    for p in &problems {
        let ja = message(Lang::Ja, &p.message);
        assert_ne!(ja, p.message, "no Japanese for {}: {}", p.path, p.message);
        assert_eq!(english_left(&ja), None, "{} → {ja}", p.message);
        assert_eq!(message(Lang::En, &p.message), p.message);
    }
    // Every pattern of the codecs' tables is met, so a message whose wording changed shows
    // here rather than silently falling back to English.
    let unmet: Vec<&str> = reading::JA
        .iter()
        .chain(files::JA)
        .map(|(pattern, _)| *pattern)
        // The CSV reader is flexible and reads checked UTF-8 text, so the csv crate has no
        // error left to report; the patterns stay for a future version of it.
        .filter(|pattern| !pattern.starts_with("cannot read"))
        .filter(|pattern| {
            !problems.iter().any(|p| {
                let body = p
                    .message
                    .rsplit_once(" (from ")
                    .map_or(&*p.message, |(b, _)| b);
                read(pattern, body).is_some()
            })
        })
        .collect();
    assert!(
        unmet.is_empty(),
        "no message of the battery fits {unmet:#?}"
    );
}

#[test]
fn values_inside_messages_are_read_too() {
    assert_eq!(
        message(Lang::Ja, "expected a list, found the text \"x\""),
        "リストが必要ですが、テキスト「x」が指定されています"
    );
    assert_eq!(
        message(
            Lang::Ja,
            "\"bank\" is not one of \"company\", \"person\", \"fund\""
        ),
        "「bank」は「company」、「person」、「fund」のいずれでもありません"
    );
    assert_eq!(
        message(
            Lang::Ja,
            "this link does not hold a scenario: its content is not valid JSON (expected value at line 1 column 2)"
        ),
        "このリンクにはシナリオが含まれていません。中身が正しいJSONではありません（1行目、2列目：値が必要です）"
    );
    assert_eq!(
        message(Lang::Ja, "\"naver\" is listed twice (from statements[3])"),
        "「naver」が二重に記載されています（statements[3]より）"
    );
}

#[test]
fn csv_rows_are_counted_the_japanese_way() {
    assert_eq!(path(Lang::Ja, "row 5, percent"), "5行目、percent");
    assert_eq!(path(Lang::Ja, "row 1"), "1行目");
    assert_eq!(path(Lang::En, "row 5, percent"), "row 5, percent");
    assert_eq!(path(Lang::Ja, "holdings[0].percent"), "holdings[0].percent");
    assert_eq!(path(Lang::Ja, "row x"), "row x");
}

#[test]
#[ignore = "prints the battery's messages in both languages, to read them"]
fn print_the_files_battery() {
    for p in battery() {
        let en: String = p.message.chars().take(300).collect();
        let ja: String = message(Lang::Ja, &p.message).chars().take(300).collect();
        println!("{}\n  {en}\n  {ja}", path(Lang::Ja, &p.path));
    }
}
