//! Japanese for the messages of opening files and links: the text encoding, share links, CSV
//! lists and BODS statements (`codec`). Patterns as in [`super::JA`].

/// English pattern → Japanese template, most specific first.
pub const JA: &[(&str, &str)] = &[
    // Text encoding and size (codec::text).
    (
        "{} is saved as UTF-16 (\"Unicode text\"); save the file as UTF-8 (CSV UTF-8 in Excel) and try again",
        "{1}はUTF-16（Unicodeテキスト）で保存されています。UTF-8（Excelでは「CSV UTF-8」）で保存し直してから、もう一度読み込んでください",
    ),
    (
        "{} is not UTF-8 text (line {} holds a byte that UTF-8 does not allow; Shift-JIS, as Japanese Excel saves by default, looks like this): save the file as UTF-8 (CSV UTF-8 in Excel) and try again",
        "{1}はUTF-8のテキストではありません（{2}行目にUTF-8では使えないバイトがあります。日本語版Excelが既定で保存するShift-JISのファイルがこれに当たります）。UTF-8（Excelでは「CSV UTF-8」）で保存し直してから、もう一度読み込んでください",
    ),
    (
        "{} is {} MB; files larger than {} MB are refused",
        "{1}は{2}MBあります。{3}MBを超えるファイルは読み込めません",
    ),
    // Share links (codec::link).
    (
        "the scenario is {} KB of JSON, too large for a link (at most {} KB); save it as a JSON file instead",
        "シナリオはJSONで{1}KBあり、リンクにするには大きすぎます（上限{2}KB）。代わりにJSONファイルとして保存してください",
    ),
    (
        "this is far longer than any Exposure link; refused",
        "Exposureのリンクとしては長すぎるため、開きません",
    ),
    (
        "no Exposure link found; a link looks like https://…/#s=1z.… (paste all of it)",
        "Exposureのリンクが見つかりません。リンクは https://…/#s=1z.… の形です（全体を貼り付けてください）",
    ),
    (
        "this link was made by a newer version of Exposure (link format {}; this version opens format {}); open it with the newer version",
        "このリンクは新しいバージョンのExposureで作成されています（リンク形式{1}。このバージョンで開けるのは形式{2}です）。新しいバージョンで開いてください",
    ),
    (
        "this link was made by a newer version of Exposure (its link format number is too large for this version); open it with the newer version",
        "このリンクは新しいバージョンのExposureで作成されています（リンク形式の番号がこのバージョンには大きすぎます）。新しいバージョンで開いてください",
    ),
    (
        "this is not an Exposure link (it does not start with 1z. or 1j.)",
        "Exposureのリンクではありません（「1z.」または「1j.」で始まっていません）",
    ),
    (
        "this link uses an encoding this version does not know ({}); it may come from a newer version of Exposure",
        "このリンクは、このバージョンが対応していない符号化方式（{1}）を使っています。新しいバージョンのExposureで作成された可能性があります",
    ),
    (
        "this link is damaged: it has extra characters at its end",
        "このリンクは壊れています。末尾に余分な文字があります",
    ),
    (
        "this link is damaged: it has extra parts at its end",
        "このリンクは壊れています。末尾に余分な部分があります",
    ),
    (
        "this link is damaged: its checksum does not match (characters were changed or lost, or it was cut off); copy the whole link again",
        "このリンクは壊れています。チェックサムが一致しません（文字が変わったか欠けたか、途中で切れています）。リンク全体をもう一度コピーしてください",
    ),
    (
        "this link is damaged: its payload is not valid base64url",
        "このリンクは壊れています。データ部分が正しいbase64urlではありません",
    ),
    (
        "this link is damaged: its content is not UTF-8 text",
        "このリンクは壊れています。中身がUTF-8のテキストではありません",
    ),
    (
        "this link does not hold a scenario: its content is not valid JSON ({})",
        "このリンクにはシナリオが含まれていません。中身が正しいJSONではありません（{1}）",
    ),
    (
        "this link is incomplete: its end is missing (it was probably cut off when it was copied or sent); copy the whole link again",
        "このリンクは不完全です。末尾が欠けています（コピーや送信の際に途中で切れた可能性があります）。リンク全体をもう一度コピーしてください",
    ),
    (
        "this link would open to more than {} KB of data; refused",
        "このリンクは展開すると{1}KBを超えるデータになるため、開きません",
    ),
    (
        "this link is incomplete: its compressed data ends too early",
        "このリンクは不完全です。圧縮データが途中で終わっています",
    ),
    (
        "this link is damaged: its compressed data is not valid",
        "このリンクは壊れています。圧縮データが正しくありません",
    ),
    // CSV lists (codec::csv).
    (
        "the file is empty; the first row must name the columns",
        "ファイルが空です。1行目に列名を記載してください",
    ),
    (
        "the header has {} columns; is this the right file?",
        "見出し行に{1}列あります。正しいファイルか確認してください",
    ),
    ("the column {} appears twice", "列{1}が重複しています"),
    (
        "the column {} is not known and is ignored",
        "列{1}は不明なため無視します",
    ),
    (
        "the header has no {} column; the first row names the columns: {}",
        "見出し行に列{1}がありません。1行目には次の列名を記載してください：{2}",
    ),
    (
        "more problems follow; the first {} are listed",
        "ほかにも問題があります。最初の{1}件を示しています",
    ),
    ("cannot read the file: {}", "ファイルを読み込めません：{1}"),
    ("cannot read: {}", "読み込めません：{1}"),
    (
        "more than {} rows; split the file",
        "{1}行を超えています。ファイルを分割してください",
    ),
    (
        "has {} cells but the header names {} columns",
        "セルが{1}個ありますが、見出し行の列は{2}列です",
    ),
    (
        "{} and {} go together: give both or neither",
        "{1}と{2}は組で指定します。両方を入力するか、両方とも空欄にしてください",
    ),
    (
        "{} is not a number (no % here)",
        "{1}は数値ではありません（%を付けずに入力してください）",
    ),
    ("{} is not a number", "{1}は数値ではありません"),
    (
        "{} is not \"CODE: records\"",
        "{1}は「国コード: 件数」の形ではありません",
    ),
    // BODS statements (codec::bods).
    (
        "more than {} statements; split the file",
        "ステートメントが{1}件を超えています。ファイルを分割してください",
    ),
    (
        "this is not BODS: expected a list of statements",
        "BODSではありません。ステートメントのリストが必要です",
    ),
    (
        "this is not BODS: not valid JSON ({})",
        "BODSではありません。正しいJSONではありません（{1}）",
    ),
    (
        "line {}: not valid JSON ({})",
        "{1}行目：正しいJSONではありません（{2}）",
    ),
    (
        "no name; the record id is used",
        "名称がないため、レコードIDを名称として使います",
    ),
    (
        "the name is longer than {} characters and was shortened",
        "名称が{1}文字を超えるため、短くしました",
    ),
    (
        "a party holding an interest in itself; skipped",
        "自らに持分を持つ当事者です。取り込みませんでした",
    ),
    (
        "its subject or interested party is unspecified or not among the entity and person statements; skipped",
        "対象または持分保有者が指定されていないか、法人・個人のステートメントの中にありません。取り込みませんでした",
    ),
    (
        "not a statement object",
        "ステートメントのオブジェクトではありません",
    ),
    (
        "neither recordType nor statementType; skipped",
        "recordTypeもstatementTypeもありません。取り込みませんでした",
    ),
    (
        "no recordId; skipped",
        "recordIdがありません。取り込みませんでした",
    ),
    (
        "a statement of type {} is not read by Exposure; skipped",
        "種類{1}のステートメントはExposureでは読み込みません。取り込みませんでした",
    ),
    (
        "the interest type {} is not modelled by Exposure; skipped",
        "持分の種類{1}はExposureでは扱いません。取り込みませんでした",
    ),
    (
        "this interest has ended (endDate); skipped",
        "この持分は終了しています（endDate）。取り込みませんでした",
    ),
    (
        "an indirect interest; Exposure computes indirect holdings from direct ones; skipped",
        "間接の持分です。Exposureは間接保有を直接保有から計算します。取り込みませんでした",
    ),
    (
        "a second shareholding of the same party in the same entity; skipped",
        "同じ当事者による同じ主体への二つ目の株式保有です。取り込みませんでした",
    ),
    (
        "no share percentage given; skipped",
        "持株比率がありません。取り込みませんでした",
    ),
    (
        "the share {} is not a percentage above 0 and up to 100; skipped",
        "持株比率{1}は、0%超100%以下の値ではありません。取り込みませんでした",
    ),
    (
        "{} is not a date written YYYY-MM-DD",
        "{1}はYYYY-MM-DD形式の日付ではありません",
    ),
    (
        "{} have no place in BODS and are left out",
        "{1}はBODSに対応する項目がないため、含めていません",
    ),
];
