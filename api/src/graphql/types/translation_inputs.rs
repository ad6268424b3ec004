//! Inputs that write translations, and their conversion into drafts.

use async_graphql::{ID, InputObject};
use entity::translation::RiskText;

use crate::{graphql::types::enums::TranslationStatus, repo::translation::write::TranslationDraft};

/// A translation of a case study in a partner's batch.
#[derive(InputObject)]
pub struct TranslationInput {
    /// BCP 47 language tag (`cy`), not the original's.
    pub language: String,
    /// HUMAN or MACHINE.
    pub status: TranslationStatus,
    /// 1 to 200 characters.
    pub title: String,
    /// Up to 1,000 characters.
    pub summary: Option<String>,
    /// Up to 100,000 bytes.
    pub body: Option<String>,
}

impl TranslationInput {
    pub fn into_db(self) -> TranslationDraft {
        TranslationDraft {
            language: self.language,
            status: self.status.into(),
            title: self.title,
            summary: self.summary,
            body: self.body,
            commitments: None,
            risks: None,
        }
    }
}

/// A risk's words in another language.
#[derive(InputObject)]
pub struct RiskTextInput {
    pub description: String,
    pub mitigation: String,
}

/// A translation of a case study (title, summary, body), an initiative
/// (title, summary) or a charter (title, commitments, risks), replacing
/// the one in its language.
#[derive(InputObject)]
pub struct SetTranslationInput {
    /// The case study, initiative or charter translated.
    pub id: ID,
    /// BCP 47 language tag (`cy`), not the original's.
    pub language: String,
    /// HUMAN or MACHINE.
    pub status: TranslationStatus,
    /// 1 to 200 characters.
    pub title: String,
    /// Up to 1,000 characters (case studies and initiatives).
    pub summary: Option<String>,
    /// Up to 100,000 bytes (case studies).
    pub body: Option<String>,
    /// Each commitment's text, in the charter's order (charters).
    pub commitments: Option<Vec<String>>,
    /// Each risk's description and mitigation, in the charter's order (charters).
    pub risks: Option<Vec<RiskTextInput>>,
    /// The record's version the translation was made against; a stale one is a CONFLICT.
    pub expected_version: i32,
}

impl SetTranslationInput {
    pub fn into_db(self) -> (ID, i32, TranslationDraft) {
        let draft = TranslationDraft {
            language: self.language,
            status: self.status.into(),
            title: self.title,
            summary: self.summary,
            body: self.body,
            commitments: self.commitments,
            risks: self.risks.map(|risks| {
                risks
                    .into_iter()
                    .map(|r| RiskText {
                        description: r.description,
                        mitigation: r.mitigation,
                    })
                    .collect()
            }),
        };
        (self.id, self.expected_version, draft)
    }
}
