//! Each aggregate's fields are stated once, in its draft (`repo::*::draft`):
//! the build places every entity column in the draft or among the columns
//! the server sets, and the sync comparison is the draft's equality. What
//! the build cannot see is checked here: that every field of a draft is a
//! field of each of its inputs (and nothing else is), of its output type,
//! and, for a leaf on a type with a fast path, of that path's table.

use std::collections::BTreeSet;

use crate::{
    graphql::{
        fast::inline::PlainFields,
        sdl_fields,
        types::{case_study::CaseStudy, initiative::Initiative},
    },
    repo::{
        case_study::draft::CaseStudyDraft, charter::draft::CharterDraft,
        initiative::draft::InitiativeDraft,
    },
};

fn camel(snake: &str) -> String {
    let mut words = snake.split('_');
    let mut name = words.next().unwrap_or_default().to_owned();
    for word in words {
        let mut chars = word.chars();
        name.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        name.push_str(chars.as_str());
    }
    name
}

fn plain<T: PlainFields>() -> Vec<&'static str> {
    T::PLAIN.iter().map(|(name, _)| *name).collect()
}

struct Aggregate {
    output: &'static str,
    fields: &'static [&'static str],
    /// Each input, with the fields it holds besides the draft's.
    inputs: &'static [(&'static str, &'static [&'static str])],
    fast_path: Option<Vec<&'static str>>,
}

fn aggregates() -> [Aggregate; 3] {
    [
        Aggregate {
            output: "CaseStudy",
            fields: CaseStudyDraft::FIELDS,
            inputs: &[
                ("CreateCaseStudyInput", &[]),
                ("UpdateCaseStudyInput", &["id", "expectedVersion"]),
                ("UpsertCaseStudyInput", &["status", "translations"]),
            ],
            fast_path: Some(plain::<CaseStudy>()),
        },
        Aggregate {
            output: "Initiative",
            fields: InitiativeDraft::FIELDS,
            inputs: &[
                ("CreateInitiativeInput", &[]),
                ("UpdateInitiativeInput", &["id", "expectedVersion"]),
            ],
            fast_path: Some(plain::<Initiative>()),
        },
        Aggregate {
            output: "Charter",
            fields: CharterDraft::FIELDS,
            inputs: &[
                ("CreateCharterInput", &[]),
                ("UpdateCharterInput", &["id", "expectedVersion"]),
            ],
            fast_path: None,
        },
    ]
}

#[test]
fn every_draft_field_is_in_each_input_the_output_and_the_fast_path() {
    let sdl = crate::graphql::sdl();
    let is_leaf = |ty: &str| {
        ["ID", "String", "Int", "Float", "Boolean"].contains(&ty)
            || sdl.contains(&format!("\nscalar {ty}\n"))
            || sdl.contains(&format!("\nenum {ty} {{"))
    };
    for aggregate in aggregates() {
        let draft: BTreeSet<String> = aggregate.fields.iter().map(|f| camel(f)).collect();
        for (input, extra) in aggregate.inputs {
            let held: BTreeSet<String> = sdl_fields(input).into_iter().map(|(f, _)| f).collect();
            let expected: BTreeSet<String> = draft
                .iter()
                .cloned()
                .chain(extra.iter().map(|f| f.to_string()))
                .collect();
            assert_eq!(
                held, expected,
                "{input} and the draft of {}",
                aggregate.output
            );
        }
        let output = sdl_fields(aggregate.output);
        for field in &draft {
            // A link is answered as the record it names.
            let name = field.strip_suffix("Id").filter(|_| field != "id");
            let (name, ty) = output
                .iter()
                .find(|(f, _)| f == field || Some(f.as_str()) == name)
                .unwrap_or_else(|| panic!("{} has no field for {field}", aggregate.output));
            if let (Some(table), true) = (&aggregate.fast_path, is_leaf(ty)) {
                assert!(
                    table.contains(&name.as_str()),
                    "{name} of {} is not on its fast path",
                    aggregate.output
                );
            }
        }
    }
}
