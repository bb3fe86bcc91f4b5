//! Charts: one module per chart, each a pure `render(&Input, &Theme) -> String` returning a whole
//! `<svg>` element drawn with plotters. The escaping every chart relies on lives here.

pub mod escape;
