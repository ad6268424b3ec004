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
        language: String,
    }
    rest {
        id, owner_org_id, created_at, updated_at, version, deleted_at, adopted_at, retired_at,
        template_id,
    }
}

impl CharterDraft {
    pub(crate) fn validated(self) -> Result<Self> {
        validate::list_len("commitments", &self.commitments, MAX_COMMITMENTS)?;
        validate::list_len("risks", &self.risks, MAX_RISKS)?;
        validate::list_len("signatories", &self.signatories, MAX_SIGNATORIES)?;
        let signatories = validate::each("signatories", self.signatories, |at, s| {
            Ok(Signatory {
                name: validate::text(&format!("{at}.name"), &s.name, NAME_MAX)?,
                role: validate::text(&format!("{at}.role"), &s.role, NAME_MAX)?,
                ..s
            })
        })?;
        let commitments = validate::each("commitments", self.commitments, |at, c| {
            Ok(Commitment {
                text: validate::text(&format!("{at}.text"), &c.text, SUMMARY_MAX)?,
                ..c
            })
        })?;
        let risks = validate::each("risks", self.risks, |at, r| {
            Ok(Risk {
                description: validate::text(
                    &format!("{at}.description"),
                    &r.description,
                    SUMMARY_MAX,
                )?,
                mitigation: validate::text(
                    &format!("{at}.mitigation"),
                    &r.mitigation,
                    SUMMARY_MAX,
                )?,
                ..r
            })
        })?;
        Ok(Self {
            title: validate::text("title", &self.title, TITLE_MAX)?,
            language: validate::language("language", &self.language)?,
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
