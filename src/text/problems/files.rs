//! Japanese for the messages of opening files and links: the text encoding, share links, CSV
//! lists and BODS statements (`codec`). Patterns as in [`super::JA`].

/// English pattern → Japanese template, most specific first.
pub const JA: &[(&str, &str)] = &[
    // Text encoding and size (codec::text).
    (
        "{} is saved as UTF-16 (\"Unicode text\"); save the file as UTF-8 (CSV UTF-8 in Excel) and try again",
        "{1}は UTF-16（Unicode テキスト）で保存されています。UTF-8（Excel では CSV UTF-8）で保存し直してから読み込んでください",
    ),
    (
        "{} is not UTF-8 text (line {} holds a byte that UTF-8 does not allow; Shift-JIS, as Japanese Excel saves by default, looks like this): save the file as UTF-8 (CSV UTF-8 in Excel) and try again",
        "{1}は UTF-8 のテキストではありません（{2}行目に UTF-8 では使えないバイトがあります。日本語版 Excel が既定で保存する Shift-JIS はこうなります）。UTF-8（Excel では CSV UTF-8）で保存し直してから読み込んでください",
    ),
    (
        "{} is {} MB; files larger than {} MB are refused",
        "{1}は{2} MB あります。{3} MB を超えるファイルは読み込めません",
    ),
    // Share links (codec::link).
    (
        "the scenario is {} KB of JSON, too large for a link (at most {} KB); save it as a JSON file instead",
        "シナリオは JSON で{1} KB あり、リンクには大きすぎます（上限{2} KB）。JSON ファイルとして保存してください",
    ),
    (
        "this is far longer than any Exposure link; refused",
        "Exposure のリンクとしては長すぎるため、開きません",
    ),
    (
        "no Exposure link found; a link looks like https://…/#s=1z.… (paste all of it)",
        "Exposure のリンクが見つかりません。リンクは https://…/#s=1z.… の形です（全体を貼り付けてください）",
    ),
    (
        "this link was made by a newer version of Exposure (link format {}; this version opens format {}); open it with the newer version",
        "このリンクは新しいバージョンの Exposure で作られています（リンク形式{1}。このバージョンが開けるのは形式{2}です）。新しいバージョンで開いてください",
    ),
    (
        "this link was made by a newer version of Exposure (its link format number is too large for this version); open it with the newer version",
        "このリンクは新しいバージョンの Exposure で作られています（リンク形式の番号がこのバージョンには大きすぎます）。新しいバージョンで開いてください",
    ),
    (
        "this is not an Exposure link (it does not start with 1z. or 1j.)",
        "Exposure のリンクではありません（1z. か 1j. で始まっていません）",
    ),
    (
        "this link uses an encoding this version does not know ({}); it may come from a newer version of Exposure",
        "このリンクは、このバージョンが知らない符号化（{1}）を使っています。新しいバージョンの Exposure で作られたのかもしれません",
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
        "このリンクは壊れています。データ部分が正しい base64url ではありません",
    ),
    (
        "this link is damaged: its content is not UTF-8 text",
        "このリンクは壊れています。中身が UTF-8 のテキストではありません",
    ),
    (
        "this link does not hold a scenario: its content is not valid JSON ({})",
        "このリンクにはシナリオがありません。中身が正しい JSON ではありません（{1}）",
    ),
    (
        "this link is incomplete: its end is missing (it was probably cut off when it was copied or sent); copy the whole link again",
        "このリンクは不完全です。末尾が欠けています（コピーや送信の際に切れたのでしょう）。リンク全体をもう一度コピーしてください",
    ),
    (
        "this link would open to more than {} KB of data; refused",
        "このリンクは開くと{1} KB を超えるデータになるため、開きません",
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
        "ファイルが空です。1行目に列名を書いてください",
    ),
    (
        "the header has {} columns; is this the right file?",
        "見出し行に{1}列あります。ファイルは合っていますか？",
    ),
    ("the column {} appears twice", "列{1}が二度出てきます"),
    (
        "the column {} is not known and is ignored",
        "列{1}は不明なため無視します",
    ),
    (
        "the header has no {} column; the first row names the columns: {}",
        "見出し行に列{1}がありません。1行目には列名を書きます：{2}",
    ),
    (
        "more problems follow; the first {} are listed",
        "ほかにも問題があります。最初の{1}件を示しています",
    ),
    ("cannot read the file: {}", "ファイルを読めません：{1}"),
    ("cannot read: {}", "読めません：{1}"),
    (
        "more than {} rows; split the file",
        "{1}行を超えています。ファイルを分けてください",
    ),
    (
        "has {} cells but the header names {} columns",
        "セルが{1}個ありますが、見出し行の列は{2}個です",
    ),
    (
        "{} and {} go together: give both or neither",
        "{1}と{2}は組です。両方を入れるか、どちらも空にしてください",
    ),
    (
        "{} is not a number (no % here)",
        "{1}は数値ではありません（ここには%を付けません）",
    ),
    ("{} is not a number", "{1}は数値ではありません"),
    (
        "{} is not \"CODE: records\"",
        "{1}は「国コード: 件数」の形ではありません",
    ),
    // BODS statements (codec::bods).
    (
        "more than {} statements; split the file",
        "ステートメントが{1}件を超えています。ファイルを分けてください",
    ),
    (
        "this is not BODS: expected a list of statements",
        "BODS ではありません。ステートメントのリストが必要です",
    ),
    (
        "this is not BODS: not valid JSON ({})",
        "BODS ではありません。正しい JSON ではありません（{1}）",
    ),
    (
        "line {}: not valid JSON ({})",
        "{1}行目：正しい JSON ではありません（{2}）",
    ),
    (
        "no name; the record id is used",
        "名称がないため、レコード ID を使います",
    ),
    (
        "the name is longer than {} characters and was shortened",
        "名称が{1}文字を超えるため、短くしました",
    ),
    (
        "a party holding an interest in itself; skipped",
        "自らに持分を持つ当事者です。読み飛ばしました",
    ),
    (
        "its subject or interested party is unspecified or not among the entity and person statements; skipped",
        "対象か持分保有者が指定されていないか、法人・個人のステートメントにありません。読み飛ばしました",
    ),
    (
        "not a statement object",
        "ステートメントのオブジェクトではありません",
    ),
    (
        "neither recordType nor statementType; skipped",
        "recordType も statementType もありません。読み飛ばしました",
    ),
    (
        "no recordId; skipped",
        "recordId がありません。読み飛ばしました",
    ),
    (
        "a statement of type {} is not read by Exposure; skipped",
        "種類{1}のステートメントは Exposure では読みません。読み飛ばしました",
    ),
    (
        "the interest type {} is not modelled by Exposure; skipped",
        "持分の種類{1}は Exposure では扱いません。読み飛ばしました",
    ),
    (
        "this interest has ended (endDate); skipped",
        "この持分は終了しています（endDate）。読み飛ばしました",
    ),
    (
        "an indirect interest; Exposure computes indirect holdings from direct ones; skipped",
        "間接の持分です。Exposure は間接保有を直接保有から計算します。読み飛ばしました",
    ),
    (
        "a second shareholding of the same party in the same entity; skipped",
        "同じ当事者による同じ主体への二つ目の株式保有です。読み飛ばしました",
    ),
    (
        "no share percentage given; skipped",
        "持株比率がありません。読み飛ばしました",
    ),
    (
        "the share {} is not a percentage above 0 and up to 100; skipped",
        "持株比率{1}は0より大きく100以下の%ではありません。読み飛ばしました",
    ),
    (
        "{} is not a date written YYYY-MM-DD",
        "{1}は YYYY-MM-DD 形式の日付ではありません",
    ),
    (
        "{} have no place in BODS and are left out",
        "{1}は BODS に対応する項目がないため、含めません",
    ),
];
