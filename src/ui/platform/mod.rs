//! Effects at the edge of the app, each behind a hook or a small function: the compute worker
//! and the results hook, keyboard shortcuts, the system's light or dark theme, and downloads.
//! Reducers and components stay free of browser side effects; they call these.

pub mod compute;
pub mod download;
pub mod keys;
pub mod theme;
pub mod worker;
