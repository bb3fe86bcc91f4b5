//! A seeded synthetic vendor web for benchmarks and tests (natively, in criterion, and in the
//! browser): `entities` companies, `links` vendor links with a skewed choice of vendor (a few
//! big providers serve many clients), access levels and occasional shared systems as in real
//! supply chains, data held by the first 1 % of companies (some with processors), and threats
//! on 2 % of them. The same arguments give the same scenario everywhere.

use std::collections::BTreeMap;

use super::rng::Stream;
use crate::model::{Access, DataCategory, DataClass, Entity, Link, Scenario, Shared, Threat};

const COUNTRIES: [&str; 10] = ["JP", "US", "DE", "KR", "CN", "FR", "IN", "GB", "SG", "NL"];

/// A vendor web of `entities` companies and `links` links (at least 2 entities).
pub fn vendor_web(entities: usize, links: usize, seed: u64) -> Scenario {
    let n = entities.max(2);
    let mut rng = Stream::new(seed, 7);
    let mut s = Scenario {
        title: format!("Synthetic vendor web ({n} companies, {links} links, seed {seed})"),
        ..Scenario::default()
    };
    for i in 0..n {
        let mut e = Entity::new(&format!("e{i}"), &format!("Company {i}"));
        e.country = Some(COUNTRIES[rng.below(COUNTRIES.len() as u64) as usize].to_string());
        s.entities.push(e);
    }
    for _ in 0..links {
        // Vendors skewed towards low indices (u² puts most mass near 0); clients uniform.
        let u = rng.uniform();
        let vendor = ((u * u) * n as f64) as usize % n;
        let mut client = rng.below(n as u64 - 1) as usize;
        if client >= vendor {
            client += 1;
        }
        let mut l = Link::new(&format!("e{client}"), &format!("e{vendor}"), "services");
        l.access = match rng.below(20) {
            0..=1 => Access::None,
            2..=11 => Access::Read,
            12..=16 => Access::Write,
            _ => Access::Admin,
        };
        l.shared = match rng.below(50) {
            0 => vec![Shared::Authentication],
            1 | 2 => vec![Shared::Network],
            3 | 4 => vec![Shared::Hosting],
            5 => vec![Shared::Code],
            _ => Vec::new(),
        };
        s.links.push(l);
    }
    let holders = (n / 100).max(1);
    let classes = [
        DataClass::Personal,
        DataClass::Employee,
        DataClass::BusinessPartner,
        DataClass::Sensitive,
        DataClass::Financial,
        DataClass::CommunicationSecret,
    ];
    for h in 0..holders {
        for k in 0..3 {
            let class = classes[(h + k) % classes.len()];
            let records = (1_000 + rng.below(999_000)) as f64;
            let mut by_country = BTreeMap::new();
            let home = s.entities[h].country.clone().unwrap_or_default();
            by_country.insert(home, (records * 0.6).floor());
            let other = COUNTRIES[rng.below(COUNTRIES.len() as u64) as usize];
            let rest = records - by_country.values().sum::<f64>();
            *by_country.entry(other.to_string()).or_default() += (rest * 0.5).floor();
            let processors = if rng.below(3) == 0 {
                vec![format!(
                    "e{}",
                    holders + rng.below((n - holders).max(1) as u64) as usize
                )]
            } else {
                Vec::new()
            };
            s.data.push(DataCategory {
                id: format!("d{h}-{k}"),
                name: format!("Data {k} of company {h}"),
                holder: format!("e{h}"),
                processors: processors
                    .into_iter()
                    .filter(|p| *p != format!("e{h}"))
                    .collect(),
                class,
                records,
                by_country,
                cost_per_record: None,
                exposed_fraction: None,
                description: String::new(),
            });
        }
    }
    for _ in 0..(n / 50).max(1) {
        let entry = rng.below(n as u64) as usize;
        s.threats.push(Threat {
            entry: format!("e{entry}"),
            rate: 0.01 + (rng.below(50) as f64) / 100.0,
            label: "synthetic threat".to_string(),
            description: String::new(),
        });
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_web_is_valid_and_the_same_for_the_same_seed() {
        let a = vendor_web(300, 1500, 42);
        assert!(
            crate::model::errors(&a).is_empty(),
            "{:?}",
            crate::model::errors(&a)
        );
        assert_eq!(a, vendor_web(300, 1500, 42));
        assert_ne!(a, vendor_web(300, 1500, 43));
        assert_eq!(
            (a.entities.len(), a.links.len(), a.data.len()),
            (300, 1500, 9)
        );
        assert_eq!(a.threats.len(), 6);
    }
}
