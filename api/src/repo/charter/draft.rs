//! A charter's content: the fields a client sets, and their rules.

use entity::{
    charter::{self, Commitment, Risk, Signatory},
    vocabulary::{CharterStatus, Visibility},
};

use crate::{
    domain::validate::{self, SUMMARY_MAX, TITLE_MAX},
    error::Result,
    repo::content::content,
};

const NAME_MAX: usize = 200;

/// How much a charter holds: each list is read whole with its charter, and
/// a query pays for the ceiling in the complexity limit (`graphql::cost`).
/// The demo's dementia charter has fifteen commitments, two risks and two
/// signatories.
pub const MAX_COMMITMENTS: u64 = 50;
pub const MAX_RISKS: u64 = 30;
pub const MAX_SIGNATORIES: u64 = 50;

content! {
    /// Every field of a charter a client sets.
    CharterDraft,
    /// The fields an update changes; `None` keeps the stored value.
    CharterPatch for charter {
        initiative_id: Option<i64>,
        title: String,
        status: CharterStatus,
        commitments: Vec<Commitment>,
        risks: Vec<Risk>,
        signatories: Vec<Signatory>,
        visibility: Visibility,
    }
    rest {
        id, owner_org_id, created_at, updated_at, version, deleted_at, adopted_at, retired_at,
    }
}

impl CharterDraft {
    pub(crate) fn validated(self) -> Result<Self> {
        validate::list_len("commitments", &self.commitments, MAX_COMMITMENTS)?;
        validate::list_len("risks", &self.risks, MAX_RISKS)?;
        validate::list_len("signatories", &self.signatories, MAX_SIGNATORIES)?;
        let signatories = self
            .signatories
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                Ok(Signatory {
                    name: validate::text(&format!("signatories[{i}].name"), &s.name, NAME_MAX)?,
                    role: validate::text(&format!("signatories[{i}].role"), &s.role, NAME_MAX)?,
                    ..s
                })
            })
            .collect::<Result<_>>()?;
        let commitments = self
            .commitments
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                Ok(Commitment {
                    text: validate::text(&format!("commitments[{i}].text"), &c.text, SUMMARY_MAX)?,
                    ..c
                })
            })
            .collect::<Result<_>>()?;
        let risks = self
            .risks
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                Ok(Risk {
                    description: validate::text(
                        &format!("risks[{i}].description"),
                        &r.description,
                        SUMMARY_MAX,
                    )?,
                    mitigation: validate::text(
                        &format!("risks[{i}].mitigation"),
                        &r.mitigation,
                        SUMMARY_MAX,
                    )?,
                    ..r
                })
            })
            .collect::<Result<_>>()?;
        Ok(Self {
            title: validate::text("title", &self.title, TITLE_MAX)?,
            commitments,
            risks,
            signatories,
            ..self
        })
    }

    /// Whether `self` says something else than `other` as an agreement.
    pub(crate) fn agreement_differs(&self, other: &Self) -> bool {
        self.title != other.title
            || self.commitments != other.commitments
            || self.risks != other.risks
            || self.signatories != other.signatories
    }
}
