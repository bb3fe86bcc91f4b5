//! Printing: the print view is built only while the browser prints (between `beforeprint` and
//! `afterprint`, which Ctrl+P fires too), so a large scenario costs nothing on screen. The Print
//! button asks for the view first and opens the dialog once it is drawn.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Whether the page is being printed (or about to be); a setter for the Print button.
#[hook]
pub fn use_printing() -> UseStateHandle<bool> {
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let w = gloo::utils::window();
            let on = printing.setter();
            let before = EventListener::new(&w, "beforeprint", move |_| on.set(true));
            let after = EventListener::new(&w, "afterprint", move |_| printing.set(false));
            move || drop((before, after))
        });
    }
    printing
}

/// Opens the browser's print dialog a moment from now (after the print view has rendered).
pub fn print_soon() {
    Timeout::new(50, || {
        let _ = gloo::utils::window().print();
    })
    .forget();
}
