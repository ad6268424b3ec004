//! A case study's text with a search's words marked, for a results list.

use async_graphql::SimpleObject;

use crate::store::search::Highlighted;

/// Where a case study holds the words of a search: its title and a passage of its summary or body, each split into parts with the words found marked. Plain text, no markup: show `matched` parts emphasised (a `<mark>`).
#[derive(SimpleObject)]
pub struct SearchHighlight {
    /// The whole title.
    pub title: Vec<HighlightPart>,
    /// The passage of about 200 characters of the summary (or else the body) that holds most of the words; empty when neither holds any (the words were found in the tags or a translation in another language).
    pub passage: Vec<HighlightPart>,
}

/// A piece of text, found by the search or not.
#[derive(SimpleObject)]
pub struct HighlightPart {
    /// The text, as written.
    pub text: String,
    /// Whether this part is a word the search found.
    pub matched: bool,
}

impl From<Highlighted> for Vec<HighlightPart> {
    fn from(highlighted: Highlighted) -> Self {
        highlighted
            .0
            .into_iter()
            .map(|(text, matched)| HighlightPart { text, matched })
            .collect()
    }
}
