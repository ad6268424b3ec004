//! The two reads that count rows the caller may not read: the See What You
//! Can Do summary of an initiative's participants, and the Barriers survey
//! benchmark across councils. Each answers counts only, never a row, and
//! whoever shows them outside the owner applies `domain::small_numbers` or
//! `domain::barrier_survey::benchmark`.

use std::collections::HashMap;

use entity::{
    initiative, participant,
    participant::Contribution,
    survey_answer,
    vocabulary::{ContributionCategory, Willingness},
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryTrait,
    sea_query::{Alias, Expr, ExprTrait, Query},
};

use crate::{
    domain::{barrier_survey, matching, small_numbers::Audience},
    error::Result,
    store::keyset,
    tenancy::{Caller, ScopedDb, rules::readable_ids},
};

/// What an initiative's participants add up to, and who is looking.
#[derive(Debug, Clone)]
pub struct ParticipantTally {
    pub audience: Audience,
    /// Participants who have not withdrawn.
    pub participants: i64,
    /// Every category, in the vocabulary's order.
    pub categories: Vec<(ContributionCategory, matching::Tally)>,
}

/// A participant's row as matching reads it.
struct Listed {
    id: i64,
    willingness: Willingness,
    offers: Vec<Contribution>,
    needs: Vec<Contribution>,
}

impl ScopedDb {
    /// The tallies of the initiatives among `initiative_ids` the caller
    /// may read (every one of them, an initiative without participants
    /// counting zeros).
    pub async fn participant_tallies(
        &self,
        initiative_ids: &[i64],
    ) -> Result<HashMap<i64, ParticipantTally>> {
        let readable: Vec<initiative::Model> = keyset::fetch_all(
            self.conn(),
            &self
                .readable::<initiative::Entity>()
                .filter(initiative::Column::Id.is_in(initiative_ids.iter().copied()))
                .into_query(),
        )
        .await?;
        let rows: Vec<participant::Model> = keyset::fetch_all(
            self.conn(),
            &participant::Entity::find()
                .filter(
                    participant::Column::InitiativeId
                        .in_subquery(readable_ids::<initiative::Entity>(self.caller())),
                )
                .filter(participant::Column::InitiativeId.is_in(initiative_ids.iter().copied()))
                .filter(participant::Column::WithdrawnAt.is_null())
                .into_query(),
        )
        .await?;
        let mut by_initiative: HashMap<i64, Vec<Listed>> = HashMap::new();
        for row in &rows {
            by_initiative
                .entry(row.initiative_id)
                .or_default()
                .push(Listed {
                    id: row.id,
                    willingness: row.willingness,
                    offers: matching::contributions(&row.offers),
                    needs: matching::contributions(&row.needs),
                });
        }
        let own = match self.caller() {
            Caller::Member { org, .. } => Some(org.0),
            Caller::Anonymous => None,
        };
        Ok(readable
            .into_iter()
            .map(|initiative| {
                let listed = by_initiative.remove(&initiative.id).unwrap_or_default();
                let people: Vec<matching::Person<'_>> = listed
                    .iter()
                    .map(|p| matching::Person {
                        id: p.id,
                        willingness: p.willingness,
                        offers: &p.offers,
                        needs: &p.needs,
                    })
                    .collect();
                let audience = if own == Some(initiative.owner_org_id) {
                    Audience::Owner
                } else {
                    Audience::Others
                };
                let tally = ParticipantTally {
                    audience,
                    participants: people.len() as i64,
                    categories: matching::tally(&people),
                };
                (initiative.id, tally)
            })
            .collect())
    }

    /// The answers on each barrier of survey `survey_id`, totalled per
    /// council (the councils grouped, never named), for the benchmark.
    pub async fn pooled_survey_answers(
        &self,
        survey_id: i64,
    ) -> Result<Vec<(String, barrier_survey::Tally)>> {
        use survey_answer::Column;
        let reporting = Expr::cust(format!(
            "SUM(CASE WHEN \"survey_answer\".\"score\" >= {} THEN 1 ELSE 0 END)",
            barrier_survey::REPORTING_SCORE
        ));
        let stmt = Query::select()
            .column(Column::BarrierKey)
            .expr_as(Expr::col(Column::Id).count(), Alias::new("answers"))
            .expr_as(Expr::col(Column::Score).sum(), Alias::new("score_total"))
            .expr_as(reporting, Alias::new("reporting"))
            .from(survey_answer::Entity)
            .and_where(Column::SurveyId.eq(survey_id))
            .group_by_col(Column::BarrierKey)
            .group_by_col(Column::OwnerOrgId)
            .to_owned();
        let db = self.conn();
        let rows = db
            .query_all_raw(db.get_database_backend().build(&stmt))
            .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    row.try_get::<String>("", "barrier_key")?,
                    barrier_survey::Tally {
                        answers: row.try_get::<i64>("", "answers")?,
                        score_total: row.try_get::<i64>("", "score_total")?,
                        reporting: row.try_get::<i64>("", "reporting")?,
                    },
                ))
            })
            .collect()
    }
}
