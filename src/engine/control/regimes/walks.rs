//! The regimes that walk the ownership graph from the target upward (EU AMLR Art. 52 along
//! chains of products, Art. 53 along majority links and board rights) or spread from foreign
//! investors downward (FEFTA).

use std::collections::HashMap;

use super::{Counted, MAX_COUNTED, RegimeVerdict};
use crate::engine::control::rule::{Closure, Rule, Weight};
use crate::engine::explain::{above, at_least, round9};
use crate::engine::graph::Net;
use crate::engine::ownership::paths;

pub(super) fn amlr_52(net: &Net, t: usize, column: &[(usize, f64)]) -> Vec<Counted> {
    let mut counted: Vec<(usize, f64)> = column
        .iter()
        .copied()
        .filter(|&(k, w)| k != t && at_least(w, 0.25))
        .collect();
    counted.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    counted.truncate(MAX_COUNTED);
    if counted.is_empty() {
        return Vec::new();
    }
    let slot: HashMap<usize, usize> = counted.iter().enumerate().map(|(i, c)| (c.0, i)).collect();
    let mut best: Vec<(f64, Vec<String>)> = vec![(0.0, Vec::new()); counted.len()];
    // Paths of 1 % or more, and only short ones spelled out: the figure itself is exact.
    let keep = |e: &crate::engine::graph::Edge, p: &[crate::engine::graph::Edge]| {
        p.len() < 64 && paths::product(p) * e.equity >= 0.01
    };
    paths::upward(net, t, 2_000, keep, |p| {
        let Some(&i) = p.last().and_then(|e| slot.get(&e.other)) else {
            return;
        };
        let v = paths::product(p);
        if v > best[i].0 {
            best[i] = (v, paths::ids(net, t, p));
        }
    });
    counted
        .iter()
        .zip(best)
        .map(|(&(k, w), (_, path))| Counted {
            holder: net.ids[k].clone(),
            percent: round9(w * 100.0),
            path,
        })
        .collect()
}

pub(super) fn amlr_53(net: &Net, t: usize, rights_on: &HashMap<usize, Vec<usize>>) -> Vec<Counted> {
    // Upward from t through majority holders and board or agreement rights, nearest first;
    // `below[h]` is the entity h controls on its way to t, with that link's votes.
    let mut below: HashMap<usize, (usize, f64)> = HashMap::new();
    let mut frontier = vec![t];
    let mut head = 0;
    while head < frontier.len() && frontier.len() <= MAX_COUNTED {
        let x = frontier[head];
        head += 1;
        let majority = net.holders[x]
            .iter()
            .filter(|e| above(e.votes, 0.5))
            .map(|e| (e.other, e.votes));
        let rights = rights_on.get(&x).into_iter().flatten().map(|&h| (h, 1.0));
        for (h, v) in majority.chain(rights) {
            if h != t && !below.contains_key(&h) {
                below.insert(h, (x, v));
                frontier.push(h);
            }
        }
    }
    frontier[1..]
        .iter()
        .take(MAX_COUNTED)
        .map(|&h| {
            let mut path = vec![net.ids[h].clone()];
            let mut weakest: f64 = 1.0;
            let mut k = h;
            while let Some(&(next, v)) = below.get(&k) {
                weakest = weakest.min(v);
                path.push(net.ids[next].clone());
                if next == t || path.len() > MAX_COUNTED + 1 {
                    break;
                }
                k = next;
            }
            Counted {
                holder: net.ids[h].clone(),
                percent: round9(weakest * 100.0),
                path,
            }
        })
        .collect()
}

pub(super) fn fefta(net: &Net, out: &mut [Vec<RegimeVerdict>]) {
    let n = net.len();
    let foreign: Vec<usize> = (0..n)
        .filter(|&i| net.country[i].as_deref().is_some_and(|c| c != "JP"))
        .collect();
    let mut c = Closure::new(n);
    c.run(
        net,
        &Rule {
            weight: Weight::Votes,
            threshold: 0.5,
            strict: false,
            control_rights: false,
            veto_rights: false,
            with_board: None,
        },
        &foreign,
    );
    for (t, verdicts) in out.iter_mut().enumerate() {
        verdicts[8].target = Some(c.inside[t]);
        for e in &net.holders[t] {
            if !c.inside[e.other] {
                continue;
            }
            let mut path = c.path_to(net, e.other);
            path.push(net.ids[t].clone());
            let counted = Counted {
                holder: net.ids[e.other].clone(),
                percent: round9(e.votes * 100.0),
                path,
            };
            if at_least(e.votes, 0.01) {
                verdicts[9].add(|| counted.clone());
            }
            verdicts[8].add(|| counted);
        }
    }
}
