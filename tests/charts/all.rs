//! Every chart's input in one value, so tests can render all nine at once.

use exposure::charts::blast::BlastInput;
use exposure::charts::choke::ChokeInput;
use exposure::charts::exceedance::ExceedanceInput;
use exposure::charts::network::NetworkInput;
use exposure::charts::power::PowerInput;
use exposure::charts::reach::ReachInput;
use exposure::charts::records::RecordsInput;
use exposure::charts::tornado::TornadoInput;
use exposure::charts::wedge::WedgeInput;
use exposure::charts::{DataTable, Theme};
use exposure::charts::{blast, choke, exceedance, network, power, reach, records, tornado, wedge};

use super::samples;

#[derive(Clone)]
pub struct Inputs {
    pub wedge: WedgeInput,
    pub power: PowerInput,
    pub reach: ReachInput,
    pub records: RecordsInput,
    pub blast: BlastInput,
    pub choke: ChokeInput,
    pub exceedance: ExceedanceInput,
    pub tornado: TornadoInput,
    pub network: NetworkInput,
}

impl Inputs {
    /// The LY-like samples, English names.
    pub fn sample() -> Inputs {
        Inputs {
            wedge: samples::wedge(false),
            power: samples::power(),
            reach: samples::reach(),
            records: samples::records(),
            blast: samples::blast(),
            choke: samples::choke(),
            exceedance: samples::exceedance(),
            tornado: samples::tornado(),
            network: samples::network(false),
        }
    }

    /// Every chart, named.
    pub fn render(&self, t: &Theme) -> Vec<(&'static str, String)> {
        vec![
            ("wedge", wedge::render(&self.wedge, t)),
            ("power", power::render(&self.power, t)),
            ("reach", reach::render(&self.reach, t)),
            ("records", records::render(&self.records, t)),
            ("blast", blast::render(&self.blast, t)),
            ("choke", choke::render(&self.choke, t)),
            ("exceedance", exceedance::render(&self.exceedance, t)),
            ("tornado", tornado::render(&self.tornado, t)),
            ("network", network::render(&self.network, t)),
        ]
    }

    /// Every chart's data table, named.
    pub fn tables(&self) -> Vec<(&'static str, DataTable)> {
        vec![
            ("wedge", wedge::table(&self.wedge)),
            ("power", power::table(&self.power)),
            ("reach", reach::table(&self.reach)),
            ("records", records::table(&self.records)),
            ("blast", blast::table(&self.blast)),
            ("choke", choke::table(&self.choke)),
            ("exceedance", exceedance::table(&self.exceedance)),
            ("tornado", tornado::table(&self.tornado)),
            ("network", network::table(&self.network)),
        ]
    }
}
