//! Saving a chart as a file, all inside the browser: SVG as it is drawn, PNG by drawing the SVG
//! (as a `data:` image, so the canvas stays exportable) on an offscreen canvas at twice its
//! size. No request leaves the page.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement,
    HtmlImageElement, Url,
};

use crate::charts::svg::standalone;

/// Pixels per SVG unit in PNG exports: sharp on high-density screens and in slides.
const PNG_SCALE: f64 = 2.0;

/// Saves text as a file named `name`.
pub fn save_text(text: &str, mime: &str, name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let bag = BlobPropertyBag::new();
    bag.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &bag)?;
    save_blob(&blob, name)
}

/// Saves a chart's SVG (with a fixed size, so it opens right in any viewer).
pub fn save_svg(svg: &str, name: &str) -> Result<(), JsValue> {
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
        standalone(svg)
    );
    save_text(&doc, "image/svg+xml", name)
}

/// Saves a chart as PNG. Drawing happens when the image has loaded, so this returns first.
pub fn save_png(svg: &str, name: &str) -> Result<(), JsValue> {
    let img = HtmlImageElement::new()?;
    let url = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&standalone(svg)))
    );
    let name = name.to_string();
    let loaded = img.clone();
    let onload = Closure::once_into_js(move || {
        if let Err(e) = draw_and_save(&loaded, &name) {
            gloo::console::error!("PNG export failed", e);
        }
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&url);
    Ok(())
}

fn draw_and_save(img: &HtmlImageElement, name: &str) -> Result<(), JsValue> {
    let (w, h) = (
        f64::from(img.natural_width()),
        f64::from(img.natural_height()),
    );
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")?
        .dyn_into()?;
    canvas.set_width((w * PNG_SCALE).ceil() as u32);
    canvas.set_height((h * PNG_SCALE).ceil() as u32);
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .dyn_into()?;
    ctx.scale(PNG_SCALE, PNG_SCALE)?;
    ctx.draw_image_with_html_image_element_and_dw_and_dh(img, 0.0, 0.0, w, h)?;
    let name = name.to_string();
    let done = Closure::once_into_js(move |blob: Option<Blob>| {
        if let Some(b) = blob {
            let _ = save_blob(&b, &name);
        }
    });
    canvas.to_blob(done.unchecked_ref())
}

/// Offers a blob as a download through a temporary link, then frees its URL.
fn save_blob(blob: &Blob, name: &str) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let doc = gloo::utils::document();
    let a: HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    doc.body()
        .ok_or_else(|| JsValue::from_str("no body"))?
        .append_child(&a)?;
    a.click();
    a.remove();
    // The download has started from the click; the URL can go a moment later.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
