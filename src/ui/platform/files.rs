//! Reading a file the user picked or dropped, as bytes, inside the browser. Files above the
//! codecs' limit are refused before a byte is read, so a huge file cannot stall the page.

use wasm_bindgen_futures::JsFuture;
use web_sys::File;

use crate::codec::text::too_large;
use crate::model::Problem;

/// The bytes of `file`, or the problem (too large, unreadable) in words.
pub async fn read(file: &File) -> Result<Vec<u8>, Problem> {
    // `as` saturates: a file beyond 4 GB reads as 4 GB here, refused all the same.
    too_large(file.size() as usize, "the file")?;
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Problem::error("", "the browser could not read the file"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
