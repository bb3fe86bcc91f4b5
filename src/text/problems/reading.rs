//! Japanese for the messages of reading a scenario: JSON that does not parse, and fields of the
//! wrong type, missing or unknown (`model::parse`). Patterns as in [`super::JA`].

/// English pattern → Japanese template, most specific first.
pub const JA: &[(&str, &str)] = &[
    (
        "the file is {} MB; scenarios larger than {} MB are refused",
        "ファイルは{1}MBあります。{2}MBを超えるシナリオは読み込めません",
    ),
    (
        "not valid JSON (line {}, column {}): {}",
        "正しいJSONではありません（{1}行目、{2}列目）：{3}",
    ),
    (
        "expected a scenario object, found {}",
        "シナリオのオブジェクトが必要ですが、{1}が指定されています",
    ),
    (
        "{} is not \"exposure-scenario\"; this is not an Exposure scenario",
        "{1}は「exposure-scenario」ではありません。Exposureのシナリオではありません",
    ),
    (
        "missing; an Exposure scenario says \"format\": \"exposure-scenario\"",
        "ありません。Exposureのシナリオでは、formatに「exposure-scenario」を指定します",
    ),
    (
        "version {} was written by a newer Exposure; this one reads version {}",
        "バージョン{1}は新しいExposureで作成されています。このExposureで読み込めるのはバージョン{2}です",
    ),
    (
        "{} is not a scenario version (expected {})",
        "{1}はシナリオのバージョンではありません（{2}を指定してください）",
    ),
    ("missing; expected {}", "ありません。{1}を指定してください"),
    (
        "missing; this field is required",
        "ありません。この項目は必須です",
    ),
    (
        "missing; say \"board-majority\", \"veto\" or \"agreement\"",
        "ありません。「board-majority」「veto」「agreement」のいずれかを指定してください",
    ),
    (
        "missing; say which class of data this is (personal, sensitive, …)",
        "ありません。データの区分（personal、sensitiveなど）を指定してください",
    ),
    ("unknown field, ignored", "不明な項目のため無視しました"),
    (
        "expected an object of country codes and numbers, found {}",
        "国コードと数値のオブジェクトが必要ですが、{1}が指定されています",
    ),
    (
        "expected an object, found {}",
        "オブジェクトが必要ですが、{1}が指定されています",
    ),
    (
        "expected a whole number ≥ 0, found {}",
        "0以上の整数が必要ですが、{1}が指定されています",
    ),
    (
        "expected true or false, found {}",
        "trueかfalseが必要ですが、{1}が指定されています",
    ),
    (
        "expected a list, found {}",
        "リストが必要ですが、{1}が指定されています",
    ),
    (
        "expected text, found {}",
        "テキストが必要ですが、{1}が指定されています",
    ),
    (
        "expected a number, found the text {} (remove the quotes)",
        "数値が必要ですが、テキスト{1}が指定されています（引用符を外してください）",
    ),
    (
        "expected a number, found {}",
        "数値が必要ですが、{1}が指定されています",
    ),
    (
        "expected one of {}, found {}",
        "{1}のいずれかが必要ですが、{2}が指定されています",
    ),
    ("{} is not one of {}", "{1}は{2}のいずれでもありません"),
    (
        "expected [low, high], found a list of {}",
        "[下限, 上限]の形が必要ですが、要素{1}個のリストが指定されています",
    ),
    (
        "expected [low, high], found {}",
        "[下限, 上限]の形が必要ですが、{1}が指定されています",
    ),
];

/// Values messages carry that are words, not data: JSON types, the file named, and the
/// messages of the JSON parser (serde_json), whole.
pub const WORDS: &[(&str, &str)] = &[
    ("a list", "リスト"),
    ("an object", "オブジェクト"),
    ("not a number", "数値でない値"),
    ("the file", "ファイル"),
    ("the CSV file", "CSVファイル"),
    ("the BODS file", "BODSファイル"),
    ("the scenario file", "シナリオファイル"),
    ("expected value", "値が必要です"),
    ("expected ident", "true、false、nullのいずれかが必要です"),
    ("expected `,` or `}`", "「,」か「}」が必要です"),
    ("expected `,` or `]`", "「,」か「]」が必要です"),
    ("expected `:`", "「:」が必要です"),
    ("EOF while parsing a value", "値の途中で終わっています"),
    (
        "EOF while parsing an object",
        "オブジェクトの途中で終わっています",
    ),
    ("EOF while parsing a list", "リストの途中で終わっています"),
    ("EOF while parsing a string", "文字列の途中で終わっています"),
    ("trailing characters", "末尾に余分な文字があります"),
    ("trailing comma", "末尾に余分な「,」があります"),
    ("key must be a string", "キーは文字列でなければなりません"),
    ("invalid escape", "エスケープが正しくありません"),
    ("invalid number", "数値が正しくありません"),
    ("number out of range", "数値が範囲外です"),
    ("recursion limit exceeded", "入れ子が深すぎます"),
    (
        "invalid unicode code point",
        "Unicodeの符号位置が正しくありません",
    ),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        "文字列の中に制御文字（\\u0000～\\u001F）があります",
    ),
    (
        "lone leading surrogate in hex escape",
        "対になっていないサロゲートがあります",
    ),
    (
        "unexpected end of hex escape",
        "16進エスケープが途中で終わっています",
    ),
];

/// Values that are themselves of a pattern (their parts are read again).
pub const VALUES: &[(&str, &str)] = &[
    ("the number {}", "数値{1}"),
    ("the text {}", "テキスト{1}"),
    ("{} at line {} column {}", "{2}行目、{3}列目：{1}"),
];
