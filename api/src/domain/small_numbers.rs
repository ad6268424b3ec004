//! Small-number suppression: a count of people below five, shown outside
//! the organisation that holds the records, could point at someone, so it
//! is withheld there (and said to be).

/// Counts below this are withheld outside their owner.
pub const THRESHOLD: i64 = 5;

/// Who a count is shown to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The organisation whose records were counted.
    Owner,
    Others,
}

/// A count as one audience may see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Count(i64),
    /// Below [`THRESHOLD`], outside the owner.
    FewerThanThreshold,
}

impl Shown {
    pub fn of(count: i64, audience: Audience) -> Self {
        match audience {
            Audience::Others if count < THRESHOLD => Self::FewerThanThreshold,
            _ => Self::Count(count),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_count_below_five_is_withheld_outside_the_owner_only() {
        for count in 0..THRESHOLD {
            assert_eq!(
                Shown::of(count, Audience::Others),
                Shown::FewerThanThreshold
            );
            assert_eq!(Shown::of(count, Audience::Owner), Shown::Count(count));
        }
        assert_eq!(
            Shown::of(THRESHOLD, Audience::Others),
            Shown::Count(THRESHOLD)
        );
    }
}
