//! Model fields read straight from a Postgres row.
//!
//! Through sea-orm, the driver checks a column's type against the field's
//! for every value it decodes: on a page of case studies with their owner
//! and initiative that was a tenth of the server's work, the same answer
//! a thousand times a page. [`positional`](super::positional) asks
//! [`Field::accepts`] once per result instead, and reads each row with
//! [`Field::read`], which decodes without asking again.

use chrono::{DateTime, NaiveDate, Utc};
use entity::vocabulary::{
    CaseStudyStatus, CharterStatus, Nation, OrganisationKind, PeerReviewKind, PeerReviewStatus,
    ServiceArea, StarStep, Visibility,
};
use sea_orm::{
    ActiveEnum, DbErr,
    sqlx::{
        Decode, Postgres, Row, Type,
        postgres::{PgRow, PgTypeInfo},
    },
};

/// A type whose values a column holds as the driver's `Raw`.
pub trait PgColumn: Sized {
    type Raw: for<'r> Decode<'r, Postgres> + Type<Postgres>;

    fn from_raw(raw: Self::Raw) -> Result<Self, DbErr>;
}

/// A model field, nullable or not.
pub trait Field: Sized {
    /// Whether a column of type `ty` holds this field.
    fn accepts(ty: &PgTypeInfo) -> bool;

    /// The field in column `index` of `row`, whose type [`Field::accepts`]
    /// has approved for this result.
    fn read(row: &PgRow, index: usize) -> Result<Self, DbErr>;
}

fn raw<T: PgColumn>(row: &PgRow, index: usize) -> Result<Option<T::Raw>, DbErr> {
    row.try_get_unchecked::<Option<T::Raw>, _>(index)
        .map_err(|error| DbErr::Type(format!("column {index}: {error}")))
}

impl<T: PgColumn> Field for T {
    fn accepts(ty: &PgTypeInfo) -> bool {
        <T::Raw as Type<Postgres>>::compatible(ty)
    }

    fn read(row: &PgRow, index: usize) -> Result<Self, DbErr> {
        match raw::<T>(row, index)? {
            Some(value) => T::from_raw(value),
            None => Err(DbErr::Type(format!("column {index} is NULL"))),
        }
    }
}

impl<T: PgColumn> Field for Option<T> {
    fn accepts(ty: &PgTypeInfo) -> bool {
        <T::Raw as Type<Postgres>>::compatible(ty)
    }

    fn read(row: &PgRow, index: usize) -> Result<Self, DbErr> {
        raw::<T>(row, index)?.map(T::from_raw).transpose()
    }
}

macro_rules! as_decoded {
    ($($ty:ty),+ $(,)?) => {$(
        impl PgColumn for $ty {
            type Raw = Self;

            fn from_raw(raw: Self) -> Result<Self, DbErr> {
                Ok(raw)
            }
        }
    )+};
}

as_decoded!(
    i16,
    i32,
    i64,
    f64,
    bool,
    String,
    DateTime<Utc>,
    NaiveDate,
    serde_json::Value,
);

/// Vocabulary stored as text, parsed as sea-orm parses it.
macro_rules! as_text {
    ($($ty:ty),+ $(,)?) => {$(
        impl PgColumn for $ty {
            type Raw = String;

            fn from_raw(raw: String) -> Result<Self, DbErr> {
                <$ty as ActiveEnum>::try_from_value(&raw)
            }
        }
    )+};
}

as_text!(
    CaseStudyStatus,
    CharterStatus,
    Nation,
    OrganisationKind,
    PeerReviewKind,
    PeerReviewStatus,
    ServiceArea,
    StarStep,
    Visibility,
);

/// Whether the column at `index` holds the field `_field` points at (the
/// pointer only names the field's type).
pub fn accepts_at<M, T: Field>(_field: fn(&M) -> &T, row: &PgRow, index: usize) -> bool {
    use sea_orm::sqlx::Column;
    row.columns()
        .get(index)
        .is_some_and(|column| T::accepts(column.type_info()))
}
