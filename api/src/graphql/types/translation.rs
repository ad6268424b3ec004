//! Text in the caller's language: which translation, if any, a record's
//! text fields answer with, and the list of a record's languages.

use std::sync::Arc;

use async_graphql::{Context, Object, Value};
use chrono::{DateTime, Utc};
use entity::{translation, vocabulary::ContentKind};

use crate::{
    domain::language::Preferences,
    error::Result,
    graphql::{context::ContextExt, loaders::TextRecord, types::enums::TranslationStatus},
};

/// One language a record's text is available in.
pub struct Translation {
    language: String,
    status: TranslationStatus,
    updated_at: DateTime<Utc>,
}

impl Translation {
    pub fn language_tag(&self) -> &str {
        &self.language
    }
}

/// One language a record's text can be read in: the original's, or a translation's.
#[Object]
impl Translation {
    /// BCP 47 language tag.
    async fn language(&self) -> &str {
        &self.language
    }
    /// ORIGINAL for the original; HUMAN or MACHINE for a translation, OUTDATED once the original changed after it.
    async fn status(&self) -> TranslationStatus {
        self.status
    }
    /// When this text last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

/// A record that holds text in a language, as its type's fields see it.
pub struct Original<'a> {
    pub kind: ContentKind,
    pub id: i64,
    pub language: &'a str,
    pub updated_at: DateTime<Utc>,
}

impl Original<'_> {
    /// The languages asked for: the field's `lang`, else the request's.
    fn preferences(ctx: &Context<'_>, lang: Option<&str>) -> Result<Preferences> {
        Ok(match lang {
            Some(lang) => Preferences::only(lang),
            None => ctx.request_ctx()?.languages.clone(),
        })
    }

    /// A text field answered inline (see `fast::inline`): when it has no
    /// `lang` and the request prefers no other language than the original's.
    pub fn inline(&self, ctx: &Context<'_>, text: &str) -> Option<Value> {
        (ctx.item.node.arguments.is_empty() && self.answers_without_loading(ctx, None))
            .then(|| Value::String(text.to_owned()))
    }

    /// Whether the original answers `lang` without looking at translations.
    pub fn answers_without_loading(&self, ctx: &Context<'_>, lang: Option<&str>) -> bool {
        match lang {
            Some(lang) => Preferences::only(lang).prefers_original(self.language),
            None => ctx
                .request_ctx()
                .is_ok_and(|r| r.languages.prefers_original(self.language)),
        }
    }

    async fn translations(&self, ctx: &Context<'_>) -> Result<Arc<Vec<translation::Model>>> {
        let key = TextRecord {
            kind: self.kind,
            id: self.id,
        };
        let found = ctx.loaders()?.translations().load_one(key).await?;
        Ok(Arc::new(found.unwrap_or_default()))
    }

    /// The translation the text fields answer with for `lang`; `None`: the original.
    pub async fn served(
        &self,
        ctx: &Context<'_>,
        lang: Option<&str>,
    ) -> Result<Option<translation::Model>> {
        if self.answers_without_loading(ctx, lang) {
            return Ok(None);
        }
        let preferences = Self::preferences(ctx, lang)?;
        let translations = self.translations(ctx).await?;
        let chosen = preferences.choose(
            self.language,
            translations.iter().map(|t| t.language.as_str()),
        );
        Ok(chosen.and_then(|language| {
            translations
                .iter()
                .find(|t| t.language == language)
                .cloned()
        }))
    }

    /// The language the text fields answer in for `lang`.
    pub async fn served_language(&self, ctx: &Context<'_>, lang: Option<&str>) -> Result<String> {
        Ok(match self.served(ctx, lang).await? {
            Some(translation) => translation.language,
            None => self.language.to_owned(),
        })
    }

    /// The original's language, then each translation's.
    pub async fn languages(&self, ctx: &Context<'_>) -> Result<Vec<Translation>> {
        let mut all = vec![Translation {
            language: self.language.to_owned(),
            status: TranslationStatus::Original,
            updated_at: self.updated_at,
        }];
        all.extend(self.translations(ctx).await?.iter().map(|t| Translation {
            language: t.language.clone(),
            status: t.status.into(),
            updated_at: t.updated_at,
        }));
        Ok(all)
    }
}
