//! Reading translations, through the caller's scope.

use std::collections::HashMap;

use entity::{translation, vocabulary::ContentKind};
use sea_orm::{QueryOrder, QueryTrait};

use crate::{error::Result, store::keyset, tenancy::ScopedDb};

/// The translations of the records `ids` of `kind` that the caller may
/// read, by record, each record's in language order.
pub async fn for_records(
    db: &ScopedDb,
    kind: ContentKind,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<translation::Model>>> {
    let select = db
        .readable_translations(kind, ids)
        .order_by_asc(translation::Column::Language)
        .into_query();
    let rows: Vec<translation::Model> = keyset::fetch_all(db.conn(), &select).await?;
    let mut found: HashMap<i64, Vec<translation::Model>> = HashMap::new();
    for row in rows {
        found.entry(row.record_id).or_default().push(row);
    }
    Ok(found)
}
