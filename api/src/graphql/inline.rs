//! Inline answers: the items of a page whose selected fields need nothing
//! but what the item holds (its columns, the relations its page joined) are
//! answered in one pass over the selection set.
//!
//! The executor runs every field of every object as a boxed future of its
//! own, polls it through a `FuturesUnordered` and merges its value into the
//! object's map: about 1,200 instructions a field before the field's own
//! work. A portal page of twenty case studies is some 170 such fields, none
//! of which waits for anything.
//!
//! An object is answered inline only when all of its selection set is
//! plain: fields without directives (`@skip` and `@include` are applied
//! before execution), each response key once, fragments on the object's own
//! type, and every field in the type's [`PlainFields::PLAIN`] table and
//! ready without waiting. Anything else (a key selected twice, a field read
//! through a loader, a fragment on an interface, a field that fails) sends
//! the whole object through the executor, so the answer is the executor's
//! in every case: the table's entries call the type's own resolvers, and
//! their values are written by the executor's own `OutputType::resolve`.
//!
//! One thing the executor does per field is not done here: calling the
//! extensions' `Extension::resolve`, which no extension of ours has. A
//! field with a custom directive goes through the executor like any field
//! with a directive. This reads `ContextBase::item` and the query's
//! fragments, which async-graphql leaves out of its documentation; its
//! version is pinned, and the `inline` integration tests compare the two
//! paths' answers.

use std::borrow::Cow;

use async_graphql::{
    Context, ContextSelectionSet, Name, OutputType, Positioned, ServerResult, Value,
    indexmap::{IndexMap, map::Entry},
    parser::types::{Field, Selection},
    registry::Registry,
};
use futures_util::FutureExt;

/// A field answered from what the object holds; `None` when it cannot be
/// without waiting (a loader) or failing.
pub type Plain<T> = fn(&T, &Context<'_>) -> Option<Value>;

/// An object type some of whose fields can be answered inline.
pub trait PlainFields: OutputType + Sized + 'static {
    /// Those fields, by their GraphQL names.
    const PLAIN: &'static [(&'static str, Plain<Self>)];
}

/// A list item answered inline when its selection allows, by the executor
/// otherwise; the schema sees `T` itself.
pub struct Inline<T>(pub T);

impl<T: PlainFields> OutputType for Inline<T> {
    fn type_name() -> Cow<'static, str> {
        T::type_name()
    }

    fn qualified_type_name() -> String {
        T::qualified_type_name()
    }

    fn introspection_type_name(&self) -> Cow<'static, str> {
        self.0.introspection_type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        T::create_type_info(registry)
    }

    async fn resolve(
        &self,
        ctx: &ContextSelectionSet<'_>,
        field: &Positioned<Field>,
    ) -> ServerResult<Value> {
        match answer(&self.0, ctx) {
            Some(value) => Ok(value),
            // Boxed: the executor's future is large, and every item of a
            // list holds this one.
            None => Box::pin(self.0.resolve(ctx, field)).await,
        }
    }
}

/// `object`'s answer to the selection set of `ctx`, when all of it is plain.
pub fn answer<T: PlainFields>(object: &T, ctx: &ContextSelectionSet<'_>) -> Option<Value> {
    let mut fields = IndexMap::with_capacity(ctx.item.node.items.len());
    collect(object, ctx, &mut fields)?;
    Some(Value::Object(fields))
}

fn collect<T: PlainFields>(
    object: &T,
    ctx: &ContextSelectionSet<'_>,
    fields: &mut IndexMap<Name, Value>,
) -> Option<()> {
    for selection in &ctx.item.node.items {
        match &selection.node {
            Selection::Field(field) => {
                if !field.node.directives.is_empty() {
                    return None;
                }
                // A key selected twice is merged by the executor.
                let Entry::Vacant(slot) = fields.entry(field.node.response_key().node.clone())
                else {
                    return None;
                };
                let name = field.node.name.node.as_str();
                let value = if name == "__typename" {
                    Value::String(object.introspection_type_name().into_owned())
                } else {
                    let (_, plain) = T::PLAIN.iter().find(|(plain, _)| *plain == name)?;
                    plain(object, &ctx.with_field(field))?
                };
                slot.insert(value);
            }
            Selection::InlineFragment(fragment) => {
                let fragment = &fragment.node;
                let on_this_type = fragment
                    .type_condition
                    .as_ref()
                    .is_none_or(|condition| condition.node.on.node == *T::type_name());
                if !fragment.directives.is_empty() || !on_this_type {
                    return None;
                }
                collect(
                    object,
                    &ctx.with_selection_set(&fragment.selection_set),
                    fields,
                )?;
            }
            Selection::FragmentSpread(spread) => {
                if !spread.node.directives.is_empty() {
                    return None;
                }
                let fragment = ctx
                    .query_env
                    .fragments
                    .get(&spread.node.fragment_name.node)?;
                if fragment.node.type_condition.node.on.node != *T::type_name() {
                    return None;
                }
                collect(
                    object,
                    &ctx.with_selection_set(&fragment.node.selection_set),
                    fields,
                )?;
            }
        }
    }
    Some(())
}

/// The value of a resolver that returns without waiting, as the executor
/// writes it: a table entry for a scalar, enum or list field.
pub fn ready<R: OutputType>(ctx: &Context<'_>, resolver: impl Future<Output = R>) -> Option<Value> {
    let value = resolver.now_or_never()?;
    value
        .resolve(
            &ctx.with_selection_set(&ctx.item.node.selection_set),
            ctx.item,
        )
        .now_or_never()?
        .ok()
}

/// An object field's value answered inline in turn: a table entry for a
/// relation the page joined.
pub fn object<T: PlainFields>(ctx: &Context<'_>, value: &T) -> Option<Value> {
    answer(value, &ctx.with_selection_set(&ctx.item.node.selection_set))
}

#[cfg(test)]
mod tests {
    use async_graphql::{EmptyMutation, EmptySubscription, Object, Schema, SimpleObject};

    use super::*;
    use crate::graphql::types::{
        case_study::CaseStudy, initiative::Initiative, organisation::Organisation,
    };

    /// What the table answers for `name` beside the resolver's value, so
    /// that an answer shows which path gave it.
    const MARK: &str = " (inline)";

    struct Probe {
        name: &'static str,
        inner: Option<Inner>,
    }

    #[derive(SimpleObject, Clone)]
    struct Inner {
        code: i32,
    }

    #[Object]
    impl Probe {
        async fn name(&self) -> &str {
            self.name
        }
        async fn tags(&self) -> Vec<String> {
            vec!["a".into(), "b".into()]
        }
        async fn inner(&self) -> Option<Inner> {
            self.inner.clone()
        }
        /// Not in the table.
        async fn slow(&self) -> i32 {
            tokio::task::yield_now().await;
            7
        }
    }

    impl PlainFields for Probe {
        const PLAIN: &'static [(&'static str, Plain<Self>)] = &[
            ("name", |p, ctx| match ready(ctx, p.name(ctx))? {
                Value::String(name) => Some(Value::String(name + MARK)),
                _ => None,
            }),
            ("tags", |p, ctx| ready(ctx, p.tags(ctx))),
            ("inner", |p, ctx| ready(ctx, p.inner(ctx))),
        ];
    }

    fn probes() -> Vec<Probe> {
        vec![
            Probe {
                name: "one",
                inner: Some(Inner { code: 1 }),
            },
            Probe {
                name: "two",
                inner: None,
            },
        ]
    }

    struct Query;

    #[Object]
    impl Query {
        async fn probes(&self) -> Vec<Inline<Probe>> {
            probes().into_iter().map(Inline).collect()
        }
        /// The same objects, always through the executor.
        async fn plain_probes(&self) -> Vec<Probe> {
            probes()
        }
    }

    /// Runs `selection` on both lists; the answers must be the same but
    /// for the mark. Returns whether the objects were answered inline.
    async fn answered_inline(selection: &str) -> bool {
        let schema = Schema::new(Query, EmptyMutation, EmptySubscription);
        let fragment = if selection.contains("...P") {
            " fragment P on Probe { name tags }"
        } else {
            ""
        };
        let run = |list: &'static str| {
            let query = format!("query {{ {list} {{ {selection} }} }}{fragment}");
            let schema = schema.clone();
            async move {
                let response = schema.execute(query).await;
                assert!(
                    response.errors.is_empty(),
                    "{selection}: {:?}",
                    response.errors
                );
                let Value::Object(mut data) = response.data else {
                    panic!("{selection}: no data")
                };
                data.swap_remove(list).expect("the list").to_string()
            }
        };
        let executor = run("plainProbes").await;
        let inline = run("probes").await;
        assert_eq!(inline.replace(MARK, ""), executor, "{selection}");
        inline.contains(MARK)
    }

    #[tokio::test]
    async fn plain_selections_are_answered_inline_as_the_executor_answers_them() {
        for selection in [
            "name",
            "name tags inner { code }",
            "n: name t: tags __typename",
            "... on Probe { name } tags",
            "... { name }",
            "...P",
            "name @include(if: true) tags @skip(if: false) slow @skip(if: true)",
        ] {
            assert!(answered_inline(selection).await, "{selection}");
        }
    }

    #[tokio::test]
    async fn other_selections_go_through_the_executor() {
        for selection in [
            "name slow",
            "slow name",
            "name name",
            "n: name n: name",
            "name inner { code } inner { code }",
        ] {
            assert!(!answered_inline(selection).await, "{selection}");
        }
    }

    /// Every name in a table is a field of its type: one that is not would
    /// never be answered inline, and no answer would show it.
    #[test]
    fn table_names_are_fields_of_their_types() {
        use async_graphql::parser::types::{TypeKind, TypeSystemDefinition};

        let sdl = crate::graphql::sdl();
        let document = async_graphql::parser::parse_schema(&sdl).expect("the SDL parses");
        let fields_of = |name: &str| -> Vec<String> {
            document
                .definitions
                .iter()
                .find_map(|definition| match definition {
                    TypeSystemDefinition::Type(ty) if ty.node.name.node == name => {
                        match &ty.node.kind {
                            TypeKind::Object(object) => Some(
                                object
                                    .fields
                                    .iter()
                                    .map(|f| f.node.name.node.to_string())
                                    .collect(),
                            ),
                            _ => None,
                        }
                    }
                    _ => None,
                })
                .unwrap_or_else(|| panic!("no object type {name}"))
        };
        fn names<T: PlainFields>() -> impl Iterator<Item = &'static str> {
            T::PLAIN.iter().map(|(name, _)| *name)
        }
        for (ty, table) in [
            ("CaseStudy", names::<CaseStudy>().collect::<Vec<_>>()),
            ("Organisation", names::<Organisation>().collect()),
            ("Initiative", names::<Initiative>().collect()),
        ] {
            let fields = fields_of(ty);
            for name in table {
                assert!(fields.iter().any(|f| f == name), "{ty} has no field {name}");
            }
        }
    }
}
