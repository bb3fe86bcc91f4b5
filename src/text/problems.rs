//! Validation messages in the reader's language. The model writes its problems in English (the
//! command line, files and tests read that text); the page shows each one through [`message`],
//! which in Japanese reads it against the patterns of the validation rules (`{}` stands for a
//! value the message carries: a number, an id, a quoted name) and writes the Japanese sentence
//! with the same values. User text quoted with `"…"` is quoted 「…」 in Japanese. The messages
//! of reading files and links ([`reading`], [`files`]) are read the same way, and so are the
//! values they carry that are words ("found a list") rather than data. A message no pattern
//! knows stays in English (a test runs every codec on broken input so that none is left).

use super::Lang;

mod files;
mod reading;

/// Endings some messages carry, with their Japanese; the rest of the message is read alone.
const ENDINGS: &[(&str, &str)] = &[
    (
        " (probabilities go from 0 to 1)",
        "（確率は0から1の値です）",
    ),
    (" (a share from 0 to 1)", "（0から1の割合です）"),
    (" (percent of votes present)", "（出席議決権に対する%）"),
    (" a year", "（年あたりの回数）"),
];

/// English pattern → Japanese template (`{1}`, `{2}`… in the order of the pattern's `{}`).
/// More specific patterns come before the general ones they also match.
const JA: &[(&str, &str)] = &[
    (
        "is empty; give an id such as \"acme-corp\"",
        "空欄です。「acme-corp」のようなIDを入力してください",
    ),
    (
        "{} is not a valid id: use 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
        "{1}は有効なIDではありません。英小文字・数字・「.」「_」「-」の1～64文字で、英小文字か数字で始めてください",
    ),
    (
        "{} is used twice; ids must be unique",
        "{1}が重複しています。IDは重複しないようにしてください",
    ),
    (
        "is empty; choose an entity",
        "空欄です。主体を選択してください",
    ),
    (
        "{} is not the id of any entity",
        "{1}というIDの主体はありません",
    ),
    (
        "is empty; a name is required",
        "空欄です。名称を入力してください",
    ),
    (
        "is {} characters long; at most {} are allowed",
        "{1}文字あります。{2}文字以内にしてください",
    ),
    ("is not a number", "数値ではありません"),
    (
        "low {} is above high {}",
        "下限{1}が上限{2}を上回っています",
    ),
    (
        "percent {} lies outside the band {}–{}",
        "持株比率{1}%が範囲{2}～{3}%の外にあります",
    ),
    (
        "{} must be above {}",
        "{1}は使えません。{2}より大きい値を入力してください",
    ),
    (
        "{} must be below {}",
        "{1}は使えません。{2}より小さい値を入力してください",
    ),
    ("{} is below {}", "{1}は下限{2}を下回っています"),
    (
        "{} is negative; records are counted from 0",
        "{1}は負の値です。件数は0以上で入力してください",
    ),
    (
        "{} is not a whole number of records",
        "{1}は整数ではありません。件数は整数で入力してください",
    ),
    (
        "{} is more records than any data set holds",
        "{1}件は、実在し得るデータの件数を超えています",
    ),
    (
        "{} is not an ISO 3166-1 country code (write it in capitals: {})",
        "{1}はISO 3166-1の国コードではありません（大文字で「{2}」と入力してください）",
    ),
    (
        "{} is not an ISO 3166-1 country code (two capital letters such as JP, KR or US)",
        "{1}はISO 3166-1の国コードではありません（JP、KR、USのような英大文字2文字です）",
    ),
    (
        "{} is not an ISO 3166-1 country code",
        "{1}はISO 3166-1の国コードではありません",
    ),
    (
        "{} is not a currency code; use three capital letters such as USD, JPY or EUR",
        "{1}は通貨コードではありません。USD、JPY、EURのような英大文字3文字で入力してください",
    ),
    (
        "{} is not a date written YYYY-MM-DD (such as 2023-10-17)",
        "{1}はYYYY-MM-DD形式の日付ではありません（例：2023-10-17）",
    ),
    (
        "{} year {} is outside {}–{}",
        "{1}：{2}年は{3}～{4}年の範囲外です",
    ),
    (
        "{} month {} does not exist",
        "{1}：{2}月という月はありません",
    ),
    ("{} {} has no day {}", "{1}：{2}に{3}日はありません"),
    (
        "the scenario has no entities yet",
        "シナリオにまだ主体がありません",
    ),
    (
        "{} holds itself; enter own shares as treasury_percent of the entity",
        "{1}が自らの株式を保有しています。自己株式は、その主体の「自己株式（%）」（treasury_percent）に入力してください",
    ),
    (
        "{} already holds {}; merge the two holdings into one",
        "{1}はすでに{2}の株式を保有しています。二つの株式保有を一つにまとめてください",
    ),
    (
        "an entity cannot hold a control right over itself",
        "主体が自らに対する支配権を持つことはできません",
    ),
    (
        "the same {} right is listed twice",
        "同じ種類の権利（{1}）が二重に記載されています",
    ),
    (
        "a vendor cannot serve itself; choose another entity",
        "委託先と委託元が同じです。別の主体を選んでください",
    ),
    (
        "{} is already the holder",
        "{1}はすでにこのデータの保有者です",
    ),
    ("{} is listed twice", "{1}が二重に記載されています"),
    (
        "the countries add up to {}, more than the {} records",
        "国別件数の合計{1}が、件数{2}を超えています",
    ),
    (
        "{} trials: choose from 1 to {}",
        "試行回数{1}回は指定できません。1～{2}回の範囲で指定してください",
    ),
    (
        "the holders of {} add up to {} % plus {} % treasury shares, above 100 %",
        "{1}の株主の持株比率の合計{2}%に自己株式{3}%を加えると、100%を超えています",
    ),
    (
        "the holders of {} add up to {} %, above 100 %",
        "{1}の株主の持株比率の合計が{2}%となり、100%を超えています",
    ),
    (
        "the votes in {} add up to {} % plus {} % treasury shares, above 100 %",
        "{1}の議決権比率の合計{2}%に自己株式{3}%を加えると、100%を超えています",
    ),
    (
        "the votes in {} add up to {} %, above 100 %",
        "{1}の議決権比率の合計が{2}%となり、100%を超えています",
    ),
    ("{} is above {}", "{1}は上限{2}を上回っています"),
];

/// The values of `text` where `pattern` has `{}`, if the text is of that pattern.
fn read<'a>(pattern: &str, text: &'a str) -> Option<Vec<&'a str>> {
    let pieces: Vec<&str> = pattern.split("{}").collect();
    let (first, rest) = pieces.split_first()?;
    let mut tail = text.strip_prefix(first)?;
    let mut values = Vec::new();
    for (i, piece) in rest.iter().enumerate() {
        let end = if i + 1 == rest.len() {
            // The last value runs to the pattern's ending.
            tail.strip_suffix(piece).map(str::len)?
        } else {
            tail.find(piece)?
        };
        let value = &tail[..end];
        if value.is_empty() {
            return None;
        }
        values.push(value);
        tail = &tail[end + piece.len()..];
    }
    (!rest.is_empty() || tail.is_empty()).then_some(values)
}

/// A value as Japanese writes it: `"ly"` becomes 「ly」 (a list `"a", "b"` becomes 「a」、「b」),
/// a word such as "a list" its Japanese, a value of a pattern ("the number 5") is read again.
fn value(v: &str) -> String {
    if let Some(inner) = v.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        let items: Vec<String> = inner.split("\", \"").map(|i| format!("「{i}」")).collect();
        return items.join("、");
    }
    if let Some((_, ja)) = reading::WORDS.iter().find(|(en, _)| *en == v) {
        return (*ja).to_string();
    }
    translate(reading::VALUES, v).unwrap_or_else(|| v.to_string())
}

/// `text` in Japanese by the first pattern of `table` it fits, its values read by [`value`].
fn translate(table: &[(&str, &str)], text: &str) -> Option<String> {
    table.iter().find_map(|(pattern, template)| {
        let values: Vec<String> = read(pattern, text)?.into_iter().map(value).collect();
        let args: Vec<&str> = values.iter().map(String::as_str).collect();
        Some(super::fill(template, &args))
    })
}

/// The Japanese of one message (without an ending), if a pattern knows it. The validation
/// rules come first: their general patterns ("{} is above {}") never fit a codec's message.
fn japanese(text: &str) -> Option<String> {
    [JA, reading::JA, files::JA]
        .into_iter()
        .find_map(|table| translate(table, text))
}

/// Where a problem is, in `lang`: a CSV file's `row 5, percent` is `5行目、percent` in
/// Japanese; field paths (`holdings[0].percent`) are names from the file and stay.
pub fn path(lang: Lang, path: &str) -> String {
    let Some(rest) = path.strip_prefix("row ").filter(|_| lang == Lang::Ja) else {
        return path.to_string();
    };
    let (line, column) = rest
        .split_once(", ")
        .map_or((rest, None), |(l, c)| (l, Some(c)));
    if line.is_empty() || !line.bytes().all(|b| b.is_ascii_digit()) {
        return path.to_string();
    }
    match column {
        Some(c) => format!("{line}行目、{c}"),
        None => format!("{line}行目"),
    }
}

/// A problem's message in `lang`.
pub fn message(lang: Lang, english: &str) -> String {
    if lang == Lang::En {
        return english.to_string();
    }
    // A BODS import says which statement a rule's problem came from: "… (from statements[4])".
    if let Some((body, from)) = english
        .strip_suffix(')')
        .and_then(|m| m.rsplit_once(" (from "))
        .filter(|(_, from)| from.starts_with("statements["))
    {
        return format!("{}（{from}より）", message(lang, body));
    }
    let with_ending = ENDINGS.iter().find_map(|(end, ja)| {
        let body = japanese(english.strip_suffix(end)?)?;
        Some(format!("{body}{ja}"))
    });
    with_ending
        .or_else(|| japanese(english))
        .unwrap_or_else(|| english.to_string())
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_files;
