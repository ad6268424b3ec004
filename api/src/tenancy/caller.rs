//! Who the caller of a request is: anonymous, or a member of one
//! organisation with its roles.

use std::collections::BTreeSet;

/// An organisation's database id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrgId(pub i64);

/// Who a token was issued to (its `sub`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject(pub String);

/// A role a token grants within its organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Viewer,
    Editor,
    Admin,
    Sync,
    /// Curates the network's PUBLIC case studies: meaningful for a
    /// network body's tokens only.
    Curator,
}

impl Role {
    pub const ALL: [Self; 5] = [
        Self::Viewer,
        Self::Editor,
        Self::Admin,
        Self::Sync,
        Self::Curator,
    ];

    /// The name used in tokens' `roles` claim.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Viewer => "VIEWER",
            Self::Editor => "EDITOR",
            Self::Admin => "ADMIN",
            Self::Sync => "SYNC",
            Self::Curator => "CURATOR",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

/// The roles of one caller; never empty for a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleSet(BTreeSet<Role>);

impl RoleSet {
    pub fn new(roles: impl IntoIterator<Item = Role>) -> Option<Self> {
        let set: BTreeSet<Role> = roles.into_iter().collect();
        (!set.is_empty()).then_some(Self(set))
    }

    pub fn contains(&self, role: Role) -> bool {
        self.0.contains(&role)
    }

    /// Whether these roles allow what `required` allows: ADMIN includes
    /// EDITOR, and EDITOR includes VIEWER; SYNC stands alone.
    pub fn allows(&self, required: Role) -> bool {
        match required {
            Role::Viewer => !self.0.is_empty(),
            Role::Editor => self.contains(Role::Editor) || self.contains(Role::Admin),
            Role::Admin => self.contains(Role::Admin),
            Role::Sync => self.contains(Role::Sync),
            Role::Curator => self.contains(Role::Curator),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = Role> + '_ {
        self.0.iter().copied()
    }
}

/// The caller of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    /// No token: sees PUBLIC, published records only.
    Anonymous,
    /// A verified token of an active member organisation.
    Member {
        org: OrgId,
        roles: RoleSet,
        subject: Subject,
    },
}

impl Caller {
    pub fn org(&self) -> Option<OrgId> {
        match self {
            Self::Anonymous => None,
            Self::Member { org, .. } => Some(*org),
        }
    }
}
