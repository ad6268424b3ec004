//! Charter templates, and how a charter differs from the one it adapts.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{charter, charter_template};

use crate::{
    error::Result,
    graphql::{
        ids::{self, NodeType},
        types::{
            charter::{Commitment, Risk, commitments, risks},
            organisation::Organisation,
            toolkit::enums::{CharterPart, TemplateChange},
        },
    },
    repo::toolkit::charter_templates,
};

pub struct CharterTemplate(pub charter_template::Model);

/// A charter template a network body publishes (the dementia charter, ...): commitments and risks for councils to copy and adapt with `createCharterFromTemplate`.
#[Object]
impl CharterTemplate {
    /// Global id.
    pub async fn id(&self) -> ID {
        ids::encode(NodeType::CharterTemplate, self.0.id)
    }
    /// The template's title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// BCP 47 tag of its text.
    async fn language(&self) -> &str {
        &self.0.language
    }
    /// The rights and responsibilities it proposes.
    async fn commitments(&self) -> Vec<Commitment> {
        commitments(&self.0.commitments)
    }
    /// The risks it names and how they are managed.
    async fn risks(&self) -> Vec<Risk> {
        risks(&self.0.risks)
    }
    /// The network body that published it.
    async fn publisher(&self, ctx: &Context<'_>) -> Result<Organisation> {
        Organisation::named(ctx, self.0.publisher_org_id).await
    }
    /// When it was published.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A commitment or risk a charter added to its template, or left out of it.
#[derive(SimpleObject)]
pub struct TemplateDifference {
    /// A commitment or a risk.
    pub part: CharterPart,
    /// Added by the charter, or left out of it.
    pub change: TemplateChange,
    /// The commitment's text or the risk's description.
    pub text: String,
}

/// What `charter` added to `template` and left out of it, commitments
/// first (compared whole: a reworded commitment is one removed and one
/// added), each in its list's order.
pub fn differences(
    charter: &charter::Model,
    template: &charter_template::Model,
) -> Vec<TemplateDifference> {
    fn diff<T: PartialEq>(
        ours: &[T],
        theirs: &[T],
        part: CharterPart,
        text: impl Fn(&T) -> String,
        out: &mut Vec<TemplateDifference>,
    ) {
        for item in ours.iter().filter(|c| !theirs.contains(c)) {
            out.push(TemplateDifference {
                part,
                change: TemplateChange::Added,
                text: text(item),
            });
        }
        for item in theirs.iter().filter(|c| !ours.contains(c)) {
            out.push(TemplateDifference {
                part,
                change: TemplateChange::Removed,
                text: text(item),
            });
        }
    }
    let ours_c: Vec<charter::Commitment> =
        serde_json::from_value(charter.commitments.clone()).unwrap_or_default();
    let ours_r: Vec<charter::Risk> =
        serde_json::from_value(charter.risks.clone()).unwrap_or_default();
    let mut out = Vec::new();
    diff(
        &ours_c,
        &charter_templates::commitments(template),
        CharterPart::Commitment,
        |c| c.text.clone(),
        &mut out,
    );
    diff(
        &ours_r,
        &charter_templates::risks(template),
        CharterPart::Risk,
        |r| r.description.clone(),
        &mut out,
    );
    out
}
