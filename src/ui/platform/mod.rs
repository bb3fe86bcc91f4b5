//! Effects at the edge of the app, each behind a hook or a small function: the compute worker
//! and the results hook, keyboard shortcuts, the system's light or dark theme, downloads, the
//! page address, the language, local storage, the clipboard, files, printing and the embedding
//! frame.
//! Reducers and components stay free of browser side effects; they call these.

pub mod clipboard;
pub mod compute;
pub mod download;
pub mod embed;
pub mod files;
pub mod keys;
pub mod language;
pub mod location;
pub mod print;
pub mod storage;
pub mod theme;
pub mod worker;
