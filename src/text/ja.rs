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
            "支配、エクスポージャー、損失の結果は、計算が進むにつれてここに表示されます。"
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
        Key::ColRate => "年間発生回数",
        Key::ColLabel => "説明",
        Key::Unspecified => "未指定",
        Key::Unrecorded => "未記録の株式（浮動株）",
        Key::RecordsByClass => "区分別件数",
        Key::RecordsByCountry => "国別件数",
        Key::ThreatRate => "年間の予想侵害回数",
        Key::ProblemsHeading => "問題点",
        Key::Skip => "結果へ移動",
        Key::EntitiesHint => {
            "会社、個人、国家、ファンド。IDは、他の一覧から各主体を参照するためのものです。IDを変更すると、すべての参照が更新されます。"
        }
        Key::HoldingsHint => {
            "誰が誰の株式をどれだけ保有しているか。議決権比率は、持株比率と異なる場合（種類株式など）にのみ入力してください。範囲は、株主名簿などで公表される持株比率の範囲です。"
        }
        Key::ControlRightsHint => "株式によらない支配：取締役の過半数の選任権、拒否権、契約など。",
        Key::LinksHint => {
            "どの委託先がどの委託元にサービスを提供し、委託元のシステムにどのようなアクセス権限を持ち、どの基盤を共有しているか。"
        }
        Key::DataHint => "漏えいし得るデータの区分：保管場所、その写しを取り扱う他の委託先、件数。",
        Key::ThreatsHint => {
            "侵害がどこで始まり、年に何回起こるか。発生率は仮定の値ですので、適宜編集してください。"
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
        Key::ColBand => "範囲（%）",
        Key::ColBandLow => "範囲の下限（%）",
        Key::ColBandHigh => "範囲の上限（%）",
        Key::ColP => "委託先 → 委託元の確率",
        Key::ColPBack => "委託元 → 委託先の確率",
        Key::ColCost => "1件あたりの費用",
        Key::ColCostLow => "1件あたりの費用（下限、5パーセンタイル）",
        Key::ColCostHigh => "1件あたりの費用（上限、95パーセンタイル）",
        Key::ColExposed => "到達時に流出する記録の割合",
        Key::DefaultValue => "既定値 {1}",
        Key::TotalRecords => "総件数：",
        Key::FieldTitle => "タイトル",
        Key::FieldCurrency => "通貨",
        Key::FieldDescription => "説明、出典、前提",
        Key::ChooseEntity => "主体を選択…",
        Key::UnknownEntity => "{1}（該当する主体がありません）",
        Key::Add => "追加",
        Key::AddTo => "{1}に追加",
        Key::RemoveItem => "{1}を外す",
        Key::NotANumber => {
            "{1}は数値ではありません。入力内容は残りますが、計算には使われません。数値を入力してください"
        }
        Key::NeedsNumber => "数値を入力してください",
        Key::NotWhole => "{1}は0以上の整数ではありません。0以上の整数を入力してください",
        Key::RangeNeedsBoth => "範囲の両端を入力するか、両方とも空欄にしてください",
        Key::IdEmpty => "空欄です。新しいIDを入力するまで、この主体には以前のIDが使われます",
        Key::IdInvalid => {
            "{1}は有効なIDではありません。英小文字・数字・「.」「_」「-」の1～64文字で、英小文字か数字で始めてください"
        }
        Key::IdTaken => "{1}はすでに{2}のIDとして使われています。IDは重複しないようにしてください",
        Key::CountriesUnreadable => {
            "各国を「国コード: 件数」の形で、「;」で区切って入力してください（JP: 121210; KR: 500）"
        }
        Key::CountryTwice => "{1}が2回入力されています。1つにまとめてください",
        Key::DeleteEntityQuestion => "{1}を削除しますか？",
        Key::DeleteEntityExplain => {
            "{1}件の項目がこの主体を参照しています。削除すると、以下のとおりそれらの項目も削除または変更されます。「元に戻す」で、すべて削除前の状態に戻せます。"
        }
        Key::DeleteWithItems => "削除して{1}件の項目を変更",
        Key::Cancel => "キャンセル",
        Key::RefHolding => "株式保有：{1}が{3}の{2}%を保有（削除）",
        Key::RefControl => "支配権：{1}が{3}に対して持つ{2}（削除）",
        Key::RefLink => "委託関係：{1}が{2}に提供する{3}（削除）",
        Key::RefData => "データ区分{1}：この主体が保有（削除）",
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
        Key::SetFloatAtom => "浮動株を株主に分けてモデル化する際の1人あたり保有比率（%）",
        Key::SetTrials => "モンテカルロ試行回数",
        Key::SetSeed => "乱数シード",
        Key::SetAccessP => "アクセス権限：{1}",
        Key::SetSharedP => "共有：{1}",
        Key::PropagationHint => {
            "侵害が各経路で委託関係を越える確率（0～1）。各委託関係は、個別に上書きしない限り、これらの経路の確率をnoisy-OR（独立な事象の和）で合成します。"
        }
        Key::SetCostModel => "費用モデル",
        Key::CostRangesHint => {
            "データ区分ごとの、流出した記録1件あたりの費用の90%範囲（{1}建て）。空欄の項目には表示中の既定値が使われます。"
        }
        Key::SetCostRange => "{1}：1件あたりの費用",
        Key::SetCostLow => "{1}：下限",
        Key::SetCostHigh => "{1}：上限",
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
        Key::AccessAdmin => "管理者権限",
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
        Key::CostPerRecord => "1件あたり費用（各範囲に基づく対数正規分布）",
        Key::CostDbir2015 => "DBIR 2015の近似式（1事象あたり）",
        Key::ToolbarLabel => "シナリオ操作",
        Key::Undo => "元に戻す",
        Key::Redo => "やり直す",
        Key::UndoTitle => "元に戻す（Ctrl+Z または ⌘Z）",
        Key::RedoTitle => "やり直す（Ctrl+Shift+Z、Ctrl+Y または ⌘⇧Z）",
        Key::Examples => "例",
        Key::LoadExample => "読み込む",
        Key::ExampleLy => "LINEヤフー（LY Corp.）の2023年の漏えい事案",
        Key::ExampleCrossHoldings => "株式持ち合いグループ",
        Key::ExampleVendorChain => "三層の委託先チェーン",
        Key::NoticeUndone => "元に戻しました。",
        Key::NoticeRedone => "やり直しました。",
        Key::NoticeLoaded => "シナリオを読み込みました。「元に戻す」で直前のシナリオに戻せます。",
        Key::Computing => "計算中…",
        Key::Cancelled => "計算を中止しました。結果はまだありません。",
        Key::CancelledStale => {
            "計算を中止しました。表示中の結果は、以前のシナリオに基づくものです。"
        }
        Key::ComputeAgain => "再計算",
        Key::ComputeFailed => "計算できませんでした：{1}",
        Key::InvalidNoResults => "結果を表示するには、以下の問題点を修正してください。",
        Key::InvalidStale => {
            "結果を更新するには、以下の問題点を修正してください。表示中の結果は、以前のシナリオに基づくものです。"
        }
        Key::Percent => "{1}%",
        Key::ListTwo => "{1}と{2}",
        Key::ListSep => "、",
        Key::FloatOf => "{1}の未記録の株式",
        Key::ThroughPart => "{1}を通じて",
        Key::NoneWord => "なし",
        Key::AnswersHeading => "概要",
        Key::QWhoControls => "{1}を支配しているのは誰か",
        Key::AControllerJoint => "{1}（{2}による共同支配）",
        Key::AControllerThrough => "{1}（{2}を通じて）",
        Key::AJoint => "{1}（共同支配）",
        Key::ANotHeld => "なし：シナリオ内にこの主体の株式を保有する者はいません",
        Key::ANobody => "なし：議決権の{1}を超えて保有する者はいません",
        Key::AContested => "特定できません：支配が競合しています",
        Key::ControlHeading => "支配",
        Key::ControlOf => "支配の対象",
        Key::RowController => "最終的な支配者",
        Key::RowJoint => "共同支配",
        Key::RowVetoes => "普通決議を否決できる者",
        Key::RowBlockers => "特別決議を否決できる者",
        Key::RowSpecial => "単独で特別決議を可決できる者",
        Key::CtlChain => "{1}は、{3}という連鎖を通じて{2}を支配しています。",
        Key::CtlByVotes => {
            "{1}は、自らが支配する主体の分と合わせて{3}の議決権の{2}を保有しており、可決要件の{4}を上回っています。"
        }
        Key::CtlByBoard => "{1}は{2}の取締役の過半数を選任できるため、{2}を支配しています。",
        Key::CtlByAgreement => "{1}は、支配権を与える契約に基づき{2}を支配しています。",
        Key::CtlNone => {
            "{1}を支配する保有者はいません。単独でも、自らが支配する主体の分と合わせても、議決権の{2}を超えて保有する者はいません。"
        }
        Key::CtlNotHeld => {
            "シナリオ内に{1}の株式または{1}に対する権利を持つ者がいないため、支配者はいません。"
        }
        Key::CtlCycle => {
            "{1}の支配は循環しています。{2}が互いに支配し合っているため、最終的な支配者はいません。"
        }
        Key::CtlNotNested => {
            "{1}の支配は競合しています。{2}者がそれぞれ{1}を支配しており、いずれも他を支配する関係にはありません。"
        }
        Key::CtlJoint => {
            "{1}は{2}を共同支配しています。それぞれ単独で{2}の決議を否決でき、合わせれば可決できます。"
        }
        Key::CtlVetoOne => {
            "{1}は{2}の普通決議を否決できます。{1}の側が{4}議決権の{3}を保有しているため、他の株主だけでは可決要件に達しません。"
        }
        Key::CtlVetoEach => {
            "{1}はそれぞれ{2}の普通決議を否決できます。いずれも自らの側で{4}議決権の{3}を保有しているため、他の株主だけでは可決要件に達しません。"
        }
        Key::CtlVetoRight => "{1}は拒否権により{2}の決議を否決できます。",
        Key::CtlSpecialBlock => {
            "{1}は{2}の特別決議を否決できます。特別決議には出席議決権の{3}が必要です。"
        }
        Key::CtlSpecialPasses => {
            "{1}は{3}の議決権の{2}を保有しており、単独で特別決議を可決できます。"
        }
        Key::CtlSpecialUpTo => {
            "{1}は{3}の議決権の{2}を保有しています。単独で特別決議を可決できるのは、出席率が{4}以下の場合に限られます。"
        }
        Key::WedgeTitle => "{1}の所有と支配",
        Key::WedgeDescription => {
            "最終的な保有者ごとに、キャッシュフローに対する持分（最終的所有）と支配権（{1}以上の連鎖における最弱リンク）を並べて示します。棒の差が所有と支配の乖離（ウェッジ）です。"
        }
        Key::WedgeInterest => "経済的持分",
        Key::WedgeControl => "支配権（最弱リンク）",
        Key::WedgeGap => "乖離（支配権 − 経済的持分）",
        Key::WedgeAxis => "{1}に対する割合",
        Key::WedgeDispersed => "分散保有",
        Key::WedgeBelow => "{1}未満",
        Key::WedgeMore => {
            "{1}が受け取る{3}のキャッシュフローは{2}ですが、最弱リンクで見ると議決権の{4}を支配しています。所有を上回る支配権です。"
        }
        Key::WedgeEqual => "{1}に対して経済的持分を上回る支配権を持つ最終的な保有者はいません。",
        Key::WedgeNoData => "{1}の株式を保有する者はいません。",
        Key::PowerTitle => "{1}における投票力",
        Key::PowerDescription => {
            "各直接保有者の票が決議を左右する頻度。シャープレイ＝シュービック指数はその保有者がピボット（可否を決める票）となる投票順序を、バンザフ指数はその保有者の離脱で可否が変わる提携を数えます。未記録の株式は、多数の小口株主として投票するものとします。"
        }
        Key::PowerBanzhaf => "バンザフ指数（正規化）",
        Key::PowerShapley => "シャープレイ＝シュービック指数",
        Key::PowerAxis => "投票力の割合",
        Key::PowerFloatRow => "{1}の未記録の株式（株主{2}名）",
        Key::PowerTop => {
            "{1}は{3}の議決権の{2}を保有し、投票順序の{4}でピボットとなります（シャープレイ＝シュービック指数。バンザフ指数では{5}）。"
        }
        Key::PowerFloatDecides => "未記録の株式は、合わせて投票順序の{1}でピボットとなります。",
        Key::PowerImproper => {
            "可決要件が議決権の半数を「超える」ではなく「以上」とされているため、対立する二つのグループがともに可決できてしまいます。これらの指数の解釈には注意してください。"
        }
        Key::PowerNoData => "{1}の株式を保有する者がいないため、評価する議決権はありません。",
        Key::LensTitle => "観点ごとの該当者",
        Key::LensDescription => "同じ保有者を、経済、支配、投票力、法令の各観点で並べて示します。",
        Key::LensColumn => "観点",
        Key::LensYes => "該当",
        Key::LensNo => "非該当",
        Key::LensCell => "{1}・{2}",
        Key::LensDisagree => {
            "観点によって{1}の評価が分かれます。{2}では該当しますが、{3}では該当しません。"
        }
        Key::LensAgree => "判定を示す観点は、すべての保有者について一致しています。",
        Key::LensNoData => "{1}の株式または{1}に対する権利を持つ者はいません。",
        Key::LensUltimate => "最終的所有",
        Key::LensIntegrated => "統合所有（直接および間接）",
        Key::LensMajorityChain => "過半数の連鎖による支配",
        Key::LensJoint => "共同支配",
        Key::LensVeto => "普通決議の否決",
        Key::LensSpecialBlocker => "特別決議の否決",
        Key::LensWeakestLink => "最弱リンクによる支配",
        Key::LensBanzhaf => "バンザフ指数",
        Key::LensShapley => "シャープレイ＝シュービック指数",
        Key::LensEuAmlr52 => "EU AMLR第52条（25%の所有）",
        Key::LensEuAmlr53 => "EU AMLR第53条（支配）",
        Key::LensOfac50 => "OFAC 50%ルール",
        Key::LensUkPsc => "英国PSC（25%超）",
        Key::LensJpOrdinary => "会社法（普通決議の可決）",
        Key::LensJpSpecial => "会社法（特別決議の可決）",
        Key::LensJpBlocking => "会社法（特別決議の否決、3分の1超）",
        Key::LensJpSubsidiary => "会社法（親会社、子会社の判定）",
        Key::LensFeftaForeign => "外為法（外国投資家、50%）",
        Key::LensFeftaNotification => "外為法（1%の事前届出）",
        Key::FlagsHeading => "指摘事項",
        Key::NoFlags => {
            "監督の逆転は見つかりませんでした。委託先も、委託先に影響力を持つ者も、その委託先がサービスを提供する委託元を支配・共同支配しておらず、拒否権も持っていません。"
        }
        Key::FlagControls => "{1}は{2}{3}を支配しています",
        Key::FlagJoint => "{1}は{2}{3}を共同支配しています",
        Key::FlagVeto => "{1}は{2}{3}に対して拒否権を持っています",
        Key::FlagThrough => "{1}を通じて",
        Key::FlagSentence => "{1}。同社は{2}を{3}{4}に委託しています。",
        Key::FlagVendorSubsidiary => "（{1}の子会社）",
        Key::FlagVendorJoint => "（{1}が共同支配）",
        Key::FlagVendorVeto => "（{1}が拒否権を保有）",
        Key::FlagServices => "業務",
        Key::FlagMeaning => {
            "監督の逆転：{1}は委託元として{2}を監督すべき立場にありますが、{2}の側が{1}に対して影響力を持っています。"
        }
        Key::InvertedSupervision => "監督の逆転",
        Key::DataTableSummary => "データ表",
        Key::DownloadSvg => "SVGをダウンロード",
        Key::DownloadPng => "PNGをダウンロード",
        Key::DownloadAs => "{1}（{2}）",
        Key::NetworkTitle => "ネットワーク",
        Key::NetworkDescription => {
            "所有者は、所有する主体の上に配置されます。実線の矢印は株式保有で、保有割合を表示します。破線は委託関係で、アクセス権限が大きいほど太く、基盤を共有している場合は二重線になります。"
        }
        Key::NetworkNoData => "主体を追加するとネットワークが表示されます。",
        Key::NetworkHint => {
            "主体を選択すると（クリック、またはTabキーで移動してEnterキー）、エディタ内の該当箇所を表示します。"
        }
        Key::NodeLabel => "{1}（{2}）",
        Key::ClearSelection => "選択を解除",
        Key::LegendOwnership => "株式保有",
        Key::LegendAccess => "委託関係（{1}）",
        Key::LegendShared => "共有基盤",
        Key::LegendBreachPath => "侵害経路",
        Key::LegendSelected => "選択中",
        Key::ColFrom => "始点",
        Key::ColTo => "終点",
        Key::ColRelation => "株式保有または委託業務",
        Key::ColOnPath => "侵害経路上",
        Key::FileToolsLabel => "ファイルと共有",
        Key::Open => "開く…",
        Key::OpenTitle => {
            "シナリオ（JSON）、CSV形式の一覧、またはBODSファイルを開きます。ファイルをページにドロップして開くこともできます"
        }
        Key::SaveJson => "JSONで保存",
        Key::ExportMenu => "エクスポート",
        Key::ExportCsv => "{1}（CSV）",
        Key::ExportBods => "所有関係（BODS 0.4）",
        Key::CopyLink => "共有リンクをコピー",
        Key::CopyEmbed => "埋め込みコードをコピー",
        Key::Print => "印刷",
        Key::LocalData => "ローカルデータ",
        Key::RestoreLastWork => "前回の作業を復元",
        Key::KeepThisOne => "このシナリオを使う",
        Key::ClearLocalData => "ローカルデータを消去",
        Key::ClearLocalQuestion => {
            "自動保存されたシナリオと退避した作業を、このブラウザから削除しますか？画面上のシナリオは、ページを閉じるまで残ります。"
        }
        Key::Dismiss => "閉じる",
        Key::MessagesLabel => "メッセージ",
        Key::LinkFailed => "アドレスのリンクを開けなかったため、代わりに{1}を表示しています。",
        Key::LinkFailedShows => "前回の作業",
        Key::LinkFailedDefault => "LINEヤフーの例",
        Key::TheLink => "開けなかったリンク（コピー・確認用）",
        Key::SavedUnreadable => {
            "自動保存された作業を開けなかったため、代わりにLINEヤフーの例を表示しています。"
        }
        Key::RestoreOffer => {
            "このページはリンクに含まれるシナリオを開きました。前回の作業（{1}）は、このブラウザに保存されています。"
        }
        Key::OpenFailed => "{1}を開けませんでした。シナリオは変更されていません。",
        Key::Opened => "{1}を開きました。「元に戻す」で直前のシナリオに戻せます。",
        Key::SavedWithNotes => "{1}を保存しました。含まれなかった内容：",
        Key::ProblemCount => "問題点（{1}件）：",
        Key::NoteCount => "注記（{1}件）：",
        Key::MoreProblems => "…ほか{1}件。",
        Key::LinkCopied => "リンクをコピーしました。",
        Key::EmbedCopied => "埋め込みコードをコピーしました。",
        Key::CopyByHand => {
            "ブラウザがコピーを許可しませんでした。下のテキストが選択されていますので、Ctrl+Cまたは⌘Cでコピーしてください。"
        }
        Key::TextToCopy => "コピーするテキスト",
        Key::LocalCleared => {
            "ローカルデータを消去しました。画面上のシナリオは残り、変更すると再び保存されます。"
        }
        Key::MemoryOnly => {
            "このブラウザでは、このページからデータを保存できません（プライベートウィンドウまたは埋め込み表示）。作業内容はページを閉じるまで保持されます。残しておくにはJSONファイルに保存してください。"
        }
        Key::LongLink => {
            "このリンクは{1}文字あります。メールやチャットのプログラムでは、2,000文字を超えるリンクが途中で切れることがあります。このシナリオを確実に共有するには、JSONファイルに保存してください。"
        }
        Key::TooLargeForLink => "このシナリオは大きすぎてリンクにできません：{1}",
        Key::DownloadJson => "JSONをダウンロード",
        Key::DropHere => {
            "シナリオ（JSON）、CSV形式の一覧、またはBODSファイルをドロップすると開きます"
        }
        Key::CsvQuestion => "{1}の取り込み",
        Key::CsvWhichList => "ファイルに含まれる一覧",
        Key::CsvHow => "取り込み方法",
        Key::CsvMerge => "統合：同じキーの項目はファイルの行で置き換え、その他の行は追加します",
        Key::CsvReplace => "置換：ファイルの行で一覧全体を置き換えます",
        Key::CsvImport => "取り込む",
        Key::OpenFullApp => "アプリ本体で開く",
        Key::NewTab => "（新しいタブで開きます）",
        Key::EmbedTitle => "Exposure：{1}",
        Key::PrintedOn => "印刷日：{1}",
        Key::PrintLink => "このシナリオへのリンク：",
        Key::NoLink => "なし（シナリオが大きすぎてリンクにできません）",
        Key::PrintInputs => "入力内容",
        Key::PrintNotes => "注記、出典、前提",
        Key::PrintValue => "値",
        Key::Yes => "はい",
        Key::No => "いいえ",
        Key::QAnnualLoss => "{1}で侵害が起きた場合の年間損失はいくらか",
        Key::QAnnualLossNone => "侵害による年間損失はいくらか",
        Key::AnsLoss => "年平均{1}",
        Key::AnsLossWhy => {
            "年間{1}回の侵害事象が予想され、1回あたり平均{2}件の記録が流出します。20年に1年は{3}を、100年に1年は{4}を超える損失が生じます。"
        }
        Key::AnsNoLoss => "年間損失なし：発生率が0を超える脅威がありません",
        Key::AnsNoLossWhy => {
            "侵害の費用を見積もるには、脅威（侵害がどこで始まり、年に何回起こるか）を追加してください。"
        }
        Key::QWhichLink => "最も重要な委託関係はどれか",
        Key::AnsNoLink => "なし：侵害を伝える委託関係はありません",
        Key::AnsNoLinkWhy => {
            "どの委託関係を一つ切断しても、侵害で流出する記録の件数は変わりません。"
        }
        Key::AnsLinkWhy => {
            "この委託関係を切断すると、侵害事象1回あたり平均{2}件流出する記録のうち{1}件が流出しなくなります（1回あたりの予想損失{4}のうち{3}）。"
        }
        Key::AnsLinkAlso => "{1}を切断しても、同じだけ減少します。",
        Key::ExposureHeading => "エクスポージャー",
        Key::LossHeading => "損失",
        Key::BasisThreats => {
            "数値は侵害事象1回あたりのもので、侵入口と発生率は脅威の設定どおりとしています（年間{1}回）。"
        }
        Key::BasisEvery => {
            "発生率が0を超える脅威がありません。数値は侵害事象1回あたりのもので、すべての主体が等しい確率で侵入口になるものとしています。年間損失は計算されません。"
        }
        Key::MethodExact => "すべての確率は厳密値です。",
        Key::MethodMc => "試行{1}回のモンテカルロ法による推定値です。±は標準誤差を示します。",
        Key::ReachTitle => "侵害事象が各主体に到達する確率",
        Key::ReachDescription => {
            "侵害が到達し得るすべての主体について、到達確率を0から1までの棒で示します。円は厳密値、ひげは標準誤差を示します。"
        }
        Key::ReachNoData => "到達し得る主体はありません。脅威または委託関係を追加してください。",
        Key::ReachAxis => "侵害事象1回あたりの確率",
        Key::ReachProbability => "確率",
        Key::ReachStdError => "±標準誤差",
        Key::ColMethod => "手法",
        Key::Exact => "厳密値",
        Key::MonteCarlo => "モンテカルロ法",
        Key::ReachSentence => "侵害事象は確率{2}で{1}に到達します（{3}）。",
        Key::ReachNot => "{1}に到達する侵害事象はありません。",
        Key::PathSentence => "最も可能性の高い侵入経路：{1}（確率{2}）。",
        Key::RecordsTitle => "侵害事象1回あたりの流出件数",
        Key::RecordsDescription => {
            "侵害事象1回で流出する各データ区分の予想件数を、区分別に、国別の積み上げで示します。"
        }
        Key::RecordsNoData => {
            "流出する記録はありません。侵害が到達し得る主体が保有するデータを追加してください。"
        }
        Key::RecordsAxis => "1事象あたりの予想流出件数",
        Key::ColCategory => "区分",
        Key::Total => "合計",
        Key::RecordsSentence => {
            "侵害事象1回で平均{1}件の記録が流出し、20回に1回は{2}件を超えます。"
        }
        Key::BlastTitle => "影響範囲：各主体を侵入口とした場合",
        Key::BlastDescription => {
            "各主体から侵入した侵害事象1回あたりの予想流出件数と予想損失を、大きい順に示します。"
        }
        Key::BlastNoData => "侵害されても記録が流出する主体はありません。",
        Key::BlastRecords => "1事象あたりの予想流出件数",
        Key::BlastLoss => "1事象あたりの予想損失",
        Key::ColEntity => "主体",
        Key::BlastSentence => {
            "{1}から侵入された場合が最も深刻です。1事象あたり{2}件が流出し、損失は{3}となります。"
        }
        Key::ChokeTitle => "チョークポイント：委託関係の切断による削減効果",
        Key::ChokeDescription => {
            "委託関係を一つ切断したときの、侵害事象1回あたりの予想流出件数の減少を、大きい順に示します。"
        }
        Key::ChokeNoData => "侵害を伝える委託関係はありません。",
        Key::ChokeAxis => "流出しなくなる1事象あたりの件数",
        Key::ChokeFall => "件数の減少",
        Key::ColLink => "委託関係",
        Key::DutiesHeading => "侵害時の報告・通知義務",
        Key::DutiesDetected => "期限は、{1}の覚知（漏えい等の事態を知った日）から起算しています。",
        Key::DutiesNoDate => {
            "期限の日付を表示するには、設定で覚知日（漏えい等の事態を知った日）を入力してください。"
        }
        Key::DutiesNone => "侵害により流出し得るデータには、報告・通知義務は適用されません。",
        Key::RuleAppi => "個人情報保護法（個人情報の保護に関する法律）",
        Key::RuleTelecom => "電気通信事業法",
        Key::RuleGdpr => "GDPR（EU・EEA）",
        Key::DutyOf => {
            "{1}は、{2}についてこの義務を負います（侵害事象の{3}で流出）。該当理由：{4}。"
        }
        Key::DoPreliminary => "個人情報保護委員会への速報",
        Key::DoFinal => "個人情報保護委員会への確報",
        Key::DoNotifyPersons => "本人への通知",
        Key::DoReport => "総務大臣への報告",
        Key::DoDetailed => "総務大臣への報告書の提出（詳細報告）",
        Key::DoNotifyAuthority => "監督機関への通知",
        Key::WithinHours => "{1}時間以内",
        Key::WithinDays => "{1}日以内",
        Key::WithinDayRange => "おおむね{1}～{2}日以内",
        Key::WithinPromptly => "速やかに",
        Key::DueBy => "{1}まで",
        Key::DueBetween => "{1}～{2}",
        Key::WhyUnauthorised => "不正アクセス",
        Key::WhySensitive => "要配慮個人情報",
        Key::WhyFinancial => "財産的被害のおそれ",
        Key::WhyOverThousand => "本人の数が1,000人超",
        Key::WhyCommSecrets => "通信の秘密",
        Key::WhyEu => "EU・EEAの居住者の情報",
        Key::WhyJpHolder => "日本の事業者による保有",
        Key::WhyJpResidents => "日本の居住者の情報",
        Key::FigAle => "年間予想損失額（ALE）",
        Key::FigVar95 => "バリュー・アット・リスク（VaR）95%：20年に1年はこれを超える損失",
        Key::FigVar99 => "バリュー・アット・リスク（VaR）99%：100年に1年はこれを超える損失",
        Key::FigTvar95 => "テールVaR 95%：20年に1度の最悪の年（上位5%）の平均損失",
        Key::PlusMinus => "{1} ± {2}",
        Key::LossSimulated => "{1}年分のシミュレーションによる結果です。±は標準誤差を示します。",
        Key::LossNormal => {
            "年間の事象数が非常に多いため、損失は厳密な平均と分散を用いた正規近似によっています。"
        }
        Key::ExceedTitle => "超過確率曲線",
        Key::ExceedDescription => {
            "年間損失が各金額を超える確率。実線：その年のすべての侵害の合計。破線：その年の最大の単一侵害。金額軸は対数目盛です。"
        }
        Key::ExceedNoData => {
            "描画する年間損失がありません。発生率が0を超える脅威を追加してください。"
        }
        Key::ExceedX => "年間損失",
        Key::ExceedY => "超過確率",
        Key::ExceedAggregate => "その年のすべての侵害",
        Key::ExceedLargest => "最大の単一侵害",
        Key::ColNote => "注記",
        Key::MarkVar95 => "VaR 95%",
        Key::MarkVar99 => "VaR 99%",
        Key::CostBandHeading => "費用モデルによる幅",
        Key::CostBandSentence => {
            "侵害事象1回あたりの予想損失は、1件あたり費用の範囲を用いると{1}、DBIR 2015の式を用いると{2}です。採用中のモデル：{3}。もう一方の値は、結果がこのモデル選択にどれだけ依存するかを示します。"
        }
        Key::TornadoTitleAle => "年間予想損失額を最も大きく動かす要因",
        Key::TornadoAxisAle => "年間予想損失額",
        Key::TornadoAxisRecords => "1事象あたりの予想流出件数",
        Key::ChokeLead => "最も重要な委託関係は{1}です。",
        Key::TornadoTitleRecords => "1事象あたりの予想流出件数を最も大きく動かす要因",
        Key::TornadoDescription => {
            "各入力を単独で−50%と+50%に変化させた感度分析。振れ幅の大きいものから順に上から示します。"
        }
        Key::TornadoNoData => "結果を動かす入力はありません。",
        Key::TornadoLow => "−50%",
        Key::TornadoHigh => "+50%",
        Key::TornadoSwing => "振れ幅",
        Key::TornadoBase => "基準値：{1}",
        Key::ColInput => "入力",
        Key::InLinkP => "{1} → {2}の確率",
        Key::InLinkPBack => "{2} → {1}の確率（逆方向）",
        Key::InThreatRate => "{1}での年間侵害回数",
        Key::InCostRange => "{1}の1件あたり費用",
        Key::TornadoSentence => {
            "最も影響が大きいのは{1}です。−50%から+50%の範囲で、結果は{2}から{3}まで変動します。"
        }
        Key::NoteDbirUsd => {
            "DBIR 2015の式は米ドル建てですが、このシナリオは{1}建てです。換算は行っていません。"
        }
        Key::NoteYearsCapped => {
            "事象数を一定以内に抑えるため、シミュレーションした年数は試行回数の設定より少なくなっています。"
        }
        Key::NoteForcedSweeps => "一部のチョークポイントの数値は、標準誤差付きの分割推定値です。",
        Key::MoreRows => "ほか{n}件はデータ表に記載しています。",
        Key::AssumedHeading => "想定した脅威",
        Key::AssumedThreat => "{1}：{3}で年{2}回。",
        Key::LanguageLabel => "言語",
        Key::DueWithin => "{1}（{2}）",
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
        // "{1}%": both languages write percent the same way (as Intl does).
        Key::Percent,
        // "VaR 95%": the abbreviation is used as it is in Japanese risk reports.
        Key::MarkVar95,
        Key::MarkVar99,
        // "−50%" and "+50%": only a number.
        Key::TornadoLow,
        Key::TornadoHigh,
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

    /// The fragments joined in Japanese word order give the sentence a reader expects (the
    /// LY case's flag, as `explain::flags` assembles it).
    #[test]
    fn fragments_join_in_japanese_word_order() {
        use crate::text::fill;
        let t = |k| japanese(k);
        let through = fill(t(Key::FlagThrough), &["Aホールディングス"]);
        let lead = fill(t(Key::FlagJoint), &["NAVER", &through, "LINEヤフー"]);
        let side = fill(t(Key::FlagVendorSubsidiary), &["NAVER"]);
        let names = fill(t(Key::ListTwo), &[&["A", "B"].join(t(Key::ListSep)), "C"]);
        assert_eq!(names, "A、BとC");
        assert_eq!(
            fill(
                t(Key::FlagSentence),
                &[&lead, "システム運用", "NAVER Cloud", &side]
            ),
            "NAVERはAホールディングスを通じてLINEヤフーを共同支配しています。\
             同社はシステム運用をNAVER Cloud（NAVERの子会社）に委託しています。"
        );
    }
}
