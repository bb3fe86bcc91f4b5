//! The message catalogue: every string the app shows comes from here, looked up by key, so a
//! second language is a second column, not a change to any component. Pure: no browser code.

mod en;
pub mod explain;
mod ja;
pub mod problems;
mod words;

pub use en::english;
pub use ja::japanese;
pub use words::{Word, example_name};

/// Languages the app speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Ja,
}

impl Lang {
    /// Every language, in the order the switch lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The BCP 47 tag for `<html lang>`, `?lang=` and `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The language's own name, as the switch shows it (never translated).
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
        }
    }

    /// The language a tag asks for (`ja`, `ja-JP`, `EN-us`), if the app speaks it.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The first language of a list of preferences (the browser's `navigator.languages`) that
    /// the app speaks, else English.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::parse).unwrap_or_default()
    }
}

/// Declares the keys once, with their English text; other languages match on the same enum,
/// so the compiler refuses a catalogue that misses a key.
macro_rules! catalogue {
    ($($key:ident => $en:literal,)+) => {
        /// A user-visible string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key,)+ }

        impl Key {
            /// Every key, for tests that check each language covers all of them.
            pub const ALL: &'static [Key] = &[$(Key::$key,)+];
        }

        pub(crate) fn english_table(key: Key) -> &'static str {
            match key { $(Key::$key => $en,)+ }
        }
    };
}

catalogue! {
    AppName => "Exposure",
    Tagline => "Effective control and breach impact, computed in your browser. Nothing you enter leaves it.",
    UntitledScenario => "Untitled scenario",
    MoneyIn => "Money in",
    ScenarioHeading => "Scenario",
    ResultsHeading => "Results",
    ResultsPending => "Control, exposure and loss results appear here as the calculator computes them.",
    EntitiesHeading => "Entities",
    HoldingsHeading => "Holdings",
    ControlRightsHeading => "Control rights",
    LinksHeading => "Vendor links",
    DataHeading => "Data",
    ThreatsHeading => "Threats",
    NoneYet => "None yet.",
    ColId => "Id",
    ColName => "Name",
    ColKind => "Kind",
    ColCountry => "Country",
    ColHolder => "Holder",
    ColTarget => "Held entity",
    ColPercent => "Equity %",
    ColVotes => "Votes %",
    ColRight => "Right",
    ColClient => "Client",
    ColVendor => "Vendor",
    ColService => "Service",
    ColAccess => "Access",
    ColShared => "Shared",
    ColProcessors => "Processors",
    ColClass => "Class",
    ColRecords => "Records",
    ColByCountry => "By country",
    ColEntry => "Entry",
    ColRate => "Events a year",
    ColLabel => "Description",
    Unspecified => "unspecified",
    Unrecorded => "Unrecorded shares (free float)",
    RecordsByClass => "Records by class",
    RecordsByCountry => "Records by country",
    ThreatRate => "Expected breach events a year",
    ProblemsHeading => "Problems",
    Skip => "Skip to the results",
    // Editor: lists and their hints
    EntitiesHint => "Companies, people, states and funds. Ids are how the other lists refer to them; renaming an id updates every reference.",
    HoldingsHint => "Who holds what share of whom. Votes only when they differ from equity (dual-class shares); the band is the range a register publishes.",
    ControlRightsHint => "Control without shares: appointing most of the board, a veto, or a contract.",
    LinksHint => "Which vendor serves which client, with what access to its systems and which infrastructure both share.",
    DataHint => "Categories of data that can leak: where they are stored, who else processes copies, how many records.",
    ThreatsHint => "Where a breach starts and how often a year. The rates are assumptions: edit them.",
    AddEntity => "Add entity",
    AddHolding => "Add holding",
    AddControlRight => "Add control right",
    AddLink => "Add vendor link",
    AddData => "Add data category",
    AddThreat => "Add threat",
    NewEntityName => "New entity {1}",
    NewDataName => "New data category {1}",
    RowEntity => "entity {1}",
    RowHolding => "holding {1}",
    RowControl => "control right {1}",
    RowLink => "vendor link {1}",
    RowData => "data category {1}",
    RowThreat => "threat {1}",
    FieldOfRow => "{1}, {2}",
    // {2} is a validation message: the page's filler puts it into the reader's language.
    FieldSays => "{1}: {2}",
    MoreFieldsOf => "More fields of {1}",
    DeleteItem => "Delete {1}",
    ColActions => "Actions",
    ColVendorClient => "Vendor → client",
    ColServiceAccess => "Service · access",
    ColNameId => "Name · id",
    CountriesPlaceholder => "JP: 121210; KR: 500",
    ColControlled => "Controlled entity",
    ColTreasury => "Treasury shares %",
    ColValue => "Weight in network power",
    ColNotes => "Notes, sources, assumptions",
    ColBand => "Band %",
    ColBandLow => "Band from %",
    ColBandHigh => "Band to %",
    ColP => "Probability vendor → client",
    ColPBack => "Probability client → vendor",
    ColCost => "Cost per record",
    ColCostLow => "Cost per record, low (5th percentile)",
    ColCostHigh => "Cost per record, high (95th percentile)",
    ColExposed => "Share of records exposed when reached",
    DefaultValue => "default {1}",
    TotalRecords => "Total records:",
    FieldTitle => "Title",
    FieldCurrency => "Currency",
    FieldDescription => "Description, sources and assumptions",
    ChooseEntity => "Choose an entity…",
    UnknownEntity => "{1} (no such entity)",
    Add => "Add",
    AddTo => "Add to {1}",
    RemoveItem => "Remove {1}",
    // Messages of fields whose text is not in the scenario yet
    NotANumber => "{1} is not a number; it is kept here but not used",
    NeedsNumber => "needs a number",
    NotWhole => "{1} is not a whole number from 0 up",
    RangeNeedsBoth => "give both ends of the range, or leave both empty",
    IdEmpty => "is empty; the entity keeps its old id until you type a new one",
    IdInvalid => "{1} is not a valid id: use 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
    IdTaken => "{1} is already the id of {2}; ids must be unique",
    CountriesUnreadable => "write each country as CODE: records, separated by ';' (JP: 121210; KR: 500)",
    CountryTwice => "{1} is listed twice",
    // Deleting an entity that others refer to
    DeleteEntityQuestion => "Delete {1}?",
    DeleteEntityExplain => "{1} items refer to it. Deleting it deletes or changes them too, as listed. Undo brings everything back.",
    DeleteWithItems => "Delete it and change {1} items",
    Cancel => "Cancel",
    RefHolding => "Holding: {1} holds {2}% of {3} (deleted)",
    RefControl => "Control right: {1}, {2}, over {3} (deleted)",
    RefLink => "Vendor link: {1} serves {2}, {3} (deleted)",
    RefData => "Data category {1}, stored by it (deleted)",
    RefProcessor => "Data category {1}: taken off its processors",
    RefThreat => "Threat: {1} (deleted)",
    // Settings
    SettingsHeading => "Settings",
    SettingsVoting => "Voting",
    SettingsMonteCarlo => "Simulation",
    SettingsPropagation => "How a compromise travels along a link",
    SettingsCosts => "Cost of a leak",
    SetQuota => "Ordinary resolution quota %",
    SetStrict => "The quota must be exceeded, not only met",
    SetSpecialQuota => "Special resolution quota %",
    SetTurnout => "Turnout % of all votes",
    SetWeakestLink => "Weakest-link threshold %",
    SetFloatAtom => "Float modelled as holders of % each",
    SetTrials => "Monte Carlo trials",
    SetSeed => "Random seed",
    SetAccessP => "Access: {1}",
    SetSharedP => "Shared: {1}",
    PropagationHint => "Probability that a compromise crosses a link through each mechanism (0 to 1); a link combines its mechanisms by noisy-OR unless it overrides them.",
    SetCostModel => "Cost model",
    CostRangesHint => "90% range of the cost of one exposed record per class, in {1}. Empty fields use the default shown.",
    SetCostRange => "{1}: cost per record",
    SetCostLow => "{1}: low",
    SetCostHigh => "{1}: high",
    // Words of the scenario format
    KindCompany => "company",
    KindPerson => "person",
    KindState => "state",
    KindFund => "fund",
    KindOther => "other",
    RightBoardMajority => "appoints most of the board",
    RightVeto => "veto",
    RightAgreement => "control by agreement",
    AccessNone => "none",
    AccessRead => "read",
    AccessWrite => "write",
    AccessAdmin => "admin",
    SharedAuthentication => "authentication",
    SharedNetwork => "network",
    SharedHosting => "hosting",
    SharedCode => "code",
    SharedList => "shared {1}",
    ClassPersonal => "personal",
    ClassSensitive => "sensitive",
    ClassCommunicationSecret => "secrets of communication",
    ClassFinancial => "financial",
    ClassEmployee => "employees",
    ClassBusinessPartner => "business partners",
    ClassOther => "other",
    CostPerRecord => "per record (lognormal from each range)",
    CostDbir2015 => "DBIR 2015 fit (per event)",
    // Toolbar
    ToolbarLabel => "Scenario",
    Undo => "Undo",
    Redo => "Redo",
    UndoTitle => "Undo (Ctrl+Z or ⌘Z)",
    RedoTitle => "Redo (Ctrl+Shift+Z, Ctrl+Y or ⌘⇧Z)",
    Examples => "Example",
    LoadExample => "Load",
    ExampleLy => "LY Corp. 2023 leak",
    ExampleCrossHoldings => "Cross-shareholding group",
    ExampleVendorChain => "Three-tier vendor chain",
    NoticeUndone => "Undone.",
    NoticeRedone => "Redone.",
    NoticeLoaded => "Scenario loaded. Undo brings back the one before it.",
    // Computation
    Computing => "Computing…",
    Cancelled => "Stopped. No results yet.",
    CancelledStale => "Stopped. The results shown are for an earlier version of the scenario.",
    ComputeAgain => "Compute again",
    ComputeFailed => "Could not compute: {1}",
    InvalidNoResults => "Fix the problems below to see results.",
    InvalidStale => "Fix the problems below to update the results; those shown are for an earlier version.",
    // Results: shared words
    Percent => "{1}%",
    ListTwo => "{1} and {2}",
    ListSep => ", ",
    FloatOf => "unrecorded shares of {1}",
    ThroughPart => " through {1}",
    NoneWord => "none",
    // Results: the answers at the top
    AnswersHeading => "At a glance",
    QWhoControls => "Who controls {1}?",
    AControllerJoint => "{1}, jointly controlled by {2}",
    AControllerThrough => "{1}, through {2}",
    AJoint => "{1}, jointly",
    ANotHeld => "Nobody: no one in the scenario holds shares of it",
    ANobody => "Nobody: no holder has more than {1} of its votes",
    AContested => "Nobody for certain: control is contested",
    // Results: control
    ControlHeading => "Control",
    ControlOf => "Control of",
    RowController => "Ultimate controller",
    RowJoint => "Joint control",
    RowVetoes => "Can block ordinary resolutions",
    RowBlockers => "Can block special resolutions",
    RowSpecial => "Passes special resolutions alone",
    CtlChain => "{1} controls {2} along the chain {3}.",
    CtlByVotes => "{1} holds {2} of the votes of {3} with what it controls, more than the {4} that pass a resolution.",
    CtlByBoard => "{1} controls {2}: it appoints most of its board.",
    CtlByAgreement => "{1} controls {2} under an agreement that gives it control.",
    CtlNone => "No holder controls {1}: none has more than {2} of its votes, alone or with what it controls.",
    CtlNotHeld => "Nobody in the scenario holds shares of {1} or a right over it, so it has no controller here.",
    CtlCycle => "Control of {1} is circular: {2} control each other, so it has no ultimate controller.",
    CtlNotNested => "Control of {1} is contested: {2} parties each control it without one controlling the others.",
    CtlJoint => "{1} jointly control {2}: each can block its resolutions, and together they pass them.",
    CtlVetoOne => "{1} can block ordinary resolutions of {2}: its side holds {3} of the votes{4}, so the others cannot reach the quota.",
    CtlVetoEach => "{1} can each block ordinary resolutions of {2}: the side of each holds {3} of the votes{4}, so the others cannot reach the quota.",
    CtlVetoRight => "{1} can block resolutions of {2} with a veto right.",
    CtlSpecialBlock => "{1} can block special resolutions of {2}, which need {3} of the votes present.",
    CtlSpecialPasses => "{1} holds {2} of the votes of {3}: enough to pass special resolutions alone.",
    CtlSpecialUpTo => "{1} holds {2} of the votes of {3}: it passes special resolutions alone only when turnout is at most {4}.",
    WedgeTitle => "Ownership and control of {1}",
    WedgeDescription => "For each ultimate holder: its share of the cash flow (ultimate ownership) beside its control rights (the weakest link of its chains of at least {1}). The gap between the bars is the wedge between ownership and control.",
    WedgeInterest => "Economic interest",
    WedgeControl => "Control rights (weakest link)",
    WedgeGap => "Wedge (control − interest)",
    WedgeAxis => "Share of {1}",
    WedgeDispersed => "dispersed",
    WedgeBelow => "below {1}",
    WedgeMore => "{1} receives {2} of the cash flow of {3} but holds {4} of its votes along its weakest link: control rights beyond ownership.",
    WedgeEqual => "No ultimate holder has more control rights over {1} than economic interest in it.",
    WedgeNoData => "Nobody holds shares of {1}.",
    PowerTitle => "Voting power at {1}",
    PowerDescription => "How often each direct holder's vote decides a resolution: Shapley–Shubik counts the voting orders in which it is pivotal, Banzhaf the coalitions it swings. Unrecorded shares vote as many small holders.",
    PowerBanzhaf => "Banzhaf (normalised)",
    PowerShapley => "Shapley–Shubik",
    PowerAxis => "Share of voting power",
    PowerFloatRow => "unrecorded shares of {1} ({2} holders)",
    PowerTop => "{1} holds {2} of the votes of {3} and is pivotal in {4} of voting orders (Shapley–Shubik; Banzhaf {5}).",
    PowerFloatDecides => "The unrecorded shares together are pivotal in {1}.",
    PowerImproper => "The quota is met rather than exceeded at half the votes, so two opposing groups could both win: read these indices with care.",
    PowerNoData => "Nobody holds shares of {1}, so there is no vote to weigh.",
    LensTitle => "Who counts under each lens",
    LensDescription => "The same holders under the economic, control, voting-power and legal lenses side by side.",
    LensColumn => "Lens",
    LensYes => "yes",
    LensNo => "no",
    LensCell => "{1} · {2}",
    LensDisagree => "The lenses disagree on {1}: it counts under {2}, but not under {3}.",
    LensAgree => "The lenses that give a verdict agree on every holder.",
    LensNoData => "Nobody holds shares of {1} or a right over it.",
    LensUltimate => "Ultimate ownership",
    LensIntegrated => "Integrated ownership (direct and indirect)",
    LensMajorityChain => "Majority chain: controls",
    LensJoint => "Joint control",
    LensVeto => "Blocks ordinary resolutions",
    LensSpecialBlocker => "Blocks special resolutions",
    LensWeakestLink => "Weakest-link control",
    LensBanzhaf => "Banzhaf index",
    LensShapley => "Shapley–Shubik index",
    LensEuAmlr52 => "EU AMLR Art. 52: 25% ownership",
    LensEuAmlr53 => "EU AMLR Art. 53: control",
    LensOfac50 => "OFAC 50% rule",
    LensUkPsc => "UK PSC: over 25%",
    LensJpOrdinary => "Japan: passes ordinary resolutions",
    LensJpSpecial => "Japan: passes special resolutions",
    LensJpBlocking => "Japan: blocks special resolutions (over 1/3)",
    LensJpSubsidiary => "Japan: parent company (subsidiary test)",
    LensFeftaForeign => "FEFTA: foreign investor (50%)",
    LensFeftaNotification => "FEFTA: 1% prior notification",
    // Results: flags
    FlagsHeading => "Flags",
    NoFlags => "No inverted supervision found: no vendor, and no one with power over a vendor, controls, jointly controls or can veto a client it serves.",
    FlagControls => "{1}{2} controls {3}",
    FlagJoint => "{1}{2} jointly controls {3}",
    FlagVeto => "{1}{2} can veto {3}",
    FlagThrough => ", through {1},",
    FlagSentence => "{1}, which outsources {2} to {3}{4}.",
    FlagVendorSubsidiary => ", a subsidiary of {1}",
    FlagVendorJoint => ", which {1} controls jointly",
    FlagVendorVeto => ", which {1} can veto",
    FlagServices => "services",
    FlagMeaning => "Inverted supervision: {1} is meant to supervise {2}, but {2}'s side has power over {1}.",
    InvertedSupervision => "Inverted supervision",
    // Charts and the network diagram
    DataTableSummary => "Data table",
    DownloadSvg => "Download SVG",
    DownloadPng => "Download PNG",
    DownloadAs => "{1} ({2})",
    NetworkTitle => "Network",
    NetworkDescription => "Owners above what they own: solid arrows are holdings, labelled with the share; dashed lines are vendor links, heavier with more access, doubled where infrastructure is shared.",
    NetworkNoData => "Add entities to see the network.",
    NetworkHint => "Select an entity (click, or Tab to it and press Enter) to find it in the editor.",
    NodeLabel => "{1} ({2})",
    ClearSelection => "Clear selection",
    LegendOwnership => "holding",
    LegendAccess => "vendor link, {1}",
    LegendShared => "shared infrastructure",
    LegendBreachPath => "breach path",
    LegendSelected => "selected",
    ColFrom => "From",
    ColTo => "To",
    ColRelation => "Holding or service",
    ColOnPath => "On the breach path",
    // Files, links, embedding, local data
    FileToolsLabel => "Files and sharing",
    Open => "Open…",
    OpenTitle => "Open a scenario (JSON), a CSV list or a BODS file; you can also drop a file on the page",
    SaveJson => "Save JSON",
    ExportMenu => "Export",
    ExportCsv => "{1} (CSV)",
    ExportBods => "Ownership (BODS 0.4)",
    CopyLink => "Copy link",
    CopyEmbed => "Copy embed code",
    Print => "Print",
    LocalData => "Local data",
    RestoreLastWork => "Restore my last work",
    KeepThisOne => "Keep this one",
    ClearLocalData => "Clear local data",
    ClearLocalQuestion => "Remove the autosaved scenario and any work set aside from this browser? The scenario on screen stays until you close the page.",
    Dismiss => "Dismiss",
    MessagesLabel => "Messages",
    LinkFailed => "The link in the address could not be opened, so {1} is shown instead.",
    LinkFailedShows => "your last work",
    LinkFailedDefault => "the LY Corp. example",
    TheLink => "The link that failed (to copy or check)",
    SavedUnreadable => "Your autosaved work could not be opened; the LY Corp. example is shown instead.",
    RestoreOffer => "This page opened the scenario in its link. Your last work, {1}, is kept in this browser.",
    OpenFailed => "{1} was not opened; your scenario is unchanged.",
    Opened => "Opened {1}. Undo brings back the scenario before it.",
    SavedWithNotes => "Saved {1}. Left out:",
    ProblemCount => "Problems ({1}):",
    NoteCount => "Notes ({1}):",
    MoreProblems => "…and {1} more.",
    LinkCopied => "Link copied.",
    EmbedCopied => "Embed code copied.",
    CopyByHand => "The browser did not allow copying. The text is selected below: copy it with Ctrl+C or ⌘C.",
    TextToCopy => "Text to copy",
    LocalCleared => "Local data cleared. The scenario on screen stays; changing it saves it again.",
    MemoryOnly => "This browser does not let the page save here (a private or embedded window): your work lasts until the page is closed. Save a JSON file to keep it.",
    LongLink => "This link is {1} characters long. Mail and chat programs may cut links longer than 2,000 characters; save a JSON file to share this scenario safely.",
    TooLargeForLink => "This scenario is too large for a link: {1}",
    DownloadJson => "Download JSON",
    DropHere => "Drop a scenario (JSON), a CSV list or a BODS file to open it",
    CsvQuestion => "Import {1}",
    CsvWhichList => "The file holds the list of",
    CsvHow => "How",
    CsvMerge => "Merge: rows replace the items with the same key, other rows are added",
    CsvReplace => "Replace: the file's rows become the whole list",
    CsvImport => "Import",
    OpenFullApp => "Open in full app",
    NewTab => "(opens in a new tab)",
    EmbedTitle => "Exposure: {1}",
    PrintedOn => "Printed {1}",
    PrintLink => "Link to this scenario:",
    NoLink => "none (the scenario is too large for a link)",
    PrintInputs => "Inputs",
    PrintNotes => "Notes, sources and assumptions",
    PrintValue => "Value",
    Yes => "yes",
    No => "no",
    // Results: breach answers, exposure and loss panels
    QAnnualLoss => "What would a breach at {1} cost a year?",
    QAnnualLossNone => "What would breaches cost a year?",
    AnsLoss => "{1} a year on average",
    AnsLossWhy => "{1} breach events a year are expected; each exposes {2} records on average. One year in 20 loses more than {3}, one year in 100 more than {4}.",
    AnsNoLoss => "No annual loss: no threat has a rate above 0",
    AnsNoLossWhy => "Add a threat (where a breach starts and how often a year) to put a cost on breaches.",
    QWhichLink => "Which single link matters most?",
    AnsNoLink => "None: no vendor link carries a breach here",
    AnsNoLinkWhy => "Cutting any one link leaves the records a breach exposes unchanged.",
    AnsLinkWhy => "Cutting it removes {1} of the {2} records a breach event exposes on average ({3} of the {4} expected loss per event).",
    AnsLinkAlso => " Cutting {1} removes as much.",
    ExposureHeading => "Exposure",
    LossHeading => "Loss",
    BasisThreats => "Figures per breach event, entering as the threats say ({1} events a year).",
    BasisEvery => "No threat has a rate above 0: figures are per breach event with every entity equally likely to be the entry, and there is no annual loss.",
    MethodExact => "Every probability is exact.",
    MethodMc => "Monte Carlo with {1} trials; estimates carry ± one standard error.",
    ReachTitle => "Probability a breach event reaches each entity",
    ReachDescription => "Bars from 0 to 1 for every entity a breach can reach; a ring marks exact values, whiskers one standard error.",
    ReachNoData => "No entity can be reached: add a threat or a vendor link.",
    ReachAxis => "Probability per breach event",
    ReachProbability => "Probability",
    ReachStdError => "± standard error",
    ColMethod => "Method",
    Exact => "exact",
    MonteCarlo => "Monte Carlo",
    ReachSentence => "A breach event reaches {1} with probability {2} ({3}).",
    ReachNot => "No breach event reaches {1}.",
    PathSentence => "Most likely way in: {1}, with probability {2}.",
    RecordsTitle => "Records exposed per breach event",
    RecordsDescription => "Expected records of each data category one breach event exposes, by category and stacked by country.",
    RecordsNoData => "No records are exposed: add data held by entities a breach can reach.",
    RecordsAxis => "Expected records per event",
    ColCategory => "Category",
    Total => "Total",
    RecordsSentence => "A breach event exposes {1} records on average; one event in 20 exposes more than {2}.",
    BlastTitle => "Blast radius: each entity as the breach entry",
    BlastDescription => "Expected records and loss of one breach event entering at each entity, worst first.",
    BlastNoData => "No entity exposes records when breached.",
    BlastRecords => "Expected records per event",
    BlastLoss => "Expected loss per event",
    ColEntity => "Entity",
    BlastSentence => "A breach entering at {1} would be the worst: {2} records and {3} per event.",
    ChokeTitle => "Choke points: what cutting a link removes",
    ChokeDescription => "Fall in expected records per breach event when one vendor link is cut, largest first.",
    ChokeNoData => "No vendor link carries a breach.",
    ChokeAxis => "Records per event no longer exposed",
    ChokeFall => "Fall in records",
    ColLink => "Link",
    DutiesHeading => "Duties a breach triggers",
    DutiesDetected => "Dates counted from detection on {1}.",
    DutiesNoDate => "Set the detection date in the settings to see dates.",
    DutiesNone => "No notification duty applies to the data a breach can expose here.",
    RuleAppi => "APPI (Japan, Act on the Protection of Personal Information)",
    RuleTelecom => "Telecommunications Business Act (Japan)",
    RuleGdpr => "GDPR (EU/EEA)",
    DutyOf => "{1} owes it for {2}, exposed in {3} of breach events. Because: {4}.",
    DoPreliminary => "Preliminary report to the Personal Information Protection Commission",
    DoFinal => "Final report to the Personal Information Protection Commission",
    DoNotifyPersons => "Notify the persons concerned",
    DoReport => "Report to the Ministry of Internal Affairs and Communications",
    DoDetailed => "Detailed report to the Ministry of Internal Affairs and Communications",
    DoNotifyAuthority => "Notify the supervisory authority",
    WithinHours => "within {1} hours",
    WithinDays => "within {1} days",
    WithinDayRange => "within {1}–{2} days",
    WithinPromptly => "promptly",
    DueBy => "by {1}",
    DueBetween => "{1} to {2}",
    WhyUnauthorised => "unauthorised access",
    WhySensitive => "sensitive data",
    WhyFinancial => "risk of financial damage",
    WhyOverThousand => "more than 1,000 persons",
    WhyCommSecrets => "secrets of communication",
    WhyEu => "residents of the EU/EEA",
    WhyJpHolder => "held by a Japanese business",
    WhyJpResidents => "about residents of Japan",
    FigAle => "Expected annual loss (ALE)",
    FigVar95 => "Value at risk 95%: one year in 20 loses more",
    FigVar99 => "Value at risk 99%: one year in 100 loses more",
    FigTvar95 => "Tail value at risk 95%: the average of the worst year in 20",
    PlusMinus => "{1} ± {2}",
    LossSimulated => "From {1} simulated years; ± one standard error.",
    LossNormal => "So many events a year that the loss comes from a normal approximation with the exact mean and variance.",
    ExceedTitle => "Loss exceedance curves",
    ExceedDescription => "The chance that a year's loss is above each amount. Solid: all of a year's breaches together; dashed: the year's largest single breach. The money axis is logarithmic.",
    ExceedNoData => "No annual loss to draw: add a threat with a rate above 0.",
    ExceedX => "Loss in a year",
    ExceedY => "Probability of exceeding",
    ExceedAggregate => "All breaches in a year",
    ExceedLargest => "Largest single breach",
    ColNote => "Note",
    MarkVar95 => "VaR 95%",
    MarkVar99 => "VaR 99%",
    CostBandHeading => "Cost model band",
    CostBandSentence => "Expected loss of one breach event: {1} with the per-record cost ranges, {2} with the DBIR 2015 formula. In force: {3}; the other shows how much the answer rests on that choice.",
    TornadoTitleAle => "What moves the expected annual loss most",
    TornadoAxisAle => "Expected annual loss",
    TornadoAxisRecords => "Expected records per event",
    ChokeLead => "The single link that matters most: {1}.",
    TornadoTitleRecords => "What moves the expected records per event most",
    TornadoDescription => "Each input alone at −50% and +50% of its value, the widest swing on top.",
    TornadoNoData => "No input moves the result.",
    TornadoLow => "−50%",
    TornadoHigh => "+50%",
    TornadoSwing => "Swing",
    TornadoBase => "Base {1}",
    ColInput => "Input",
    InLinkP => "{1} → {2} probability",
    InLinkPBack => "{2} → {1} probability (back)",
    InThreatRate => "Breaches a year at {1}",
    InCostRange => "Cost per record of {1}",
    TornadoSentence => "{1} matters most: at −50% and +50% the result runs from {2} to {3}.",
    NoteDbirUsd => "The DBIR 2015 formula is in US dollars and this scenario is in {1}: no conversion is made.",
    NoteYearsCapped => "Fewer years were simulated than the trials setting, to keep the number of events bounded.",
    NoteForcedSweeps => "Some choke-point figures are split estimates with standard errors.",
    MoreRows => "{n} more are in the data table.",
    LanguageLabel => "Language",
    DueWithin => "{1}: {2}",
    AssumedHeading => "Threats assumed",
    AssumedThreat => "{1}: {2} a year at {3}.",
}

/// The text of `key` in `lang`.
pub fn text(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => english(key),
        Lang::Ja => japanese(key),
    }
}

/// Fills `{1}`, `{2}`… of a catalogue text with `args` (numbered, so a language can put them
/// in its own order). A placeholder without an argument stays as it is.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let arg = after
            .find('}')
            .and_then(|end| after[..end].parse::<usize>().ok().map(|n| (n, end)))
            .and_then(|(n, end)| Some((*args.get(n.checked_sub(1)?)?, end)));
        match arg {
            Some((a, end)) => {
                out.push_str(a);
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_non_empty_english() {
        for k in Key::ALL {
            assert!(!text(Lang::En, *k).trim().is_empty(), "{k:?}");
        }
    }

    #[test]
    fn languages_are_read_from_tags_and_preferences() {
        assert_eq!(Lang::parse("ja"), Some(Lang::Ja));
        assert_eq!(Lang::parse("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::parse("EN-us"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::preferred(["fr-FR", "ja", "en"]), Lang::Ja);
        assert_eq!(Lang::preferred(["de"]), Lang::En);
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.tag()), Some(l));
        }
    }

    #[test]
    fn fill_puts_arguments_in_their_numbered_places() {
        assert_eq!(fill("{2} of {1}", &["a", "b"]), "b of a");
        assert_eq!(fill("{1} {1}", &["x"]), "x x");
        assert_eq!(fill("{3} {x} {", &["a"]), "{3} {x} {");
        assert_eq!(
            fill("<{1}>", &["{2}"]),
            "<{2}>",
            "arguments are not filled again"
        );
    }
}
