use async_graphql::{ID, Object};
use chrono::{DateTime, Utc};

use crate::{
    graphql::{
        ids::{self, NodeType},
        types::{case_study::CaseStudy, enums::ChangeOp},
    },
    repo::change_log::read::Change,
};

pub struct CaseStudyChange(pub Change);

/// One change to a case study, as the sync feed reports it to you.
#[Object]
impl CaseStudyChange {
    /// UPSERT, or DELETE for a case study that was deleted or left your view.
    async fn op(&self) -> ChangeOp {
        self.0.op.into()
    }
    /// The case study's global id.
    async fn id(&self) -> ID {
        ids::encode(NodeType::CaseStudy, self.0.case_study_id)
    }
    /// The owner's key for it, when it has one.
    async fn external_id(&self) -> Option<&str> {
        self.0.external_id.as_deref()
    }
    /// When the change was committed.
    async fn changed_at(&self) -> DateTime<Utc> {
        self.0.changed_at
    }
    /// The case study as it is now; null for a DELETE.
    async fn case_study(&self) -> Option<CaseStudy> {
        self.0.case_study.clone().map(CaseStudy::from)
    }
}
