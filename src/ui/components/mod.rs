//! The app's components, one small file each.

pub mod header;
pub mod summary;
pub mod tables;
