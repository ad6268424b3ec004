use async_graphql::{ID, Object};
use chrono::{DateTime, Utc};
use entity::{audit_log, vocabulary};

use crate::graphql::{
    ids::{self, NodeType},
    types::enums::{AuditAction, AuditEntity},
};

pub struct AuditEntry(pub audit_log::Model);

/// One write to the organisation's records: who, what, when, and the version before and after.
#[Object]
impl AuditEntry {
    /// The subject (`sub`) of the token that wrote.
    async fn subject(&self) -> &str {
        &self.0.subject
    }
    /// What the write did.
    async fn action(&self) -> AuditAction {
        self.0.action.into()
    }
    /// What kind of record it touched.
    async fn entity_type(&self) -> AuditEntity {
        self.0.entity_type.into()
    }
    /// The global id of the record written, or the `jti` of a revoked token.
    async fn entity_id(&self) -> ID {
        let kind = match self.0.entity_type {
            vocabulary::AuditEntity::Initiative => NodeType::Initiative,
            vocabulary::AuditEntity::CaseStudy => NodeType::CaseStudy,
            vocabulary::AuditEntity::Charter => NodeType::Charter,
            vocabulary::AuditEntity::Organisation => NodeType::Organisation,
            vocabulary::AuditEntity::PeerReview => NodeType::PeerReview,
            vocabulary::AuditEntity::PathwayStep => NodeType::PathwayStep,
            vocabulary::AuditEntity::PathwayLink => NodeType::PathwayLink,
            vocabulary::AuditEntity::Evidence => NodeType::Evidence,
            vocabulary::AuditEntity::OutcomeIndicator => NodeType::OutcomeIndicator,
            vocabulary::AuditEntity::IndicatorMeasurement => NodeType::IndicatorMeasurement,
            vocabulary::AuditEntity::ContentReport => NodeType::ContentReport,
            vocabulary::AuditEntity::CommunityAsset => NodeType::CommunityAsset,
            vocabulary::AuditEntity::Participant => NodeType::Participant,
            vocabulary::AuditEntity::IncentiveTemplate => NodeType::IncentiveTemplate,
            vocabulary::AuditEntity::Incentive => NodeType::Incentive,
            vocabulary::AuditEntity::CharterTemplate => NodeType::CharterTemplate,
            // A business case is its initiative's: named by the initiative.
            vocabulary::AuditEntity::BusinessCase => NodeType::Initiative,
            vocabulary::AuditEntity::BarrierSurvey => NodeType::BarrierSurvey,
            vocabulary::AuditEntity::SurveyRun => NodeType::SurveyRun,
            vocabulary::AuditEntity::Token => return ID(self.0.entity_ref.clone()),
        };
        match self.0.entity_ref.parse() {
            Ok(id) => ids::encode(kind, id),
            Err(_) => ID(self.0.entity_ref.clone()),
        }
    }
    /// The record's version before the write; null for a creation.
    async fn version_before(&self) -> Option<i32> {
        self.0.version_before
    }
    /// The record's version after the write.
    async fn version_after(&self) -> Option<i32> {
        self.0.version_after
    }
    /// When it was written.
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }
}
