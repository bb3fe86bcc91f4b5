//! The propagation graph: each vendor link carries a compromise vendor → client with `p` and
//! client → vendor with `p_back` (the spec's defaults from access and shared items, or the
//! link's overrides). Each link-direction is its own Bernoulli trial ([`Dir`]); all the
//! link-directions between an ordered pair combine by noisy-OR into one [`Pair`], which is what
//! a person reads ("NAVER Cloud → LY: 0.92") and what the tree rule and breach paths use.

use std::collections::HashMap;

use crate::model::{Link, Scenario, Settings};

/// `1 - Π(1 - pᵢ)`: the chance that at least one of independent events happens. Computed as
/// `a + p − a·p` step by step, which leaves a single probability exactly as it is.
pub fn noisy_or(ps: impl IntoIterator<Item = f64>) -> f64 {
    ps.into_iter()
        .map(|p| if p.is_nan() { 0.0 } else { p.clamp(0.0, 1.0) })
        .fold(0.0, |a, p| a + p - a * p)
}

/// The probabilities of one link: (vendor → client, client → vendor).
pub fn link_probabilities(link: &Link, settings: &Settings) -> (f64, f64) {
    let prop = &settings.propagation;
    let shared = || link.shared.iter().map(|s| prop.of_shared(*s));
    let forward = link
        .p
        .unwrap_or_else(|| noisy_or(std::iter::once(prop.of_access(link.access)).chain(shared())));
    let back = link.p_back.unwrap_or_else(|| noisy_or(shared()));
    (clamp01(forward), clamp01(back))
}

/// Probabilities outside [0, 1] (or NaN) never reach the engine through validation; clamping
/// keeps the engine total anyway.
fn clamp01(p: f64) -> f64 {
    if p.is_nan() { 0.0 } else { p.clamp(0.0, 1.0) }
}

/// One direction of one link, with `p > 0`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dir {
    /// Index into `scenario.links`.
    pub link: usize,
    /// `false`: vendor → client (`p`); `true`: client → vendor (`p_back`).
    pub back: bool,
    /// Entity index the compromise comes from.
    pub from: usize,
    /// Entity index it reaches.
    pub to: usize,
    pub p: f64,
}

/// All link-directions from one entity to another, combined by noisy-OR.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    pub from: usize,
    pub to: usize,
    pub p: f64,
    /// Indices into [`Graph::dirs`].
    pub dirs: Vec<usize>,
}

/// The propagation graph of a scenario (entities are indexed as in `scenario.entities`).
#[derive(Clone, Debug, PartialEq)]
pub struct Graph {
    /// Number of entities.
    pub n: usize,
    /// Link-directions with `p > 0`, in link order (forward before back).
    pub dirs: Vec<Dir>,
    /// Noisy-OR pairs, ordered by (from, to).
    pub pairs: Vec<Pair>,
    /// For each entity, the indices of the dirs leaving it.
    pub out: Vec<Vec<usize>>,
    /// For each link, the indices of its dirs (0, 1 or 2).
    pub link_dirs: Vec<Vec<usize>>,
}

impl Graph {
    /// Builds the graph; links naming unknown entities (impossible after validation) are skipped.
    pub fn new(s: &Scenario) -> Graph {
        let index: HashMap<&str, usize> = s
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let n = s.entities.len();
        let mut dirs = Vec::new();
        let mut link_dirs = vec![Vec::new(); s.links.len()];
        for (k, link) in s.links.iter().enumerate() {
            let (Some(&client), Some(&vendor)) = (
                index.get(link.client.as_str()),
                index.get(link.vendor.as_str()),
            ) else {
                continue;
            };
            if client == vendor {
                continue;
            }
            let (p, p_back) = link_probabilities(link, &s.settings);
            for (back, from, to, p) in [(false, vendor, client, p), (true, client, vendor, p_back)]
            {
                if p > 0.0 {
                    link_dirs[k].push(dirs.len());
                    dirs.push(Dir {
                        link: k,
                        back,
                        from,
                        to,
                        p,
                    });
                }
            }
        }
        let mut out = vec![Vec::new(); n];
        for (i, d) in dirs.iter().enumerate() {
            out[d.from].push(i);
        }
        let mut by_pair: Vec<usize> = (0..dirs.len()).collect();
        by_pair.sort_by_key(|&i| (dirs[i].from, dirs[i].to, i));
        let mut pairs: Vec<Pair> = Vec::new();
        for i in by_pair {
            let d = dirs[i];
            match pairs.last_mut() {
                Some(last) if last.from == d.from && last.to == d.to => last.dirs.push(i),
                _ => pairs.push(Pair {
                    from: d.from,
                    to: d.to,
                    p: 0.0,
                    dirs: vec![i],
                }),
            }
        }
        for pair in &mut pairs {
            pair.p = noisy_or(pair.dirs.iter().map(|&i| dirs[i].p));
        }
        Graph {
            n,
            dirs,
            pairs,
            out,
            link_dirs,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::examples::default_scenario;

    #[test]
    fn ly_links_carry_the_spec_defaults() {
        let s = default_scenario();
        let g = Graph::new(&s);
        let p: Vec<(f64, f64)> = s
            .links
            .iter()
            .map(|l| link_probabilities(l, &s.settings))
            .collect();
        // naver-cloud → ly: admin 0.6 and authentication 0.8 → 1 - 0.4·0.2; back: 0.8.
        assert!((p[0].0 - 0.92).abs() < 1e-15 && (p[0].1 - 0.8).abs() < 1e-15);
        assert_eq!(p[1], (0.6, 0.0));
        assert_eq!(p[2], (0.1, 0.0));
        assert_eq!(p[3], (0.1, 0.0));
        assert_eq!(g.dirs.len(), 5);
        assert_eq!(g.link_dirs[0].len(), 2);
    }

    #[test]
    fn parallel_links_combine_by_noisy_or_and_overrides_win() {
        let mut s = default_scenario();
        let mut extra = s.links[2].clone();
        extra.p = Some(0.5);
        extra.p_back = Some(0.25);
        s.links.push(extra);
        let g = Graph::new(&s);
        let ly = 3;
        let contractor = 5;
        let pair = g
            .pairs
            .iter()
            .find(|p| p.from == contractor && p.to == ly)
            .unwrap();
        assert!((pair.p - (1.0 - 0.9 * 0.5)).abs() < 1e-15);
        assert_eq!(pair.dirs.len(), 2);
        let back = g
            .pairs
            .iter()
            .find(|p| p.from == ly && p.to == contractor)
            .unwrap();
        assert_eq!(back.p, 0.25);
    }
}
