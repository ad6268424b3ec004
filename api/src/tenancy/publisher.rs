//! Publishing: a network body's EDITORs publish the toolkit's templates and
//! questionnaires for every council. Only a network body publishes, and it
//! changes only what it published.

use sea_orm::ConnectionTrait;

use crate::{
    error::{AppError, Result},
    tenancy::{Writer, curator::is_network_body},
};

/// A writer publishing for its network body.
pub struct Publisher<'a> {
    writer: &'a Writer<'a>,
}

impl<'a> Publisher<'a> {
    /// `writer` as a publisher: its organisation is a network body
    /// (FORBIDDEN otherwise; the EDITOR role is the resolver's guard).
    pub async fn of(writer: &'a Writer<'a>, conn: &impl ConnectionTrait) -> Result<Self> {
        if is_network_body(writer, conn).await? {
            Ok(Self { writer })
        } else {
            Err(AppError::Forbidden(
                "publishing to the network's toolkit needs an EDITOR of a network body",
            ))
        }
    }

    /// The organisation it publishes as.
    pub fn org_id(&self) -> i64 {
        self.writer.org().0
    }
}
