//! See What You Can Do: pairing what one participant offers with what
//! another would like help with, in the same category at a time both can
//! manage. The best pairs share the most of their availability and come
//! from people keenest to contribute more.

use entity::{
    participant::Contribution,
    vocabulary::{Availability, ContributionCategory, Willingness},
};

/// The offers or needs stored on a participant's row.
pub fn contributions(stored: &serde_json::Value) -> Vec<Contribution> {
    serde_json::from_value(stored.clone()).unwrap_or_default()
}

/// A participant as matching sees it.
pub struct Person<'a> {
    pub id: i64,
    pub willingness: Willingness,
    pub offers: &'a [Contribution],
    pub needs: &'a [Contribution],
}

/// An offer of `offered_by` (its index among their offers) paired with a
/// need of `needed_by`.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub category: ContributionCategory,
    pub offered_by: i64,
    pub offer: usize,
    pub needed_by: i64,
    pub need: usize,
    pub shared: Vec<Availability>,
    /// 0 to 1.
    pub score: f64,
}

fn keenness(willingness: Willingness) -> f64 {
    match willingness {
        Willingness::AsNow => 0.0,
        Willingness::ALittleMore => 0.5,
        Willingness::ALotMore => 1.0,
    }
}

fn shared(a: &[Availability], b: &[Availability]) -> Vec<Availability> {
    let mut both: Vec<Availability> = a.iter().copied().filter(|x| b.contains(x)).collect();
    both.sort_by_key(|x| x.as_str());
    both.dedup();
    both
}

/// Every compatible pair among `people`, best first (ties by the offering
/// and needing participants' ids, so the order is stable).
pub fn matches(people: &[Person<'_>]) -> Vec<Match> {
    let mut found = Vec::new();
    for giver in people {
        for (offer_index, offer) in giver.offers.iter().enumerate() {
            for taker in people.iter().filter(|p| p.id != giver.id) {
                for (need_index, need) in taker.needs.iter().enumerate() {
                    if need.category != offer.category {
                        continue;
                    }
                    let both = shared(&offer.availability, &need.availability);
                    if both.is_empty() {
                        continue;
                    }
                    let union = offer.availability.len() + need.availability.len() - both.len();
                    let overlap = both.len() as f64 / union.max(1) as f64;
                    found.push(Match {
                        category: offer.category,
                        offered_by: giver.id,
                        offer: offer_index,
                        needed_by: taker.id,
                        need: need_index,
                        shared: both,
                        score: 0.7 * overlap + 0.3 * keenness(giver.willingness),
                    });
                }
            }
        }
    }
    found.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.offered_by.cmp(&b.offered_by))
            .then(a.needed_by.cmp(&b.needed_by))
            .then(a.offer.cmp(&b.offer))
            .then(a.need.cmp(&b.need))
    });
    found
}

/// Offers, needs and matches of each category, every category listed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub offers: i64,
    pub needs: i64,
    pub matches: i64,
}

/// The tallies of every category, in the vocabulary's order.
pub fn tally(people: &[Person<'_>]) -> Vec<(ContributionCategory, Tally)> {
    use sea_orm::Iterable;
    let mut by_category: Vec<(ContributionCategory, Tally)> = ContributionCategory::iter()
        .map(|c| (c, Tally::default()))
        .collect();
    let mut count = |category: ContributionCategory, add: fn(&mut Tally)| {
        if let Some((_, tally)) = by_category.iter_mut().find(|(c, _)| *c == category) {
            add(tally);
        }
    };
    for person in people {
        person
            .offers
            .iter()
            .for_each(|o| count(o.category, |t| t.offers += 1));
        person
            .needs
            .iter()
            .for_each(|n| count(n.category, |t| t.needs += 1));
    }
    for m in matches(people) {
        count(m.category, |t| t.matches += 1);
    }
    by_category
}

#[cfg(test)]
mod tests {
    use super::*;

    fn give(category: ContributionCategory, when: &[Availability]) -> Contribution {
        Contribution {
            category,
            description: "help".into(),
            availability: when.to_vec(),
        }
    }

    #[test]
    fn pairs_the_same_category_at_a_shared_time_best_first_and_never_with_oneself() {
        use Availability::*;
        use ContributionCategory::*;
        let young_offers = [give(Digital, &[WeekdayEvening, Weekend])];
        let keen_offers = [give(Digital, &[Weekend])];
        let older_needs = [give(Digital, &[Weekend])];
        let self_needs = [give(Digital, &[Weekend])];
        let people = [
            Person {
                id: 1,
                willingness: Willingness::AsNow,
                offers: &young_offers,
                needs: &[],
            },
            Person {
                id: 2,
                willingness: Willingness::ALotMore,
                offers: &keen_offers,
                needs: &self_needs,
            },
            Person {
                id: 3,
                willingness: Willingness::AsNow,
                offers: &[],
                needs: &older_needs,
            },
        ];
        let found = matches(&people);
        let pairs: Vec<(i64, i64)> = found.iter().map(|m| (m.offered_by, m.needed_by)).collect();
        // 2 → 3 (whole overlap, keen) first; 2 never helps itself; 1 → 2 and 1 → 3 share weekends.
        assert_eq!(pairs, vec![(2, 3), (1, 2), (1, 3)]);
        assert_eq!(found[0].shared, vec![Weekend]);
        let tallies = tally(&people);
        assert_eq!(
            tallies[0],
            (
                Digital,
                Tally {
                    offers: 2,
                    needs: 2,
                    matches: 3
                }
            )
        );
        assert_eq!(tallies[2], (Caring, Tally::default()));
    }
}
