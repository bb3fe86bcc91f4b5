//! The catalogue keys of the scenario's fixed words (kinds, access levels, classes…), so
//! choice lists show readable, translatable words while files keep the spec's spelling.

use super::Key;
use crate::model::{Access, ControlKind, CostModel, DataClass, EntityKind, Shared};

/// A value with a catalogue word.
pub trait Word: Copy {
    /// The key of this value's readable word.
    fn key(self) -> Key;
}

impl Word for EntityKind {
    fn key(self) -> Key {
        match self {
            EntityKind::Company => Key::KindCompany,
            EntityKind::Person => Key::KindPerson,
            EntityKind::State => Key::KindState,
            EntityKind::Fund => Key::KindFund,
            EntityKind::Other => Key::KindOther,
        }
    }
}

impl Word for ControlKind {
    fn key(self) -> Key {
        match self {
            ControlKind::BoardMajority => Key::RightBoardMajority,
            ControlKind::Veto => Key::RightVeto,
            ControlKind::Agreement => Key::RightAgreement,
        }
    }
}

impl Word for Access {
    fn key(self) -> Key {
        match self {
            Access::None => Key::AccessNone,
            Access::Read => Key::AccessRead,
            Access::Write => Key::AccessWrite,
            Access::Admin => Key::AccessAdmin,
        }
    }
}

impl Word for Shared {
    fn key(self) -> Key {
        match self {
            Shared::Authentication => Key::SharedAuthentication,
            Shared::Network => Key::SharedNetwork,
            Shared::Hosting => Key::SharedHosting,
            Shared::Code => Key::SharedCode,
        }
    }
}

impl Word for DataClass {
    fn key(self) -> Key {
        match self {
            DataClass::Personal => Key::ClassPersonal,
            DataClass::Sensitive => Key::ClassSensitive,
            DataClass::CommunicationSecret => Key::ClassCommunicationSecret,
            DataClass::Financial => Key::ClassFinancial,
            DataClass::Employee => Key::ClassEmployee,
            DataClass::BusinessPartner => Key::ClassBusinessPartner,
            DataClass::Other => Key::ClassOther,
        }
    }
}

impl Word for CostModel {
    fn key(self) -> Key {
        match self {
            CostModel::PerRecord => Key::CostPerRecord,
            CostModel::Dbir2015 => Key::CostDbir2015,
        }
    }
}

/// The key of a built-in example's name in menus, by example id.
pub fn example_name(id: &str) -> Option<Key> {
    match id {
        "ly-corp" => Some(Key::ExampleLy),
        "cross-holdings" => Some(Key::ExampleCrossHoldings),
        "vendor-chain" => Some(Key::ExampleVendorChain),
        _ => None,
    }
}
