//! The fields a client sets on an aggregate, stated once. [`content!`]
//! makes from one list the draft (every field), the patch (each field
//! optional) and the moves between a draft and the aggregate's row, so
//! that creating, updating and syncing cannot disagree on what a record
//! holds. Its list names every other column too: a column added to the
//! entity fails to compile until it is placed.

use sea_orm::ActiveValue;
use serde::{Serialize, de::DeserializeOwned};

/// How a draft's field is kept in its column: as itself, or a list as JSON.
pub trait Stored<Column> {
    fn load(column: &Column) -> Self;
    fn store(self) -> Column;
}

impl<T: Clone> Stored<T> for T {
    fn load(column: &T) -> Self {
        column.clone()
    }
    fn store(self) -> T {
        self
    }
}

impl<T: Serialize + DeserializeOwned> Stored<serde_json::Value> for Vec<T> {
    /// A list the server wrote itself; one it cannot read is empty.
    fn load(column: &serde_json::Value) -> Self {
        serde_json::from_value(column.clone()).unwrap_or_default()
    }
    fn store(self) -> serde_json::Value {
        serde_json::json!(self)
    }
}

/// A field kept in several columns of the row (an initiative's appraisal).
pub trait Part<Model, Row> {
    fn of(model: &Model) -> Self;
    fn set_on(self, row: &mut Row);
}

/// `Set` of a field's stored form, for the macro.
pub fn set<Column: Into<sea_orm::Value>, Field: Stored<Column>>(
    field: Field,
) -> ActiveValue<Column> {
    ActiveValue::Set(field.store())
}

/// `content! { Draft, Patch for module { fields } labels { .. } parts { .. } rest { .. } }`:
/// `fields` are kept in the columns of the same name, `labels` (the Co's
/// and tags) in the label tables, `parts` through [`Part`], and `rest`
/// names the columns the server sets (or a part keeps).
macro_rules! content {
    (
        $(#[$draft_meta:meta])*
        $draft:ident,
        $(#[$patch_meta:meta])*
        $patch:ident for $module:ident {
            $( $(#[$field_meta:meta])* $field:ident: $ty:ty ),+ $(,)?
        }
        $( labels { $( $label:ident: $label_ty:ty ),+ $(,)? } )?
        $( parts { $( $(#[$part_meta:meta])* $part:ident: $part_ty:ty ),+ $(,)? } )?
        rest { $( $rest:ident ),* $(,)? }
    ) => {
        $(#[$draft_meta])*
        #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct $draft {
            $( $(#[$field_meta])* pub $field: $ty, )+
            $($( pub $label: $label_ty, )+)?
            $($( $(#[$part_meta])* pub $part: $part_ty, )+)?
        }

        $(#[$patch_meta])*
        #[derive(Default)]
        pub struct $patch {
            $( $(#[$field_meta])* pub $field: Option<$ty>, )+
            $($( pub $label: Option<$label_ty>, )+)?
            $($( $(#[$part_meta])* pub $part: Option<$part_ty>, )+)?
        }

        impl $patch {
            /// `draft` with this patch's fields in place of its own.
            pub(crate) fn apply(self, draft: $draft) -> $draft {
                $draft {
                    $( $field: self.$field.unwrap_or(draft.$field), )+
                    $($( $label: self.$label.unwrap_or(draft.$label), )+)?
                    $($( $part: self.$part.unwrap_or(draft.$part), )+)?
                }
            }
        }

        impl $draft {
            /// The draft's fields, by their names in Rust.
            pub const FIELDS: &'static [&'static str] =
                &[$( stringify!($field), )+ $($( stringify!($label), )+)? $($( stringify!($part), )+)?];

            /// The columns the server sets, or a part keeps.
            pub const REST: &'static [&'static str] = &[$( stringify!($rest), )*];

            content!(@of $module { $( $field ),+ } $( labels { $( $label ),+ } )?
                $( parts { $( $part ),+ } )? rest { $( $rest ),* });

            /// The row of a new record: these fields set, the rest not yet.
            pub(crate) fn into_row(self) -> $module::ActiveModel {
                let mut row = <$module::ActiveModel as Default>::default();
                self.set_on(&mut row);
                row
            }

            /// `current` with these fields in place of its own.
            pub(crate) fn onto(
                self,
                current: &$module::Model,
            ) -> ::std::result::Result<$module::Model, sea_orm::DbErr> {
                use sea_orm::{IntoActiveModel, TryIntoModel};
                let mut row = current.clone().into_active_model();
                self.set_on(&mut row);
                row.try_into_model()
            }

            fn set_on(self, row: &mut $module::ActiveModel) {
                $( row.$field = $crate::repo::content::set(self.$field); )+
                $($( $crate::repo::content::Part::set_on(self.$part, row); )+)?
            }
        }
    };
    // What a record holds of a draft's fields: its row, and its labels when
    // the draft has them.
    (@of $module:ident { $( $field:ident ),+ } $( labels { $( $label:ident ),+ } )?
        $( parts { $( $part:ident ),+ } )? rest { $( $rest:ident ),* }) => {
        /// What the record holds of these fields.
        pub(crate) fn of(
            model: &$module::Model,
            $( labels: content!(@labels $( $label )+), )?
        ) -> Self {
            // Every column is a field or named in `rest`: a new one
            // stops the build here until it is placed.
            let $module::Model { $( $field: _, )+ $( $rest: _, )* } = model;
            Self {
                $( $field: $crate::repo::content::Stored::load(&model.$field), )+
                $($( $label: labels.$label.clone(), )+)?
                $($( $part: $crate::repo::content::Part::of(model), )+)?
            }
        }
    };
    (@labels $( $label:ident )+) => { &$crate::domain::labels::Labels };
}

pub(crate) use content;
