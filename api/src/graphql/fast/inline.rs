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

use std::{any::TypeId, borrow::Cow, cell::RefCell};

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
    if let Some(fields) = template::<T>() {
        let mut refill = Refill { fields, filled: 0 };
        match collect(object, ctx, &mut refill) {
            Ok(()) if refill.filled == refill.fields.len() => {
                return Some(Value::Object(refill.fields));
            }
            Err(Stop::NotPlain) => return None,
            // Other keys than the last object's: answered afresh.
            Ok(()) | Err(Stop::OtherKeys) => {}
        }
    }
    let mut fields = IndexMap::with_capacity(ctx.item.node.items.len());
    collect(object, ctx, &mut fields).ok()?;
    keep_template::<T>(&fields);
    Some(Value::Object(fields))
}

/// Why a selection set was not answered inline.
enum Stop {
    /// Some of it is not plain: the executor answers it.
    NotPlain,
    /// Its keys are not those of the map being refilled.
    OtherKeys,
}

/// Where an object's values go, in the order its selection set lists them.
trait Fields {
    fn put(&mut self, key: &Name, value: Value) -> Result<(), Stop>;
}

/// A new map, each key once.
impl Fields for IndexMap<Name, Value> {
    fn put(&mut self, key: &Name, value: Value) -> Result<(), Stop> {
        match self.entry(key.clone()) {
            Entry::Vacant(slot) => {
                slot.insert(value);
                Ok(())
            }
            // A key selected twice is merged by the executor.
            Entry::Occupied(_) => Err(Stop::NotPlain),
        }
    }
}

/// A copy of an earlier object's map, filled in place: its keys were
/// hashed once, and a list's items have the same ones.
struct Refill {
    fields: IndexMap<Name, Value>,
    filled: usize,
}

impl Fields for Refill {
    fn put(&mut self, key: &Name, value: Value) -> Result<(), Stop> {
        match self.fields.get_index_mut(self.filled) {
            Some((name, slot)) if name == key => {
                *slot = value;
                self.filled += 1;
                Ok(())
            }
            _ => Err(Stop::OtherKeys),
        }
    }
}

thread_local! {
    /// For each type, the keys of the last object of it answered inline on
    /// this thread. Hashing each key into a new map was a third of the
    /// inline answers' work; the items of a list have the same keys, and a
    /// copy of a map keeps its hashes. A map whose keys differ is only
    /// answered afresh, so whichever map is here, the answer is the same.
    static TEMPLATES: RefCell<Vec<(TypeId, IndexMap<Name, Value>)>> =
        const { RefCell::new(Vec::new()) };
}

fn template<T: 'static>() -> Option<IndexMap<Name, Value>> {
    TEMPLATES.with_borrow(|templates| {
        templates
            .iter()
            .find(|(of, _)| *of == TypeId::of::<T>())
            .map(|(_, fields)| fields.clone())
    })
}

fn keep_template<T: 'static>(fields: &IndexMap<Name, Value>) {
    let mut template = fields.clone();
    template.values_mut().for_each(|value| *value = Value::Null);
    TEMPLATES.with_borrow_mut(|templates| {
        match templates
            .iter_mut()
            .find(|(of, _)| *of == TypeId::of::<T>())
        {
            Some((_, kept)) => *kept = template,
            None => templates.push((TypeId::of::<T>(), template)),
        }
    });
}

fn collect<T: PlainFields>(
    object: &T,
    ctx: &ContextSelectionSet<'_>,
    fields: &mut impl Fields,
) -> Result<(), Stop> {
    for selection in &ctx.item.node.items {
        match &selection.node {
            Selection::Field(field) => {
                if !field.node.directives.is_empty() {
                    return Err(Stop::NotPlain);
                }
                let name = field.node.name.node.as_str();
                let value = if name == "__typename" {
                    Value::String(object.introspection_type_name().into_owned())
                } else {
                    T::PLAIN
                        .iter()
                        .find(|(plain, _)| *plain == name)
                        .and_then(|(_, plain)| plain(object, &ctx.with_field(field)))
                        .ok_or(Stop::NotPlain)?
                };
                fields.put(&field.node.response_key().node, value)?;
            }
            Selection::InlineFragment(fragment) => {
                let fragment = &fragment.node;
                let on_this_type = fragment
                    .type_condition
                    .as_ref()
                    .is_none_or(|condition| condition.node.on.node == *T::type_name());
                if !fragment.directives.is_empty() || !on_this_type {
                    return Err(Stop::NotPlain);
                }
                collect(
                    object,
                    &ctx.with_selection_set(&fragment.selection_set),
                    fields,
                )?;
            }
            Selection::FragmentSpread(spread) => {
                if !spread.node.directives.is_empty() {
                    return Err(Stop::NotPlain);
                }
                let fragment = ctx
                    .query_env
                    .fragments
                    .get(&spread.node.fragment_name.node)
                    .ok_or(Stop::NotPlain)?;
                if fragment.node.type_condition.node.on.node != *T::type_name() {
                    return Err(Stop::NotPlain);
                }
                collect(
                    object,
                    &ctx.with_selection_set(&fragment.node.selection_set),
                    fields,
                )?;
            }
        }
    }
    Ok(())
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

    /// Each answer starts from the keys of the one before (the same
    /// thread answers them all): a map whose keys differ in order, number
    /// or name must be answered afresh.
    #[tokio::test]
    async fn an_answer_never_keeps_another_selections_keys() {
        for selection in [
            "name tags",
            "name tags",
            "name",
            "tags name",
            "n: name tags inner { code }",
            "n: name",
            "name tags",
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
        let fields_of = |name: &str| -> Vec<String> {
            crate::graphql::sdl_fields(name)
                .into_iter()
                .map(|(field, _)| field)
                .collect()
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
