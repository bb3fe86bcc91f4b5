//! Single CSV cells: defusing spreadsheet formulas in text, and reading numbers, words, lists
//! and country maps the way people type them in Excel (full-width digits, `％`, thousands
//! separators, a stray leading quote).

/// Characters that make a spreadsheet treat a cell as a formula (or hide what follows).
const DANGER: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Text for a cell that no spreadsheet runs as a formula: a single quote goes in front of text
/// starting with `= + - @`, tab or CR, and of text that already starts with a quote followed
/// by one of those or another quote (so that [`undefuse`] gives back exactly the original).
pub fn defuse(text: &str) -> String {
    let starts_danger = text.starts_with(DANGER);
    let quoted = text
        .strip_prefix('\'')
        .is_some_and(|rest| rest.starts_with(DANGER) || rest.starts_with('\''));
    if starts_danger || quoted {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// The inverse of [`defuse`]: one leading quote is removed when what follows it would have
/// been defused.
pub fn undefuse(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(DANGER) || rest.starts_with('\'') => rest,
        _ => cell,
    }
}

/// Full-width digits and punctuation (as Japanese input methods type them) made ASCII, the
/// minus sign and ideographic space included.
pub fn half_width(cell: &str) -> String {
    cell.chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            '，' => ',',
            '％' => '%',
            '－' | '−' | '‐' => '-',
            '＋' => '+',
            '　' => ' ',
            other => other,
        })
        .collect()
}

/// How a number column reads a trailing `%`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Percent columns: `64.5 %` is 64.5.
    Percent,
    /// Probability columns: `30 %` is 0.3.
    Fraction,
    /// Counts and amounts: no `%`.
    Plain,
}

/// Reads a number cell: `Ok(None)` when empty; `Err` with a plain reason when it is not a
/// number. Accepts full-width digits, `1,234,567` groups, a leading `'` and (by unit) `%`.
pub fn number(cell: &str, unit: Unit) -> Result<Option<f64>, String> {
    let norm = half_width(cell);
    let t = norm.trim();
    let t = t.strip_prefix('\'').unwrap_or(t).trim();
    if t.is_empty() {
        return Ok(None);
    }
    let (t, percent) = match t.strip_suffix('%') {
        Some(rest) if unit != Unit::Plain => (rest.trim_end(), true),
        Some(_) => return Err(format!("{} is not a number (no % here)", shown(cell))),
        None => (t, false),
    };
    let digits = ungroup(t).ok_or_else(|| not_a_number(cell))?;
    let x: f64 = digits.parse().map_err(|_| not_a_number(cell))?;
    if !x.is_finite() {
        return Err(not_a_number(cell));
    }
    Ok(Some(if percent && unit == Unit::Fraction {
        x / 100.0
    } else {
        x
    }))
}

fn shown(cell: &str) -> String {
    crate::model::problem::quote(cell)
}

fn not_a_number(cell: &str) -> String {
    format!("{} is not a number", shown(cell))
}

/// Removes thousands separators when they group digits by three (`1,234,567.5`); other commas
/// (a decimal comma such as `1,5`) make the cell unreadable rather than silently wrong.
fn ungroup(t: &str) -> Option<String> {
    if !t.contains(',') {
        return Some(t.to_string());
    }
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let int = int.strip_prefix(['-', '+']).unwrap_or(int);
    let mut groups = int.split(',');
    let first = groups.next()?;
    let ok_first = (1..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_digit());
    let ok_rest = groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    (ok_first && ok_rest && !frac.contains(',')).then(|| t.replace(',', ""))
}

/// A word of a fixed list as people write it: `Board majority` → `board-majority`.
pub fn word(cell: &str) -> String {
    cell.trim()
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Items of a list cell separated by `;`, `,`, `|` or spaces (`authentication; network`).
pub fn items(cell: &str) -> Vec<String> {
    cell.split(|c: char| matches!(c, ';' | ',' | '|') || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// Reads `JP:121210; KR:5` (also `JP=121210`, `,` between entries, full-width digits) into
/// code–number pairs; `Err` names the first entry that cannot be read.
pub fn country_map(cell: &str) -> Result<Vec<(String, f64)>, String> {
    let norm = half_width(cell).replace('：', ":").replace('；', ";");
    let mut entries = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = norm.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        // A comma followed by a letter separates entries; between digits it groups thousands.
        let separates = match c {
            ';' | '\n' => true,
            ',' => chars
                .get(i + 1..)
                .and_then(|rest| rest.iter().find(|n| !n.is_whitespace()))
                .is_some_and(|n| n.is_alphabetic()),
            _ => false,
        };
        if separates {
            entries.push(std::mem::take(&mut current));
        } else {
            current.push(*c);
        }
    }
    entries.push(current);
    let mut out = Vec::new();
    for e in entries.iter().map(|e| e.trim()).filter(|e| !e.is_empty()) {
        let Some((code, n)) = e.split_once([':', '=']) else {
            return Err(format!("{} is not \"CODE: records\"", shown(e)));
        };
        match number(n, Unit::Plain) {
            Ok(Some(x)) => out.push((code.trim().to_string(), x)),
            _ => return Err(format!("{} is not \"CODE: records\"", shown(e))),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_restored_exactly() {
        for (text, cell) in [
            ("=1+1", "'=1+1"),
            ("+81 3", "'+81 3"),
            ("-x", "'-x"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("'=x", "''=x"),
            ("''", "'''"),
            ("'tis", "'tis"),
            ("NAVER", "NAVER"),
            ("", ""),
        ] {
            assert_eq!(defuse(text), cell, "{text:?}");
            assert_eq!(undefuse(cell), text, "{cell:?}");
        }
    }

    #[test]
    fn numbers_are_read_the_way_people_type_them() {
        let p = |s| number(s, Unit::Percent);
        assert_eq!(p("64.5"), Ok(Some(64.5)));
        assert_eq!(p("６４．５"), Ok(Some(64.5)));
        assert_eq!(p(" ５０％ "), Ok(Some(50.0)));
        assert_eq!(p("'50"), Ok(Some(50.0)));
        assert_eq!(p(""), Ok(None));
        assert_eq!(number("１２３，４５６", Unit::Plain), Ok(Some(123456.0)));
        assert_eq!(number("1,234,567.5", Unit::Plain), Ok(Some(1234567.5)));
        assert_eq!(number("30%", Unit::Fraction), Ok(Some(0.3)));
        assert_eq!(number("－３", Unit::Plain), Ok(Some(-3.0)));
        assert!(number("1,5", Unit::Plain).is_err());
        assert!(number("12,34", Unit::Plain).is_err());
        assert!(number("5%", Unit::Plain).is_err());
        assert!(number("=1+1", Unit::Percent).is_err());
        assert!(number("NaN", Unit::Plain).is_err());
        assert!(number("inf", Unit::Plain).is_err());
    }

    #[test]
    fn words_lists_and_country_maps() {
        assert_eq!(word(" Board majority "), "board-majority");
        assert_eq!(word("communication_secret"), "communication-secret");
        assert_eq!(
            items("authentication; network,code"),
            ["authentication", "network", "code"]
        );
        assert_eq!(
            country_map("JP:121,210, KR = 5；US：７").unwrap(),
            [
                ("JP".into(), 121210.0),
                ("KR".into(), 5.0),
                ("US".into(), 7.0)
            ]
        );
        assert!(country_map("JP").is_err());
        assert!(country_map("JP: many").is_err());
        assert_eq!(country_map(" ").unwrap(), []);
    }
}
