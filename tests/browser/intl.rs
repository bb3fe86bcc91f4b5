//! The app writes numbers, money, percentages and dates in Rust (charts and sentences are pure
//! and run in the worker too), following `Intl`'s conventions. Here the browser's own `Intl`
//! checks that claim: for each language, compact counts, money in several currencies,
//! percentages and long dates must read exactly as `Intl` writes them.

use exposure::model::examples::default_scenario;
use exposure::text::Lang;
use exposure::text::explain::{Words, compact_format, money_format};
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &(*k).into(), v).unwrap();
    }
    o
}

fn locales(lang: Lang) -> Array {
    Array::of1(&lang.tag().into())
}

/// `Intl.NumberFormat(lang, options).format(x)`, with the no-break space Intl puts after a
/// currency code read as a space (the app writes a plain space there).
fn intl(lang: Lang, opts: &Object, x: f64) -> String {
    let nf = Intl::NumberFormat::new(&locales(lang), opts);
    let format: Function = nf.format();
    let s = format.call1(&JsValue::NULL, &x.into()).unwrap();
    s.as_string().unwrap().replace('\u{a0}', " ")
}

/// Values across the magnitudes the app shows: counts, losses, probabilities, negatives,
/// rounding ties (1,235 → 1.24K) and a seeded spread of arbitrary values.
fn values() -> Vec<f64> {
    let mut v = vec![
        0.0,
        0.5,
        7.0,
        42.0,
        999.0,
        1_234.0,
        1_235.0,
        9_999.0,
        12_345.0,
        99_999.0,
        123_456.0,
        519_506.0,
        1_234_567.0,
        15_660_379.0,
        52_200_000.0,
        123_456_789.0,
        1.5e9,
        2.3e12,
        -2_500.0,
        -15_660_379.0,
    ];
    let mut seed: u64 = 0x5eed;
    for _ in 0..200 {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let unit = (seed >> 11) as f64 / (1u64 << 53) as f64;
        // Up to 10^13, rounded to whole units (money and counts are whole in the app).
        v.push((10f64.powf(unit * 13.0)).round());
    }
    v
}

#[wasm_bindgen_test]
fn compact_counts_read_as_intl_writes_them() {
    for lang in Lang::ALL {
        let opts = options(&[
            ("notation", "compact".into()),
            ("maximumSignificantDigits", 3.into()),
        ]);
        let ours = compact_format(lang);
        for x in values() {
            assert_eq!(ours.format(x), intl(lang, &opts, x), "{lang:?} {x}");
        }
    }
}

#[wasm_bindgen_test]
fn money_reads_as_intl_writes_it_in_the_scenario_currency() {
    for lang in Lang::ALL {
        for currency in [
            "USD", "JPY", "EUR", "GBP", "CHF", "KRW", "CNY", "AUD", "CAD", "HKD", "SGD", "INR",
            "TWD",
        ] {
            let opts = options(&[
                ("style", "currency".into()),
                ("currency", currency.into()),
                ("notation", "compact".into()),
                ("maximumSignificantDigits", 3.into()),
            ]);
            let ours = money_format(currency, lang);
            for x in values() {
                assert_eq!(
                    ours.format(x),
                    intl(lang, &opts, x),
                    "{lang:?} {currency} {x}"
                );
            }
        }
    }
}

#[wasm_bindgen_test]
fn percentages_read_as_intl_writes_them() {
    let s = default_scenario();
    for lang in Lang::ALL {
        let opts = options(&[
            ("style", "percent".into()),
            ("maximumSignificantDigits", 3.into()),
        ]);
        let ours = Words::new(lang, &s).percent_format();
        for x in [
            0.0, 0.001, 0.3225, 0.5968, 0.645, 0.8324, 1.0, 0.000_5, 0.999,
        ] {
            assert_eq!(ours.format(x), intl(lang, &opts, x), "{lang:?} {x}");
        }
    }
}

#[wasm_bindgen_test]
fn dates_read_as_intl_writes_them() {
    let s = default_scenario();
    for lang in Lang::ALL {
        let opts = options(&[("dateStyle", "long".into()), ("timeZone", "UTC".into())]);
        let df = Intl::DateTimeFormat::new(&locales(lang), &opts);
        let format: Function = df.format();
        for (y, m, d) in [(2023, 10, 20), (2024, 2, 29), (2026, 1, 1), (1999, 12, 31)] {
            let date = Date::new(&Date::utc(f64::from(y), f64::from(m - 1)).into());
            date.set_utc_date(d);
            let want = format
                .call1(&JsValue::NULL, &date)
                .unwrap()
                .as_string()
                .unwrap();
            let iso = format!("{y:04}-{m:02}-{d:02}");
            assert_eq!(Words::new(lang, &s).date(&iso), want, "{lang:?} {iso}");
        }
    }
}
