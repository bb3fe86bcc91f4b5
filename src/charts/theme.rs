//! Chart colours and type: a light and a dark palette built on Okabe–Ito (safe for the common
//! colour-vision deficiencies), matched to the app's surfaces, with a font stack that covers
//! Japanese so labels render in the page and in PNG exports.

/// A colour as red, green, blue bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for SVG attributes.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let s = f64::from(c) / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// The Okabe–Ito colours by name.
pub mod okabe_ito {
    use super::Rgb;
    pub const ORANGE: Rgb = Rgb(0xe6, 0x9f, 0x00);
    pub const SKY_BLUE: Rgb = Rgb(0x56, 0xb4, 0xe9);
    pub const BLUISH_GREEN: Rgb = Rgb(0x00, 0x9e, 0x73);
    pub const YELLOW: Rgb = Rgb(0xf0, 0xe4, 0x42);
    pub const BLUE: Rgb = Rgb(0x00, 0x72, 0xb2);
    pub const VERMILLION: Rgb = Rgb(0xd5, 0x5e, 0x00);
    pub const REDDISH_PURPLE: Rgb = Rgb(0xcc, 0x79, 0xa7);
}

/// The font stack every chart uses: system UI first, then the Japanese faces of macOS, Android/Linux
/// and Windows, so kana and kanji never fall back to boxes.
pub const FONT_FAMILY: &str = "system-ui, 'Hiragino Sans', 'Noto Sans JP', 'Noto Sans CJK JP', 'Yu Gothic UI', Meiryo, sans-serif";

/// Colours and type for one rendering. Series colours are ordered so that the first ones have
/// at least 3:1 contrast with the background (WCAG 1.4.11); later ones are told apart by an
/// outline in `outline`.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// Whether this is the dark palette (the network diagram picks lighter edge tints from it).
    pub dark: bool,
    /// Chart background (the app's panel surface).
    pub background: Rgb,
    /// Main text and strong lines.
    pub text: Rgb,
    /// Secondary text: tick labels, notes.
    pub muted: Rgb,
    /// Grid lines.
    pub grid: Rgb,
    /// Axis lines.
    pub axis: Rgb,
    /// Thin edge drawn around bars so adjacent segments stay apart whatever their colour.
    pub outline: Rgb,
    /// Series colours in order of use.
    pub series: [Rgb; 7],
    /// The breach path in the network diagram.
    pub highlight: Rgb,
    /// The selected entity in the network diagram.
    pub selected: Rgb,
    /// Node boxes in the network diagram.
    pub node_fill: Rgb,
    /// CSS font stack for every text (covers Japanese).
    pub font_family: String,
    /// Base font size in px (tick labels are a little smaller, titles larger).
    pub font_size: f64,
}

impl Theme {
    /// The light palette, on the app's white surface.
    pub fn light() -> Theme {
        use okabe_ito::*;
        Theme {
            dark: false,
            background: Rgb(0xff, 0xff, 0xff),
            text: Rgb(0x1b, 0x24, 0x30),
            muted: Rgb(0x52, 0x5f, 0x70),
            grid: Rgb(0xe3, 0xe7, 0xed),
            axis: Rgb(0x8a, 0x96, 0xa5),
            outline: Rgb(0x1b, 0x24, 0x30),
            series: [
                BLUE,
                VERMILLION,
                BLUISH_GREEN,
                REDDISH_PURPLE,
                ORANGE,
                SKY_BLUE,
                YELLOW,
            ],
            highlight: VERMILLION,
            selected: BLUE,
            node_fill: Rgb(0xee, 0xf1, 0xf5),
            font_family: FONT_FAMILY.to_string(),
            font_size: 13.0,
        }
    }

    /// The dark palette, on the app's dark surface.
    pub fn dark() -> Theme {
        use okabe_ito::*;
        Theme {
            dark: true,
            background: Rgb(0x17, 0x1e, 0x26),
            text: Rgb(0xe6, 0xeb, 0xf1),
            muted: Rgb(0xa4, 0xb0, 0xbe),
            grid: Rgb(0x2e, 0x3a, 0x47),
            axis: Rgb(0x6b, 0x78, 0x88),
            outline: Rgb(0x0b, 0x0f, 0x14),
            series: [
                SKY_BLUE,
                ORANGE,
                BLUISH_GREEN,
                REDDISH_PURPLE,
                YELLOW,
                VERMILLION,
                BLUE,
            ],
            highlight: ORANGE,
            selected: SKY_BLUE,
            node_fill: Rgb(0x1f, 0x28, 0x32),
            font_family: FONT_FAMILY.to_string(),
            font_size: 13.0,
        }
    }

    /// Series colour `i`, cycling when there are more series than colours.
    pub fn color(&self, i: usize) -> Rgb {
        self.series[i % self.series.len()]
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::light()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag_examples() {
        let white = Rgb(255, 255, 255);
        let black = Rgb(0, 0, 0);
        assert!((white.contrast(black) - 21.0).abs() < 1e-9);
        assert!((white.contrast(white) - 1.0).abs() < 1e-9);
        // #777777 on white is the classic just-below-AA grey (4.48:1).
        assert!((Rgb(0x77, 0x77, 0x77).contrast(white) - 4.48).abs() < 0.01);
    }

    #[test]
    fn text_is_readable_in_both_themes() {
        for t in [Theme::light(), Theme::dark()] {
            assert!(t.text.contrast(t.background) >= 7.0, "{:?}", t.text);
            assert!(t.muted.contrast(t.background) >= 4.5, "{:?}", t.muted);
            assert!(t.highlight.contrast(t.background) >= 3.0);
            assert!(t.selected.contrast(t.background) >= 3.0);
        }
    }

    #[test]
    fn first_four_series_stand_out_from_the_background() {
        for t in [Theme::light(), Theme::dark()] {
            for c in &t.series[..4] {
                assert!(
                    c.contrast(t.background) >= 3.0,
                    "{c:?} on {:?}",
                    t.background
                );
            }
        }
    }

    #[test]
    fn palette_is_okabe_ito_and_colours_cycle() {
        let t = Theme::light();
        assert_eq!(t.color(0), okabe_ito::BLUE);
        assert_eq!(t.color(7), t.color(0));
        assert_eq!(okabe_ito::VERMILLION.hex(), "#d55e00");
        assert!(t.font_family.contains("Noto Sans JP"));
    }
}
