//! Japanese, the catalogue's second column: the register of a risk, audit or legal report
//! (です・ます for sentences addressed to the user, noun phrases for labels). Fragments that
//! other texts join (`ListSep`, `ThroughPart`, `Flag…`) are written for Japanese word order.

use super::Key;

/// The Japanese text of a key.
pub fn japanese(key: Key) -> &'static str {
    match key {
        Key::AppName => "Exposure",
        Key::Tagline => {
            "実質的支配と漏えいの影響を、お使いのブラウザ内で計算します。入力した内容が外部に送信されることはありません。"
        }
        Key::UntitledScenario => "無題のシナリオ",
        Key::MoneyIn => "通貨",
        Key::ScenarioHeading => "シナリオ",
        Key::ResultsHeading => "結果",
        Key::ResultsPending => {
            "支配、影響範囲、損失の結果は、計算が進むにつれてここに表示されます。"
        }
        Key::EntitiesHeading => "主体",
        Key::HoldingsHeading => "株式保有",
        Key::ControlRightsHeading => "支配権",
        Key::LinksHeading => "委託関係",
        Key::DataHeading => "データ",
        Key::ThreatsHeading => "脅威",
        Key::NoneYet => "まだありません。",
        Key::ColId => "ID",
        Key::ColName => "名称",
        Key::ColKind => "種別",
        Key::ColCountry => "国",
        Key::ColHolder => "保有者",
        Key::ColTarget => "出資先",
        Key::ColPercent => "持株比率（%）",
        Key::ColVotes => "議決権比率（%）",
        Key::ColRight => "権利",
        Key::ColClient => "委託元",
        Key::ColVendor => "委託先",
        Key::ColService => "委託業務",
        Key::ColAccess => "アクセス権限",
        Key::ColShared => "共有基盤",
        Key::ColProcessors => "取扱委託先",
        Key::ColClass => "区分",
        Key::ColRecords => "件数",
        Key::ColByCountry => "国別件数",
        Key::ColEntry => "侵入口",
        Key::ColRate => "年間発生件数",
        Key::ColLabel => "説明",
        Key::Unspecified => "未指定",
        Key::Unrecorded => "未記録の株式（浮動株）",
        Key::RecordsByClass => "区分別件数",
        Key::RecordsByCountry => "国別件数",
        Key::ThreatRate => "年間の予想侵害件数",
        Key::ProblemsHeading => "問題点",
        Key::Skip => "結果へ移動",
        Key::EntitiesHint => {
            "会社、個人、国、ファンド。IDは他の一覧から各主体を参照するためのものです。IDを変更すると、すべての参照が更新されます。"
        }
        Key::HoldingsHint => {
            "誰が誰の株式をどれだけ保有しているか。議決権比率は持株比率と異なる場合（種類株式）にのみ入力してください。幅は株主名簿などで公表される範囲です。"
        }
        Key::ControlRightsHint => {
            "株式によらない支配：取締役の過半数の選任権、拒否権、または契約。"
        }
        Key::LinksHint => {
            "どの委託先がどの委託元にサービスを提供し、委託元のシステムにどのようなアクセス権限を持ち、どの基盤を共有しているか。"
        }
        Key::DataHint => "漏えいし得るデータの区分：保管場所、その写しを取り扱う他の委託先、件数。",
        Key::ThreatsHint => {
            "侵害がどこで始まり、年に何回起こるか。発生率は仮定ですので、適宜編集してください。"
        }
        Key::AddEntity => "主体を追加",
        Key::AddHolding => "株式保有を追加",
        Key::AddControlRight => "支配権を追加",
        Key::AddLink => "委託関係を追加",
        Key::AddData => "データ区分を追加",
        Key::AddThreat => "脅威を追加",
        Key::NewEntityName => "新しい主体{1}",
        Key::NewDataName => "新しいデータ区分{1}",
        Key::RowEntity => "主体{1}",
        Key::RowHolding => "株式保有{1}",
        Key::RowControl => "支配権{1}",
        Key::RowLink => "委託関係{1}",
        Key::RowData => "データ区分{1}",
        Key::RowThreat => "脅威{1}",
        Key::FieldOfRow => "{2}の{1}",
        Key::FieldSays => "{1}：{2}",
        Key::MoreFieldsOf => "{1}のその他の項目",
        Key::DeleteItem => "{1}を削除",
        Key::ColActions => "操作",
        Key::ColVendorClient => "委託先 → 委託元",
        Key::ColServiceAccess => "委託業務・アクセス権限",
        Key::ColNameId => "名称・ID",
        Key::CountriesPlaceholder => "JP: 121210; KR: 500",
        Key::ColControlled => "支配される主体",
        Key::ColTreasury => "自己株式（%）",
        Key::ColValue => "ネットワーク上の影響力の重み",
        Key::ColNotes => "注記、出典、前提",
        Key::ColBand => "幅（%）",
        Key::ColBandLow => "幅の下限（%）",
        Key::ColBandHigh => "幅の上限（%）",
        Key::ColP => "委託先 → 委託元の確率",
        Key::ColPBack => "委託元 → 委託先の確率",
        Key::ColCost => "1件あたりの費用",
        Key::ColCostLow => "1件あたりの費用（低位、5パーセンタイル）",
        Key::ColCostHigh => "1件あたりの費用（高位、95パーセンタイル）",
        Key::ColExposed => "到達時に流出する件数の割合",
        Key::DefaultValue => "既定値 {1}",
        Key::TotalRecords => "総件数：",
        Key::FieldTitle => "タイトル",
        Key::FieldCurrency => "通貨",
        Key::FieldDescription => "説明、出典、前提",
        Key::ChooseEntity => "主体を選択…",
        Key::UnknownEntity => "{1}（該当する主体がありません）",
        Key::Add => "追加",
        Key::AddTo => "{1}に追加",
        Key::RemoveItem => "{1}を除外",
        Key::NotANumber => {
            "{1}は数値ではありません。入力内容は残しますが、計算には使われません。数値を入力してください"
        }
        Key::NeedsNumber => "数値を入力してください",
        Key::NotWhole => "{1}は0以上の整数ではありません。0以上の整数を入力してください",
        Key::RangeNeedsBoth => "範囲の両端を入力するか、両方とも空欄にしてください",
        Key::IdEmpty => "空欄です。新しいIDを入力するまで、この主体は以前のIDのままです",
        Key::IdInvalid => {
            "{1}は有効なIDではありません。英小文字、数字、「.」「_」「-」を1～64文字で、英小文字か数字で始めて入力してください"
        }
        Key::IdTaken => "{1}はすでに{2}のIDです。IDは重複しないようにしてください",
        Key::CountriesUnreadable => {
            "各国を「国コード: 件数」の形で、「;」で区切って入力してください（JP: 121210; KR: 500）"
        }
        Key::CountryTwice => "{1}が2回入力されています。1回にまとめてください",
        Key::DeleteEntityQuestion => "{1}を削除しますか？",
        Key::DeleteEntityExplain => {
            "{1}件の項目がこの主体を参照しています。削除すると、以下のとおりそれらの項目も削除または変更されます。「元に戻す」ですべて復元できます。"
        }
        Key::DeleteWithItems => "削除して{1}件の項目を変更",
        Key::Cancel => "キャンセル",
        Key::RefHolding => "株式保有：{1}が{3}の{2}%を保有（削除）",
        Key::RefControl => "支配権：{1}が{3}に対して持つ{2}（削除）",
        Key::RefLink => "委託関係：{1}が{2}に提供する{3}（削除）",
        Key::RefData => "データ区分{1}、この主体が保管（削除）",
        Key::RefProcessor => "データ区分{1}：取扱委託先から除外",
        Key::RefThreat => "脅威：{1}（削除）",
        Key::SettingsHeading => "設定",
        Key::SettingsVoting => "議決",
        Key::SettingsMonteCarlo => "シミュレーション",
        Key::SettingsPropagation => "侵害が委託関係を伝わる仕組み",
        Key::SettingsCosts => "漏えいの費用",
        Key::SetQuota => "普通決議の可決要件（%）",
        Key::SetStrict => "可決要件を「超える」ことを要する（「以上」では足りない）",
        Key::SetSpecialQuota => "特別決議の可決要件（%）",
        Key::SetTurnout => "総議決権に対する出席率（%）",
        Key::SetWeakestLink => "最弱リンクの閾値（%）",
        Key::SetFloatAtom => "浮動株をモデル化する際の株主一人あたりの保有比率（%）",
        Key::SetTrials => "モンテカルロ試行回数",
        Key::SetSeed => "乱数シード",
        Key::SetAccessP => "アクセス権限：{1}",
        Key::SetSharedP => "共有：{1}",
        Key::PropagationHint => {
            "侵害が各経路で委託関係を越える確率（0～1）。各委託関係は、個別に上書きしない限り、これらの経路をnoisy-ORで合成します。"
        }
        Key::SetCostModel => "費用モデル",
        Key::CostRangesHint => {
            "区分ごとの、流出した記録1件あたりの費用の90%範囲（{1}）。空欄の項目には表示された既定値が使われます。"
        }
        Key::SetCostRange => "{1}：1件あたりの費用",
        Key::SetCostLow => "{1}：低位",
        Key::SetCostHigh => "{1}：高位",
        Key::KindCompany => "会社",
        Key::KindPerson => "個人",
        Key::KindState => "国家",
        Key::KindFund => "ファンド",
        Key::KindOther => "その他",
        Key::RightBoardMajority => "取締役の過半数の選任権",
        Key::RightVeto => "拒否権",
        Key::RightAgreement => "契約による支配",
        Key::AccessNone => "なし",
        Key::AccessRead => "読み取り",
        Key::AccessWrite => "書き込み",
        Key::AccessAdmin => "管理者",
        Key::SharedAuthentication => "共通認証基盤",
        Key::SharedNetwork => "ネットワーク",
        Key::SharedHosting => "ホスティング",
        Key::SharedCode => "ソースコード",
        Key::SharedList => "共有：{1}",
        Key::ClassPersonal => "個人情報",
        Key::ClassSensitive => "要配慮個人情報",
        Key::ClassCommunicationSecret => "通信の秘密",
        Key::ClassFinancial => "金融情報",
        Key::ClassEmployee => "従業員情報",
        Key::ClassBusinessPartner => "取引先情報",
        Key::ClassOther => "その他",
        Key::CostPerRecord => "1件あたり（各範囲からの対数正規分布）",
        Key::CostDbir2015 => "DBIR 2015の近似式（1事象あたり）",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::english;
    use std::collections::BTreeSet;

    /// Keys whose Japanese may equal the English: the product name, and texts made only of
    /// placeholders, codes and symbols that Japanese writes the same way.
    const SAME_AS_ENGLISH: &[Key] = &[
        // The product name stays in Latin letters.
        Key::AppName,
        // An example of the input syntax (ISO country codes, digits, ';'); the message
        // `CountriesUnreadable` quotes the same syntax.
        Key::CountriesPlaceholder,
        // "{1} ± {2}": a number and its standard error; only symbols.
        Key::PlusMinus,
    ];

    /// The placeholders of a text: `{1}`, `{2}`… and the literal `{n}`.
    fn placeholders(s: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut rest = s;
        while let Some(start) = rest.find('{') {
            let after = &rest[start + 1..];
            match after.find('}') {
                Some(end) => {
                    let inner = &after[..end];
                    if inner == "n"
                        || (!inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()))
                    {
                        out.insert(inner.to_string());
                    }
                    rest = &after[end + 1..];
                }
                None => break,
            }
        }
        out
    }

    #[test]
    fn every_key_has_non_empty_japanese() {
        for k in Key::ALL {
            assert!(!japanese(*k).trim().is_empty(), "{k:?}");
        }
    }

    #[test]
    fn placeholders_match_english() {
        for k in Key::ALL {
            assert_eq!(
                placeholders(japanese(*k)),
                placeholders(english(*k)),
                "{k:?}: {} / {}",
                japanese(*k),
                english(*k)
            );
        }
    }

    #[test]
    fn placeholders_are_found() {
        let p = placeholders("{2}の{1}、{n}件 {x} {");
        let want: BTreeSet<String> = ["1", "2", "n"].iter().map(|s| s.to_string()).collect();
        assert_eq!(p, want);
    }

    #[test]
    fn japanese_differs_from_english_outside_the_allow_list() {
        for k in Key::ALL {
            let same = japanese(*k) == english(*k);
            assert_eq!(same, SAME_AS_ENGLISH.contains(k), "{k:?}: {}", japanese(*k));
        }
    }

    #[test]
    fn no_space_before_percent_and_no_ascii_quotes() {
        for k in Key::ALL {
            let ja = japanese(*k);
            assert!(!ja.contains(" %"), "{k:?}: {ja}");
            assert!(!ja.contains('"'), "{k:?}: {ja}");
        }
    }
}
