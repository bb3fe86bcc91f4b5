//! A deterministic layered layout: longest-path layers over the ownership graph (cycles of
//! cross-holdings share a layer, via petgraph's strongly connected components), entities with no
//! ownership placed one layer below the partners they serve, barycentre ordering within layers,
//! and wide layers wrapped into rows that fit the width.

use std::collections::BTreeMap;

use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, NodeIndex};

use super::NetworkInput;
use crate::charts::order_by;

pub(super) const BOX_W: f64 = 156.0;
pub(super) const BOX_H: f64 = 42.0;
pub(super) const GAP_X: f64 = 28.0;
const GAP_Y: f64 = 70.0;
const SWEEPS: usize = 4;

/// Where each entity box goes (index into `input.nodes`; duplicates of an id are left out).
pub(super) struct Layout {
    /// Top-left corner of each drawn node, by node index.
    pub pos: BTreeMap<usize, (f64, f64)>,
    /// Node index of each id (first occurrence).
    pub index: BTreeMap<String, usize>,
    pub width: f64,
    /// Height of the rows of boxes (the drawing adds its title and legend above).
    pub height: f64,
    /// Each row of boxes: its y and the x of each box, left to right (for routing edges
    /// around boxes).
    pub rows: Vec<(f64, Vec<f64>)>,
}

impl Layout {
    pub fn new(input: &NetworkInput, width: f64) -> Layout {
        let mut index = BTreeMap::new();
        let mut nodes = Vec::new();
        for (i, n) in input.nodes.iter().enumerate() {
            if !index.contains_key(&n.id) {
                index.insert(n.id.clone(), i);
                nodes.push(i);
            }
        }
        let own: Vec<(usize, usize)> = input
            .ownership
            .iter()
            .filter_map(|e| Some((*index.get(&e.holder)?, *index.get(&e.target)?)))
            .filter(|(a, b)| a != b)
            .collect();
        let links: Vec<(usize, usize)> = input
            .links
            .iter()
            .filter_map(|e| Some((*index.get(&e.vendor)?, *index.get(&e.client)?)))
            .filter(|(a, b)| a != b)
            .collect();
        let n = input.nodes.len();
        let layer = layers(&nodes, &own, &adjacency(n, &links), n);
        let mut by_layer: Vec<Vec<usize>> = Vec::new();
        for &n in &nodes {
            let l = layer.get(n).copied().unwrap_or(0);
            if by_layer.len() <= l {
                by_layer.resize(l + 1, Vec::new());
            }
            if let Some(row) = by_layer.get_mut(l) {
                row.push(n);
            }
        }
        by_layer.retain(|r| !r.is_empty());
        let edges: Vec<(usize, usize)> = own.iter().chain(&links).copied().collect();
        order(&mut by_layer, &adjacency(n, &edges));
        place(by_layer, index, width)
    }
}

/// Neighbours of each node index, both directions, in edge order.
fn adjacency(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut adj = vec![Vec::new(); n];
    for &(a, b) in edges {
        if let Some(v) = adj.get_mut(a) {
            v.push(b);
        }
        if let Some(v) = adj.get_mut(b) {
            v.push(a);
        }
    }
    adj
}

/// Longest-path layer of every node index.
fn layers(nodes: &[usize], own: &[(usize, usize)], links: &[Vec<usize>], n: usize) -> Vec<usize> {
    let mut g: DiGraph<usize, ()> = DiGraph::new();
    let ix: Vec<NodeIndex> = (0..n).map(|i| g.add_node(i)).collect();
    for &(a, b) in own {
        if let (Some(&x), Some(&y)) = (ix.get(a), ix.get(b)) {
            g.add_edge(x, y, ());
        }
    }
    let mut comp = vec![0usize; n];
    // tarjan_scc lists components sinks first; reversed, holders come before what they hold.
    let sccs: Vec<Vec<NodeIndex>> = tarjan_scc(&g).into_iter().rev().collect();
    for (c, members) in sccs.iter().enumerate() {
        for m in members {
            if let Some(slot) = comp.get_mut(m.index()) {
                *slot = c;
            }
        }
    }
    let mut comp_layer = vec![0usize; sccs.len()];
    for (c, members) in sccs.iter().enumerate() {
        let mut l = 0;
        for m in members {
            for p in g.neighbors_directed(*m, petgraph::Direction::Incoming) {
                let pc = comp.get(p.index()).copied().unwrap_or(c);
                if pc != c {
                    l = l.max(comp_layer.get(pc).copied().unwrap_or(0) + 1);
                }
            }
        }
        if let Some(slot) = comp_layer.get_mut(c) {
            *slot = l;
        }
    }
    let mut placed = vec![false; n];
    for &(a, b) in own {
        for x in [a, b] {
            if let Some(p) = placed.get_mut(x) {
                *p = true;
            }
        }
    }
    let mut layer: Vec<usize> = (0..n)
        .map(|i| {
            comp.get(i)
                .and_then(|c| comp_layer.get(*c))
                .copied()
                .unwrap_or(0)
        })
        .collect();
    // Entities outside the ownership graph go one layer below the deepest partner already
    // placed; chains of vendors settle over at most n passes.
    for _ in 0..nodes.len() {
        let mut changed = false;
        for &v in nodes {
            if placed.get(v).copied().unwrap_or(true) {
                continue;
            }
            let partners = links.get(v).into_iter().flatten().filter_map(|&other| {
                let ready = placed.get(other).copied().unwrap_or(false);
                ready.then(|| layer.get(other).copied().unwrap_or(0))
            });
            if let Some(deepest) = partners.max()
                && let (Some(l), Some(p)) = (layer.get_mut(v), placed.get_mut(v))
            {
                *l = deepest + 1;
                *p = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    layer
}

/// Barycentre ordering: alternately down and up, each node moves to the mean position of its
/// neighbours in the layers already swept; ties keep their order, so the result is stable.
fn order(by_layer: &mut [Vec<usize>], adj: &[Vec<usize>]) {
    let mut pos: BTreeMap<usize, (usize, f64)> = BTreeMap::new();
    refresh(by_layer, &mut pos);
    for sweep in 0..SWEEPS {
        let down = sweep % 2 == 0;
        let layers: Vec<usize> = if down {
            (1..by_layer.len()).collect()
        } else {
            (0..by_layer.len().saturating_sub(1)).rev().collect()
        };
        for l in layers {
            let Some(row) = by_layer.get(l) else { continue };
            let keyed: Vec<(f64, usize)> = row
                .iter()
                .enumerate()
                .map(|(i, &n)| {
                    let mine = (i as f64 + 0.5) / row.len().max(1) as f64;
                    let near = adj.get(n).into_iter().flatten().filter_map(|other| {
                        let (ol, op) = *pos.get(other)?;
                        let side = if down { ol < l } else { ol > l };
                        side.then_some(op)
                    });
                    let (sum, count) = near.fold((0.0, 0usize), |(s, c), p| (s + p, c + 1));
                    (if count > 0 { sum / count as f64 } else { mine }, n)
                })
                .collect();
            let keys: Vec<f64> = keyed.iter().map(|k| k.0).collect();
            let sorted = order_by(&keys)
                .into_iter()
                .filter_map(|i| keyed.get(i).map(|k| k.1));
            if let Some(row) = by_layer.get_mut(l) {
                *row = sorted.collect();
            }
            refresh(by_layer, &mut pos);
        }
    }
}

/// Each node's layer and relative position (0–1) within it.
fn refresh(by_layer: &[Vec<usize>], pos: &mut BTreeMap<usize, (usize, f64)>) {
    for (l, row) in by_layer.iter().enumerate() {
        let k = row.len().max(1) as f64;
        for (i, n) in row.iter().enumerate() {
            pos.insert(*n, (l, (i as f64 + 0.5) / k));
        }
    }
}

/// Boxes in rows: each layer centred, wrapped when wider than the drawing.
fn place(by_layer: Vec<Vec<usize>>, index: BTreeMap<String, usize>, width: f64) -> Layout {
    let per_row = (((width - 24.0 + GAP_X) / (BOX_W + GAP_X)).floor() as usize).max(1);
    let mut pos = BTreeMap::new();
    let mut rows = Vec::new();
    let mut row_y = 0.0;
    for layer in &by_layer {
        for chunk in layer.chunks(per_row) {
            let k = chunk.len() as f64;
            let total = k * BOX_W + (k - 1.0) * GAP_X;
            let x0 = ((width - total) / 2.0).max(12.0);
            let xs: Vec<f64> = (0..chunk.len())
                .map(|i| x0 + i as f64 * (BOX_W + GAP_X))
                .collect();
            for (n, x) in chunk.iter().zip(&xs) {
                pos.insert(*n, (*x, row_y));
            }
            rows.push((row_y, xs));
            row_y += BOX_H + GAP_Y;
        }
    }
    Layout {
        pos,
        index,
        width,
        height: (row_y - GAP_Y).max(BOX_H),
        rows,
    }
}
