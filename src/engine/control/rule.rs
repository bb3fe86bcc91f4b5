//! The majority-chain closure (Chapelle & Szafarz 2005): the set S an entity commands is the least
//! fixed point of `S = seeds ∪ {j : Σ_{k∈S} w[k][j] ≻ θ}` plus what rights add. Monotone, so a
//! worklist that re-checks a target whenever a new member adds weight to it finds it exactly,
//! cycles included, in time linear in the members' holdings. Every lens that consolidates
//! (control, blocking, OFAC, UK PSC, Japan's subsidiary test) is this closure with other rules.

use crate::engine::explain::{above, at_least};
use crate::engine::graph::{Edge, Net};
use crate::model::ControlKind;

/// Which fraction of a holding counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Votes,
    Equity,
}

/// One consolidation rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    pub weight: Weight,
    /// Fraction of all votes (or equity) a group needs.
    pub threshold: f64,
    /// Whether the group must exceed the threshold (else meeting it is enough).
    pub strict: bool,
    /// `board-majority` and `agreement` rights add their target outright.
    pub control_rights: bool,
    /// `veto` rights add their target outright (the blocking closure).
    pub veto_rights: bool,
    /// A lower threshold that suffices together with a board or agreement right (Japan: 40 %).
    pub with_board: Option<f64>,
}

impl Rule {
    /// Whether `v` is enough under this rule.
    pub fn passes(&self, v: f64) -> bool {
        if self.strict {
            above(v, self.threshold)
        } else {
            at_least(v, self.threshold)
        }
    }

    fn weight_of(&self, e: &Edge) -> f64 {
        match self.weight {
            Weight::Votes => e.votes,
            Weight::Equity => e.equity,
        }
    }
}

/// Why a member joined a closure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Join {
    Seed,
    Weight,
    Right(ControlKind),
    /// The lower threshold plus a board or agreement right.
    Board,
}

/// Reusable scratch for closures over one network; reset after each use in time of its size.
#[derive(Clone, Debug)]
pub struct Closure {
    /// Weight held in each touched entity by the members (members' own entries included).
    pub acc: Vec<f64>,
    pub inside: Vec<bool>,
    pub how: Vec<Join>,
    /// Per member: the member whose holding or right brought it in (itself for a seed).
    pub from: Vec<usize>,
    /// Members in the order they joined, seeds first.
    pub members: Vec<usize>,
    touched: Vec<usize>,
    seen: Vec<bool>,
    board: Vec<bool>,
}

impl Closure {
    /// Scratch for a network of `n` entities.
    pub fn new(n: usize) -> Closure {
        Closure {
            acc: vec![0.0; n],
            inside: vec![false; n],
            how: vec![Join::Seed; n],
            from: vec![0; n],
            members: Vec::new(),
            touched: Vec::new(),
            seen: vec![false; n],
            board: vec![false; n],
        }
    }

    /// Entities that members hold weight in (members included), each once.
    pub fn touched(&self) -> &[usize] {
        &self.touched
    }

    /// Computes the closure of `seeds` under `rule`, after clearing the previous one.
    pub fn run(&mut self, net: &Net, rule: &Rule, seeds: &[usize]) {
        self.clear();
        for &s in seeds {
            if s < net.len() && !self.inside[s] {
                self.add(s, s, Join::Seed);
            }
        }
        let mut head = 0;
        while head < self.members.len() {
            let k = self.members[head];
            head += 1;
            for e in &net.held[k] {
                let j = e.other;
                self.touch(j);
                self.acc[j] += rule.weight_of(e);
                if !self.inside[j] {
                    if rule.passes(self.acc[j]) {
                        self.add(j, k, Join::Weight);
                    } else if self.board[j]
                        && rule.with_board.is_some_and(|f| at_least(self.acc[j], f))
                    {
                        self.add(j, k, Join::Board);
                    }
                }
            }
            for &(j, kind) in &net.rights[k] {
                let adds = match kind {
                    ControlKind::Veto => rule.veto_rights,
                    ControlKind::BoardMajority | ControlKind::Agreement => rule.control_rights,
                };
                self.touch(j);
                if kind != ControlKind::Veto {
                    self.board[j] = true;
                }
                if self.inside[j] {
                    continue;
                }
                if adds {
                    self.add(j, k, Join::Right(kind));
                } else if kind != ControlKind::Veto
                    && rule.with_board.is_some_and(|f| at_least(self.acc[j], f))
                {
                    self.add(j, k, Join::Board);
                }
            }
        }
    }

    fn touch(&mut self, j: usize) {
        if !self.seen[j] {
            self.seen[j] = true;
            self.touched.push(j);
        }
    }

    fn add(&mut self, j: usize, from: usize, how: Join) {
        self.inside[j] = true;
        self.from[j] = from;
        self.how[j] = how;
        self.members.push(j);
    }

    fn clear(&mut self) {
        for &j in &self.touched {
            self.acc[j] = 0.0;
            self.board[j] = false;
            self.seen[j] = false;
        }
        for &j in &self.members {
            self.inside[j] = false;
        }
        self.touched.clear();
        self.members.clear();
    }

    /// Ids of the path by which member `j` joined, from the seed down to `j` (at most 64 long).
    pub fn path_to(&self, net: &Net, j: usize) -> Vec<String> {
        let mut up = vec![j];
        let mut k = j;
        while self.inside[k] && self.from[k] != k && up.len() < 64 {
            k = self.from[k];
            up.push(k);
        }
        up.iter().rev().map(|&i| net.ids[i].clone()).collect()
    }

    /// The members that hold votes in `j` directly, with those votes (what makes up `acc[j]`).
    pub fn holds_in(&self, net: &Net, j: usize) -> Vec<(usize, f64)> {
        net.holders[j]
            .iter()
            .filter(|e| self.inside[e.other])
            .map(|e| (e.other, e.votes))
            .collect()
    }
}
