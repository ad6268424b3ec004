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
    DbErr,
    sqlx::{
        Decode, Postgres, Row, Type,
        error::BoxDynError,
        postgres::{PgRow, PgTypeInfo, PgValueFormat, PgValueRef},
    },
};

/// A type whose values a column holds as the driver's `Raw`, which may
/// borrow from the row.
pub trait PgColumn: Sized {
    type Raw<'r>: Decode<'r, Postgres>;

    /// Whether a column of type `ty` holds values of this type.
    fn accepts(ty: &PgTypeInfo) -> bool;

    fn from_raw(raw: Self::Raw<'_>) -> Result<Self, DbErr>;
}

/// A model field, nullable or not.
pub trait Field: Sized {
    /// Whether a column of type `ty` holds this field.
    fn accepts(ty: &PgTypeInfo) -> bool;

    /// The field in column `index` of `row`, whose type [`Field::accepts`]
    /// has approved for this result.
    fn read(row: &PgRow, index: usize) -> Result<Self, DbErr>;
}

fn raw<T: PgColumn>(row: &PgRow, index: usize) -> Result<Option<T::Raw<'_>>, DbErr> {
    row.try_get_unchecked::<Option<T::Raw<'_>>, _>(index)
        .map_err(|error| DbErr::Type(format!("column {index}: {error}")))
}

impl<T: PgColumn> Field for T {
    fn accepts(ty: &PgTypeInfo) -> bool {
        T::accepts(ty)
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
        T::accepts(ty)
    }

    fn read(row: &PgRow, index: usize) -> Result<Self, DbErr> {
        raw::<T>(row, index)?.map(T::from_raw).transpose()
    }
}

macro_rules! as_decoded {
    ($($ty:ty),+ $(,)?) => {$(
        impl PgColumn for $ty {
            type Raw<'r> = Self;

            fn accepts(ty: &PgTypeInfo) -> bool {
                <Self as Type<Postgres>>::compatible(ty)
            }

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
    NaiveDate,
    serde_json::Value,
);

/// Vocabulary stored as text, read from the row's bytes: a page holds a
/// few hundred such values, and decoding each into a `String` first cost
/// an allocation apiece.
macro_rules! as_text {
    ($($ty:ty),+ $(,)?) => {$(
        impl PgColumn for $ty {
            type Raw<'r> = &'r str;

            fn accepts(ty: &PgTypeInfo) -> bool {
                <String as Type<Postgres>>::compatible(ty)
            }

            fn from_raw(raw: &str) -> Result<Self, DbErr> {
                <$ty>::from_text(raw).ok_or_else(|| {
                    DbErr::Type(format!(
                        "{raw:?} is not a {}",
                        std::any::type_name::<$ty>()
                    ))
                })
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

/// A `timestamptz` as Postgres sends it: in binary, the microseconds since
/// 2000-01-01 UTC, which become a `DateTime` in one step. The driver's
/// decoding builds the epoch and adds a duration for every value, with
/// checks at each stage: a fortieth of a page's work, for a hundred
/// timestamps.
pub enum Timestamp {
    SincePostgresEpoch(i64),
    Decoded(DateTime<Utc>),
}

/// 2000-01-01T00:00:00Z in microseconds since the Unix epoch.
const POSTGRES_EPOCH_MICROS: i64 = 946_684_800_000_000;

impl<'r> Decode<'r, Postgres> for Timestamp {
    fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
        Ok(match value.format() {
            PgValueFormat::Binary => {
                Timestamp::SincePostgresEpoch(<i64 as Decode<Postgres>>::decode(value)?)
            }
            PgValueFormat::Text => {
                Timestamp::Decoded(<DateTime<Utc> as Decode<Postgres>>::decode(value)?)
            }
        })
    }
}

impl PgColumn for DateTime<Utc> {
    type Raw<'r> = Timestamp;

    fn accepts(ty: &PgTypeInfo) -> bool {
        <Self as Type<Postgres>>::compatible(ty)
    }

    fn from_raw(raw: Timestamp) -> Result<Self, DbErr> {
        match raw {
            Timestamp::Decoded(at) => Ok(at),
            // Postgres's `infinity` is beyond any `DateTime`.
            Timestamp::SincePostgresEpoch(micros) => micros
                .checked_add(POSTGRES_EPOCH_MICROS)
                .and_then(DateTime::from_timestamp_micros)
                .ok_or_else(|| {
                    DbErr::Type(format!("timestamp {micros} µs after 2000 is out of range"))
                }),
        }
    }
}

/// Whether the column at `index` holds the field `_field` points at (the
/// pointer only names the field's type).
pub fn accepts_at<M, T: Field>(_field: fn(&M) -> &T, row: &PgRow, index: usize) -> bool {
    use sea_orm::sqlx::Column;
    row.columns()
        .get(index)
        .is_some_and(|column| T::accepts(column.type_info()))
}
