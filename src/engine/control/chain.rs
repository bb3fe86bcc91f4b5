//! Who controls whom: the closure S(i) of every entity that holds anything, and from it each
//! entity's nearest controller (the controller whose S is smallest), its ultimate controller (the
//! top of that chain) and the chain itself. When control is not one nested chain (two board
//! rights, a low turnout, or two firms that control each other) the entity is reported as
//! contested instead of guessing.

use super::rule::{Closure, Join, Rule};
use crate::engine::graph::Net;

/// How the nearest controller holds an entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub parent: usize,
    /// Consolidated weight of S(parent) in the entity.
    pub weight: f64,
    pub how: Join,
    /// Members of S(parent) holding the entity directly, with their weights (largest first, at
    /// most 8).
    pub contributors: Vec<(usize, f64)>,
}

/// Why an entity has no ultimate controller although someone controls it.
#[derive(Clone, Debug, PartialEq)]
pub enum Contest {
    /// These entities control each other.
    Cycle(Vec<usize>),
    /// Several controllers that are not nested in one chain (how many).
    NotNested(usize),
}

/// The control structure of a network under one rule.
#[derive(Clone, Debug, PartialEq)]
pub struct ControlMap {
    pub link: Vec<Option<Link>>,
    /// Per entity: how many entities control it.
    pub controllers: Vec<usize>,
    /// Per entity: its ultimate controller, when control is one chain.
    pub top: Vec<Option<usize>>,
    /// Per entity: its depth below the top (chain length - 1).
    pub depth: Vec<usize>,
    pub contest: Vec<Option<Contest>>,
}

impl ControlMap {
    /// Computes S(i) for every entity that holds something and derives the chains.
    pub fn new(net: &Net, rule: &Rule) -> ControlMap {
        let n = net.len();
        let mut c = Closure::new(n);
        let mut link: Vec<Option<Link>> = vec![None; n];
        let mut best = vec![usize::MAX; n];
        let mut controllers = vec![0usize; n];
        for h in 0..n {
            if net.held[h].is_empty() && net.rights[h].is_empty() {
                continue;
            }
            c.run(net, rule, &[h]);
            let size = c.members.len();
            for &m in &c.members[1..] {
                controllers[m] += 1;
                if size < best[m] {
                    best[m] = size;
                    let mut contributors = c.holds_in(net, m);
                    contributors.sort_by(|a, b| b.1.total_cmp(&a.1));
                    link[m] = Some(Link {
                        parent: h,
                        weight: c.acc[m],
                        how: c.how[m],
                        contributors,
                    });
                }
            }
        }
        let (top, depth, contest) = resolve(&link, &controllers);
        ControlMap {
            link,
            controllers,
            top,
            depth,
            contest,
        }
    }

    /// The chain from the ultimate controller down to `t` (empty without one), at most
    /// `cap` ids: the top and the nearest ones above `t`.
    pub fn chain(&self, t: usize, cap: usize) -> Vec<usize> {
        if self.top[t].is_none() {
            return Vec::new();
        }
        let mut up = vec![t];
        let mut k = t;
        while let Some(l) = &self.link[k] {
            if up.len() + 1 >= cap.max(2) {
                break;
            }
            k = l.parent;
            up.push(k);
        }
        if let Some(top) = self.top[t].filter(|&top| up.last() != Some(&top)) {
            up.push(top);
        }
        up.reverse();
        up
    }

    /// Whether `i` controls `t` (lies on its chain above it).
    pub fn controls(&self, i: usize, t: usize) -> bool {
        if i == t || self.top[t].is_none() || self.depth[i] >= self.depth[t] {
            return false;
        }
        let mut k = t;
        while let Some(l) = &self.link[k] {
            k = l.parent;
            if k == i {
                return true;
            }
            if self.depth[k] <= self.depth[i] {
                return false;
            }
        }
        false
    }
}

type Resolved = (Vec<Option<usize>>, Vec<usize>, Vec<Option<Contest>>);

/// Follows nearest-controller links to the top, memoised, without recursion.
fn resolve(link: &[Option<Link>], controllers: &[usize]) -> Resolved {
    let n = link.len();
    const UNKNOWN: u8 = 0;
    const BUSY: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![UNKNOWN; n];
    let mut top: Vec<Option<usize>> = vec![None; n];
    let mut depth = vec![0usize; n];
    let mut broken = vec![false; n];
    let mut contest: Vec<Option<Contest>> = vec![None; n];
    for start in 0..n {
        let mut path = Vec::new();
        let mut k = start;
        // Walk up until a resolved entity, a root of control, or a cycle.
        let cycle_at = loop {
            if state[k] == DONE {
                break None;
            }
            if state[k] == BUSY {
                break Some(k);
            }
            state[k] = BUSY;
            path.push(k);
            match &link[k] {
                Some(l) => k = l.parent,
                None => {
                    state[k] = DONE;
                    top[k] = Some(k);
                    path.pop();
                    break None;
                }
            }
        };
        if let Some(c) = cycle_at {
            let from = path.iter().position(|&p| p == c).unwrap_or(0);
            let members: Vec<usize> = path[from..].to_vec();
            for &m in &members {
                broken[m] = true;
                state[m] = DONE;
                contest[m] = Some(Contest::Cycle(members.clone()));
            }
            path.truncate(from);
        }
        for &m in path.iter().rev() {
            let Some(l) = &link[m] else { continue };
            let p = l.parent;
            state[m] = DONE;
            if broken[p] {
                broken[m] = true;
                contest[m] = contest[p].clone();
                continue;
            }
            depth[m] = depth[p] + 1;
            top[m] = top[p];
            if controllers[m] != depth[m] {
                broken[m] = true;
                contest[m] = Some(Contest::NotNested(controllers[m]));
            }
        }
    }
    for i in 0..n {
        if broken[i] {
            top[i] = None;
        } else if top[i] == Some(i) {
            // An entity nobody controls is not its own controller.
            top[i] = None;
        }
    }
    (top, depth, contest)
}
