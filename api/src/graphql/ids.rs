//! Global ids: opaque, stable strings naming a type and a row
//! (base64url of `Type:id`). Clients must not parse them.

use async_graphql::ID;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};

use crate::error::{AppError, Result};

/// The node types a global id can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeType {
    Organisation,
    Initiative,
    CaseStudy,
    Charter,
    PeerReview,
    // The parts of an initiative below have ids but are not `Node`s: they
    // are read through their initiative.
    PathwayStep,
    PathwayLink,
    Evidence,
    OutcomeIndicator,
    IndicatorMeasurement,
    // Read through `contentReports`, by its owner's ADMINs and curators.
    ContentReport,
    // The toolkit's: templates and questionnaires are `Node`s, the rest
    // are read through their initiative or survey.
    CommunityAsset,
    Participant,
    IncentiveTemplate,
    Incentive,
    CharterTemplate,
    BarrierSurvey,
    SurveyRun,
}

impl NodeType {
    const ALL: [Self; 18] = [
        Self::Organisation,
        Self::Initiative,
        Self::CaseStudy,
        Self::Charter,
        Self::PeerReview,
        Self::PathwayStep,
        Self::PathwayLink,
        Self::Evidence,
        Self::OutcomeIndicator,
        Self::IndicatorMeasurement,
        Self::ContentReport,
        Self::CommunityAsset,
        Self::Participant,
        Self::IncentiveTemplate,
        Self::Incentive,
        Self::CharterTemplate,
        Self::BarrierSurvey,
        Self::SurveyRun,
    ];

    fn name(self) -> &'static str {
        match self {
            Self::Organisation => "Organisation",
            Self::Initiative => "Initiative",
            Self::CaseStudy => "CaseStudy",
            Self::Charter => "Charter",
            Self::PeerReview => "PeerReview",
            Self::PathwayStep => "PathwayStep",
            Self::PathwayLink => "PathwayLink",
            Self::Evidence => "Evidence",
            Self::OutcomeIndicator => "OutcomeIndicator",
            Self::IndicatorMeasurement => "IndicatorMeasurement",
            Self::ContentReport => "ContentReport",
            Self::CommunityAsset => "CommunityAsset",
            Self::Participant => "Participant",
            Self::IncentiveTemplate => "IncentiveTemplate",
            Self::Incentive => "Incentive",
            Self::CharterTemplate => "CharterTemplate",
            Self::BarrierSurvey => "BarrierSurvey",
            Self::SurveyRun => "SurveyRun",
        }
    }
}

pub fn encode(kind: NodeType, id: i64) -> ID {
    // `Type:id` is written on the stack rather than formatted into a
    // String: every id of every answer passes through here.
    let mut text = [0u8; 48];
    let name = kind.name().as_bytes();
    text[..name.len()].copy_from_slice(name);
    text[name.len()] = b':';
    let len = name.len() + 1 + decimal(&mut text[name.len() + 1..], id);
    ID(URL_SAFE_NO_PAD.encode(&text[..len]))
}

/// Writes `n` in decimal at the start of `out` (21 bytes at most);
/// answers how many bytes it wrote.
fn decimal(out: &mut [u8], n: i64) -> usize {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    let mut rest = n.unsigned_abs();
    loop {
        start -= 1;
        digits[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let sign = usize::from(n < 0);
    if n < 0 {
        out[0] = b'-';
    }
    let count = digits.len() - start;
    out[sign..sign + count].copy_from_slice(&digits[start..]);
    sign + count
}

/// Reads a global id; `None` when it is not one of ours.
pub fn decode(id: &str) -> Option<(NodeType, i64)> {
    let bytes = URL_SAFE_NO_PAD.decode(id).ok()?;
    let text = std::str::from_utf8(&bytes).ok()?;
    let (name, raw) = text.split_once(':')?;
    let kind = NodeType::ALL.into_iter().find(|k| k.name() == name)?;
    let id: i64 = raw.parse().ok()?;
    (id > 0 && raw == id.to_string()).then_some((kind, id))
}

/// Reads a global id that must name a `kind`, for an argument called `field`.
pub fn decode_as(id: &ID, kind: NodeType, field: &str) -> Result<i64> {
    match decode(id) {
        Some((found, id)) if found == kind => Ok(id),
        _ => Err(AppError::bad_input(
            field,
            format!("{field} is not a {} id", kind.name()),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_the_base64_of_its_type_and_number() {
        for n in [0, 1, 9, 10, 42, 99_999, -1, -10, i64::MAX, i64::MIN] {
            for kind in NodeType::ALL {
                let expected = URL_SAFE_NO_PAD.encode(format!("{}:{n}", kind.name()));
                assert_eq!(encode(kind, n).0, expected, "{kind:?} {n}");
            }
        }
    }

    #[test]
    fn ids_round_trip() {
        let id = encode(NodeType::CaseStudy, 42);
        assert_eq!(decode(&id), Some((NodeType::CaseStudy, 42)));
    }

    #[test]
    fn foreign_and_malformed_ids_are_refused() {
        for bad in ["", "!!", "Q2FzZVN0dWR5OjA", "Q2FzZVN0dWR5OjAx", "Zm9vOjE"] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }
}
