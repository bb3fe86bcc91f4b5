//! The app's components, one small file each: the header with its toolbar, the editor and its
//! fields, the results column with the network diagram, the chart frame and the progress bar,
//! and files and sharing (`share`).

pub mod chart_frame;
pub mod editor;
pub mod fields;
pub mod header;
pub mod network;
pub mod progress;
pub mod results;
pub mod share;
