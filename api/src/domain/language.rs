//! Which language a record's text answers in: the one asked for by a
//! field's `lang` argument, else the best of the request's
//! `Accept-Language` that the record has, else the original.

/// How many languages of an `Accept-Language` header count: browsers send
/// a handful, and a longer list only costs.
const MAX_PREFERENCES: usize = 12;

/// The languages a request prefers, best first (from `Accept-Language`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preferences(Vec<String>);

impl Preferences {
    /// Reads an `Accept-Language` value (`cy, en-GB;q=0.8, *;q=0.1`).
    /// What cannot be read is left out: a bad header means no preference,
    /// never an error.
    pub fn from_header(value: &str) -> Self {
        let mut ranked: Vec<(u16, usize, String)> = value
            .split(',')
            .enumerate()
            .filter_map(|(position, item)| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim().to_ascii_lowercase();
                let quality = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1000), quality)?;
                let well_formed = !tag.is_empty()
                    && tag != "*"
                    && tag.len() <= 35
                    && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                (well_formed && quality > 0).then_some((quality, position, tag))
            })
            .take(MAX_PREFERENCES)
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        Self(ranked.into_iter().map(|(_, _, tag)| tag).collect())
    }

    /// The single language `tag` (a field's `lang` argument).
    pub fn only(tag: &str) -> Self {
        Self(vec![tag.trim().to_ascii_lowercase()])
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The most preferred language, if any.
    pub fn first(&self) -> Option<&str> {
        self.0.first().map(String::as_str)
    }

    /// The language to answer in: the first preference that `original`
    /// or one of `translated` serves (the same tag, or the same primary
    /// language: `cy-GB` is served by `cy`, `en` by `en-GB`), else the
    /// original. `None` means the original.
    pub fn choose<'a>(
        &self,
        original: &str,
        translated: impl Iterator<Item = &'a str> + Clone,
    ) -> Option<&'a str> {
        for wanted in &self.0 {
            if same_language(wanted, original) {
                return None;
            }
            if let Some(found) = translated.clone().find(|t| t.eq_ignore_ascii_case(wanted)) {
                return Some(found);
            }
            if let Some(found) = translated.clone().find(|t| same_language(wanted, t)) {
                return Some(found);
            }
        }
        None
    }

    /// Whether the original, in `original`, is what these preferences
    /// answer with before any translation is looked at.
    pub fn prefers_original(&self, original: &str) -> bool {
        self.first()
            .is_none_or(|first| same_language(first, original))
    }
}

/// `q=0.8` as thousandths; `None` when unreadable.
fn quality(text: &str) -> Option<u16> {
    let value: f32 = text.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        .then(|| (value * 1000.0).round() as u16)
}

/// The language part of a tag (`cy` of `cy-GB`), lower case.
pub fn primary(tag: &str) -> String {
    tag.split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Whether two tags name the same language (their primary subtags agree).
pub fn same_language(a: &str, b: &str) -> bool {
    primary(a) == primary(b)
}

/// Whether text in `tag` is Welsh, which search reads without stemming.
pub fn is_welsh(tag: &str) -> bool {
    primary(tag) == "cy"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferences_follow_quality_then_order() {
        let prefs = Preferences::from_header("en;q=0.5, cy, fr;q=0.5, *;q=0.1, de;q=0");
        assert_eq!(prefs.0, ["cy", "en", "fr"]);
        assert!(Preferences::from_header("").is_empty());
        assert!(Preferences::from_header(";;,q=x").is_empty());
        assert_eq!(Preferences::from_header("CY-gb").0, ["cy-gb"]);
    }

    #[test]
    fn the_best_served_preference_wins_else_the_original() {
        let translated = ["cy", "fr-CA"];
        let choose = |header: &str| {
            Preferences::from_header(header).choose("en", translated.iter().copied())
        };
        assert_eq!(choose("cy"), Some("cy"));
        assert_eq!(choose("cy-GB"), Some("cy"));
        assert_eq!(choose("fr"), Some("fr-CA"));
        assert_eq!(choose("de, cy;q=0.5"), Some("cy"));
        assert_eq!(choose("en-GB, cy;q=0.5"), None);
        assert_eq!(choose("de"), None);
        assert_eq!(choose(""), None);
    }

    #[test]
    fn welsh_is_known_by_its_primary_subtag() {
        assert!(is_welsh("cy") && is_welsh("cy-GB") && is_welsh("CY"));
        assert!(!is_welsh("en") && !is_welsh("cym"));
    }
}
