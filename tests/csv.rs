//! CSV import and export: round trips of every list, merging, formula defusing, full-width
//! numbers, encodings, and a problem by row and column for every bad cell.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use exposure::codec::csv::{self, List, Mode};
use exposure::model::{self, Problem, Scenario, examples};
use proptest::prelude::*;

fn ly() -> Scenario {
    examples::default_scenario()
}

fn problems(r: Result<model::Parsed, Vec<Problem>>) -> Vec<Problem> {
    match r {
        Ok(p) => panic!("expected problems, got a scenario with {:?}", p.warnings),
        Err(ps) => ps,
    }
}

fn has(ps: &[Problem], path: &str, words: &str) -> bool {
    ps.iter()
        .any(|p| p.path == path && p.message.contains(words))
}

#[test]
fn export_writes_a_bom_a_header_and_crlf_rows() {
    let out = csv::export(&ly(), List::Holdings);
    assert!(out.starts_with(
        "\u{feff}holder,target,percent,votes_percent,range_low,range_high,description\r\n"
    ));
    assert!(out.contains("\r\na-holdings,ly,64.5,,,,"), "{out}");
    assert_eq!(out.matches("\r\n").count(), 1 + ly().holdings.len());
}

#[test]
fn every_list_of_the_ly_case_round_trips() {
    let s = ly();
    for list in List::ALL {
        let text = csv::export(&s, list);
        let back = csv::import(&s, list, text.as_bytes(), Mode::Replace).unwrap();
        assert_eq!(back.scenario, s, "{}", list.name());
        let without_bom = text.trim_start_matches('\u{feff}');
        let back = csv::import(&s, list, without_bom.as_bytes(), Mode::Merge).unwrap();
        assert_eq!(back.scenario, s, "{}", list.name());
    }
}

#[test]
fn merge_replaces_matching_rows_and_adds_the_others() {
    let s = ly();
    let file = "holder,target,percent\na-holdings,ly,60\nsoftbank,ly,5\n";
    let got = csv::import_holdings(&s, file.as_bytes(), Mode::Merge)
        .unwrap()
        .scenario;
    assert_eq!(got.holdings.len(), s.holdings.len() + 1);
    assert_eq!(got.holdings[2].percent, 60.0);
    assert_eq!(
        got.holdings[2].description, "",
        "a merged row replaces the whole element"
    );
    assert_eq!(
        got.holdings.last().map(|h| h.holder.as_str()),
        Some("softbank")
    );
    let got = csv::import_holdings(&s, file.as_bytes(), Mode::Replace)
        .unwrap()
        .scenario;
    assert_eq!(got.holdings.len(), 2);
    assert_eq!(got.entities, s.entities);
}

#[test]
fn formulas_are_defused_on_export_and_restored_on_import() {
    let mut s = ly();
    s.entities[0].name = "=cmd|' /C calc'!A0".into();
    s.entities[1].name = "@SUM(A1:A9)".into();
    s.entities[2].description = "+81 3 1234".into();
    s.links[0].service = "-ops".into();
    let entities = csv::export(&s, List::Entities);
    assert!(
        entities.contains("\"'=cmd|' /C calc'!A0\"") || entities.contains("'=cmd|' /C calc'!A0")
    );
    assert!(entities.contains("'@SUM(A1:A9)"));
    assert!(entities.contains("'+81 3 1234"));
    assert!(
        !entities.contains(",=") && !entities.contains(",@"),
        "{entities}"
    );
    assert!(csv::export(&s, List::Links).contains("'-ops"));
    for list in [List::Entities, List::Links] {
        let back = csv::import(&s, list, csv::export(&s, list).as_bytes(), Mode::Replace);
        assert_eq!(back.unwrap().scenario, s);
    }
}

#[test]
fn an_injected_formula_in_a_number_cell_is_a_problem_with_its_place() {
    let file = "holder,target,percent,votes_percent\nnaver,ly,=1+1,\nsoftbank,ly,5,@A1\n";
    let ps = problems(csv::import_holdings(&ly(), file.as_bytes(), Mode::Merge));
    assert!(
        has(&ps, "row 2, percent", "\"=1+1\" is not a number"),
        "{ps:?}"
    );
    assert!(
        has(&ps, "row 3, votes_percent", "\"@A1\" is not a number"),
        "{ps:?}"
    );
    assert_eq!(ps.len(), 2, "{ps:?}");
}

#[test]
fn full_width_numbers_and_percent_signs_are_read() {
    let file = "holder,target,percent,range_low,range_high\nsoftbank,ly,５．５％,０,１０\n";
    let got = csv::import_holdings(&ly(), file.as_bytes(), Mode::Merge)
        .unwrap()
        .scenario;
    let h = got.holdings.last().unwrap();
    assert_eq!((h.percent, h.range), (5.5, Some([0.0, 10.0])));
    let data =
        "id,name,holder,class,records,by_country\nx,X,ly,personal,\"１２３，４５６\",JP：１００\n";
    let got = csv::import_data(&ly(), data.as_bytes(), Mode::Merge)
        .unwrap()
        .scenario;
    let d = got.data.last().unwrap();
    assert_eq!(
        (d.records, d.by_country.get("JP")),
        (123456.0, Some(&100.0))
    );
}

#[test]
fn shift_jis_and_utf16_files_are_refused_with_the_fix() {
    // "id,name\nx,株式会社" with the name in Shift-JIS.
    let mut sjis = b"id,name\nx,".to_vec();
    sjis.extend([0x8a, 0x94, 0x8e, 0xae, 0x89, 0xef, 0x8e, 0xd0]);
    let ps = problems(csv::import_entities(&ly(), &sjis, Mode::Merge));
    assert_eq!(ps.len(), 1);
    assert!(
        ps[0]
            .message
            .contains("save the file as UTF-8 (CSV UTF-8 in Excel)"),
        "{}",
        ps[0]
    );
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("id".bytes().flat_map(|b| [b, 0]))
        .collect();
    let ps = problems(csv::import_entities(&ly(), &utf16, Mode::Merge));
    assert!(ps[0].message.contains("UTF-16"), "{}", ps[0]);
}

#[test]
fn every_bad_cell_is_named_by_row_and_column_and_the_scenario_is_untouched() {
    let before = ly();
    let file = "client,vendor,access,shared,p\n\
                ly,naver,root,,\n\
                ly,nobody,read,dns,2\n\
                naver,ly,admin,network,30%\n";
    let ps = problems(csv::import_links(&before, file.as_bytes(), Mode::Merge));
    assert!(
        has(&ps, "row 2, access", "\"root\" is not one of"),
        "{ps:?}"
    );
    assert!(
        has(
            &ps,
            "row 3, vendor",
            "\"nobody\" is not the id of any entity"
        ),
        "{ps:?}"
    );
    assert!(has(&ps, "row 3, shared", "\"dns\""), "{ps:?}");
    assert!(has(&ps, "row 3, p", "2 is above 1"), "{ps:?}");
    assert_eq!(ps.iter().filter(|p| p.is_error()).count(), 4, "{ps:?}");
    assert_eq!(before, ly());
}

#[test]
fn header_problems_are_told_plainly() {
    let ps = problems(csv::import_holdings(
        &ly(),
        b"holder,percent\na,1\n",
        Mode::Merge,
    ));
    assert!(has(&ps, "row 1", "no \"target\" column"), "{ps:?}");
    let ps = problems(csv::import_holdings(&ly(), b"", Mode::Merge));
    assert!(ps[0].message.contains("empty"), "{ps:?}");
    let ok = csv::import_holdings(
        &ly(),
        "Holder;Target;Percent;Colour\nnaver;ly;1;red\n".as_bytes(),
        Mode::Merge,
    );
    let ok = ok.unwrap();
    assert!(
        ok.warnings
            .iter()
            .any(|w| w.message.contains("\"colour\" is not known"))
    );
    let ps = problems(csv::import_holdings(
        &ly(),
        b"holder,target,percent\nnaver,ly,1,extra\n",
        Mode::Merge,
    ));
    assert!(has(&ps, "row 2", "has 4 cells"), "{ps:?}");
    let ps = problems(csv::import_holdings(
        &ly(),
        b"holder,target,percent,range_low\nnaver,ly,1,0\n",
        Mode::Merge,
    ));
    assert!(has(&ps, "row 2, range_low", "go together"), "{ps:?}");
}

#[test]
fn a_ten_megabyte_file_is_read_and_problems_are_capped() {
    let mut file = String::from("holder,target,percent\n");
    while file.len() < 10 << 20 {
        file.push_str("nobody,nothing,abc\n");
    }
    let ps = problems(csv::import_holdings(&ly(), file.as_bytes(), Mode::Merge));
    assert_eq!(ps.len(), csv::MAX_PROBLEMS + 1);
    assert!(ps.last().unwrap().message.contains("more problems follow"));
    let huge = vec![b'a'; (16 << 20) + 1];
    let ps = problems(csv::import_holdings(&ly(), &huge, Mode::Merge));
    assert!(ps[0].message.contains("larger than 16 MB"), "{ps:?}");
}

#[test]
fn many_entities_import_in_one_go() {
    let mut file = String::from("id,name,country\n");
    for i in 0..50_000 {
        file.push_str(&format!("e{i},Entity {i},JP\n"));
    }
    let got = csv::import_entities(&Scenario::default(), file.as_bytes(), Mode::Replace).unwrap();
    assert_eq!(got.scenario.entities.len(), 50_000);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn export_then_import_gives_back_every_list(s in common::scenario_strategy::scenario()) {
        for list in List::ALL {
            let text = csv::export(&s, list);
            let back = csv::import(&s, list, text.as_bytes(), Mode::Replace);
            prop_assert!(back.is_ok(), "{}: {:?}\n{}", list.name(), back.err(), text);
            prop_assert_eq!(&back.unwrap().scenario, &s, "{}", list.name());
        }
    }

    #[test]
    fn import_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        for list in List::ALL {
            let _ = csv::import(&ly(), list, &bytes, Mode::Merge);
        }
    }

    #[test]
    fn import_never_panics_on_csv_like_text(text in "([a-z0-9=+@'\"０-９％．，;:\t\r\n ,-]{0,12}){0,30}") {
        let header = "id,name,holder,class,records,processors,by_country,cost_low,cost_high,kind,country\n";
        for list in List::ALL {
            let _ = csv::import(&ly(), list, format!("{header}{text}").as_bytes(), Mode::Merge);
        }
    }
}
