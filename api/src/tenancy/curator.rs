//! Curation: a network body's CURATOR acts on other organisations' PUBLIC,
//! published case studies (features, verifies, hides them) and answers
//! reports. The one way a member changes a record it does not own, so it
//! is narrow: only those case studies, and only their curation.

use entity::{
    case_study, organisation,
    vocabulary::{CaseStudyStatus, OrganisationKind, Visibility},
};
use sea_orm::{ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::{
    error::{AppError, Result},
    tenancy::{Role, Writer, rules::read_condition},
};

/// Whether `writer`'s organisation is a network body.
pub(super) async fn is_network_body(
    writer: &Writer<'_>,
    conn: &impl ConnectionTrait,
) -> Result<bool> {
    let kind = organisation::Entity::find_by_id(writer.org().0)
        .one(conn)
        .await?
        .map(|org| org.kind);
    Ok(kind == Some(OrganisationKind::NetworkBody))
}

/// A writer that curates for its network body.
pub struct Curator<'a> {
    writer: Writer<'a>,
}

impl<'a> Curator<'a> {
    /// `writer` as a curator: it holds the CURATOR role, of an organisation
    /// that is a network body (FORBIDDEN otherwise).
    pub async fn of(writer: Writer<'a>, conn: &impl ConnectionTrait) -> Result<Self> {
        const REFUSAL: &str = "curating needs the CURATOR role of a network body";
        if !writer.roles().allows(Role::Curator) {
            return Err(AppError::Forbidden(REFUSAL));
        }
        if is_network_body(&writer, conn).await? {
            Ok(Self { writer })
        } else {
            Err(AppError::Forbidden(REFUSAL))
        }
    }

    pub fn writer(&self) -> &Writer<'a> {
        &self.writer
    }

    /// The case study `id`, read in `conn` (and locked) for curating it:
    /// NOT_FOUND when the curator may not see it, FORBIDDEN when it may but
    /// the case study is not PUBLIC and published.
    pub async fn case_study(
        &self,
        conn: &impl ConnectionTrait,
        id: i64,
    ) -> Result<case_study::Model> {
        let row = case_study::Entity::find_by_id(id)
            .filter(read_condition::<case_study::Entity>(
                &self.writer.as_caller(),
            ))
            .lock_exclusive()
            .one(conn)
            .await?
            .ok_or(AppError::NotFound {
                entity: "case study",
            })?;
        if row.visibility != Visibility::Public || row.status != CaseStudyStatus::Published {
            return Err(AppError::Forbidden(
                "only PUBLIC, published case studies are curated",
            ));
        }
        Ok(row)
    }
}
