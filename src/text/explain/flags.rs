//! Inverted supervision in plain words: who has power over the client, through whom, and how
//! the vendor it outsources to belongs to the same side ("NAVER Corp., through A Holdings
//! Corp., jointly controls LY Corp., which outsources system operations to NAVER Cloud Corp., a
//! subsidiary of NAVER Corp.").

use super::Words;
use crate::engine::view::FlagView;
use crate::text::Key;

/// The flag as one sentence, then what it means for supervision.
pub fn sentence(w: &Words, f: &FlagView) -> String {
    let via = w.name(&f.via);
    let lead_key = match f.relation.as_str() {
        "controls" => Key::FlagControls,
        "joint-control" => Key::FlagJoint,
        _ => Key::FlagVeto,
    };
    let through = if f.through.is_empty() {
        String::new()
    } else {
        w.f(Key::FlagThrough, &[&w.names(&f.through)])
    };
    let client = w.name(&f.client);
    let lead = w.f(lead_key, &[&via, &through, &client]);
    let vendor_side = match f.via_vendor.as_str() {
        "is-vendor" => String::new(),
        "controls" => w.f(Key::FlagVendorSubsidiary, &[&via]),
        "joint-control" => w.f(Key::FlagVendorJoint, &[&via]),
        _ => w.f(Key::FlagVendorVeto, &[&via]),
    };
    let service = if f.service.trim().is_empty() {
        w.t(Key::FlagServices).to_string()
    } else {
        f.service.clone()
    };
    let vendor = w.name(&f.vendor);
    let first = w.f(Key::FlagSentence, &[&lead, &service, &vendor, &vendor_side]);
    let meaning = w.f(Key::FlagMeaning, &[&client, &vendor]);
    w.sentences(&[first, meaning])
}
