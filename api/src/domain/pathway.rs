//! The pathway to outcomes as a graph: steps joined by links, which may
//! not close a cycle (an outcome cannot lead back to its own cause).

use std::collections::{HashMap, HashSet};

/// Whether a link `from -> to` added to `links` (pairs of step ids) would
/// close a cycle: that is, whether `to` already leads to `from`.
pub fn would_cycle(links: &[(i64, i64)], from: i64, to: i64) -> bool {
    if from == to {
        return true;
    }
    let mut next: HashMap<i64, Vec<i64>> = HashMap::new();
    for &(a, b) in links {
        next.entry(a).or_default().push(b);
    }
    let mut seen = HashSet::new();
    let mut stack = vec![to];
    while let Some(step) = stack.pop() {
        if step == from {
            return true;
        }
        if seen.insert(step) {
            stack.extend(next.get(&step).into_iter().flatten().copied());
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_back_to_an_earlier_step_closes_a_cycle() {
        let links = [(1, 2), (2, 3), (3, 4)];
        assert!(would_cycle(&links, 4, 1));
        assert!(would_cycle(&links, 3, 2));
        assert!(would_cycle(&links, 2, 2));
        assert!(!would_cycle(&links, 1, 4));
        assert!(!would_cycle(&links, 4, 5));
        // A diamond is not a cycle.
        assert!(!would_cycle(&[(1, 2), (1, 3), (2, 4)], 3, 4));
    }
}
