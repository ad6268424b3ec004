//! An ADMIN manages its own organisation's entry in the directory.

use chrono::Utc;
use entity::{
    organisation::{Entity, Model},
    vocabulary::{AuditAction, Nation, OrganisationKind},
};
use sea_orm::EntityTrait;

use crate::{
    domain::validate::{self, TITLE_MAX},
    error::{AppError, Result},
    repo::unit,
    tenancy::ScopedDb,
};

/// The fields an update changes; `None` keeps the stored value
/// (`gss_code: Some(None)` clears it).
#[derive(Default)]
pub struct OrganisationPatch {
    pub name: Option<String>,
    pub kind: Option<OrganisationKind>,
    pub gss_code: Option<Option<String>>,
    pub nation: Option<Nation>,
}

/// An ONS GSS code: a letter and eight digits (E10000030, S12000040, ...).
fn gss_code(value: &str) -> Result<String> {
    let value = value.trim().to_uppercase();
    let mut chars = value.chars();
    let letter_ok = chars
        .next()
        .is_some_and(|c| matches!(c, 'E' | 'W' | 'S' | 'N'));
    if letter_ok && value.len() == 9 && chars.all(|c| c.is_ascii_digit()) {
        Ok(value)
    } else {
        Err(AppError::bad_input(
            "gssCode",
            format!("gssCode must be an ONS GSS code such as E10000030, not {value:?}"),
        ))
    }
}

/// Updates the caller's own organisation.
pub async fn update(
    db: &ScopedDb,
    expected_version: i32,
    patch: OrganisationPatch,
) -> Result<Model> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        let current = Entity::find_by_id(unit.writer().org().0)
            .one(unit.txn())
            .await?
            .ok_or(AppError::NotFound {
                entity: "organisation",
            })?;
        validate::expected_version(current.version, expected_version)?;
        let next = Model {
            name: match patch.name {
                Some(name) => validate::text("name", &name, TITLE_MAX)?,
                None => current.name.clone(),
            },
            kind: patch.kind.unwrap_or(current.kind),
            gss_code: match patch.gss_code {
                Some(Some(code)) => Some(gss_code(&code)?),
                Some(None) => None,
                None => current.gss_code.clone(),
            },
            nation: patch.nation.unwrap_or(current.nation),
            updated_at: Utc::now(),
            version: current.version + 1,
            ..current.clone()
        };
        unit.save::<Entity>(AuditAction::Update, &current, next.clone())
            .await
            .map_err(|err| match err {
                AppError::Conflict {
                    current_version: None,
                    ..
                } => AppError::Conflict {
                    message: "gssCode is already used by another organisation".into(),
                    current_version: None,
                },
                other => other,
            })?;
        Ok(next)
    })
    .await
}
