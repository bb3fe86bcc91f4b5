//! The app's components, one small file each: the header with its toolbar, the editor and its
//! fields, the results column (the answers at a glance, flags, control, the network diagram),
//! the chart frame, the progress bar, and files and sharing (`share`).

pub mod answers;
pub mod chart_frame;
pub mod control;
pub mod editor;
pub mod exposure;
pub mod fields;
pub mod flags;
pub mod header;
pub mod loss;
pub mod network;
pub mod progress;
pub mod results;
pub mod share;
