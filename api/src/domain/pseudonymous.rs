//! Keeping people-facing records pseudonymous: a participant's reference is
//! a code its council chooses, and no text about a participant may carry
//! an email address or a phone number.

use crate::error::{AppError, Result};

const REFERENCE_MAX: usize = 64;
/// A run of this many digits (spaces, dots, hyphens and brackets between
/// them allowed) reads as a phone number.
const PHONE_DIGITS: usize = 7;

fn looks_like_email(text: &str) -> bool {
    text.split_whitespace().any(|word| {
        word.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.ends_with('.')
        })
    })
}

fn looks_like_phone(text: &str) -> bool {
    let mut digits = 0;
    for c in text.chars() {
        match c {
            '0'..='9' => {
                digits += 1;
                if digits >= PHONE_DIGITS {
                    return true;
                }
            }
            ' ' | '-' | '.' | '(' | ')' | '+' => {}
            _ => digits = 0,
        }
    }
    false
}

/// Refuses text that holds contact details.
pub fn no_contact_details(field: &str, text: &str) -> Result<()> {
    if looks_like_email(text) || looks_like_phone(text) {
        return Err(AppError::bad_input(
            field,
            format!(
                "{field} looks like it holds an email address or a phone number; \
                 participants are pseudonymous, so leave contact details out"
            ),
        ));
    }
    Ok(())
}

/// A participant's reference: 1 to 64 letters, digits, `-`, `_`, `.` or
/// `/`, no spaces (a code, not a name), and no contact details.
pub fn reference(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    let valid = !value.is_empty()
        && value.len() <= REFERENCE_MAX
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'));
    if !valid {
        return Err(AppError::bad_input(
            field,
            format!(
                "{field} is a code your council chooses (such as WV-017): 1 to \
                 {REFERENCE_MAX} letters, digits, '-', '_', '.' or '/', no spaces"
            ),
        ));
    }
    no_contact_details(field, value)?;
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_details_are_refused_and_ordinary_text_is_not() {
        for text in [
            "mail me at jo@example.org",
            "07700 900123",
            "+44 (0)121 496 0000",
            "0121-496-0000",
        ] {
            assert!(no_contact_details("f", text).is_err(), "{text}");
        }
        for text in [
            "Shows how to make video calls on a tablet",
            "Two hours a week, 2026",
            "Year 10 pupil",
        ] {
            assert!(no_contact_details("f", text).is_ok(), "{text}");
        }
    }

    #[test]
    fn references_are_codes() {
        assert_eq!(reference("r", " WV-017 ").ok().as_deref(), Some("WV-017"));
        assert!(reference("r", "Mary Smith").is_err());
        assert!(reference("r", "jo@example.org").is_err());
        assert!(reference("r", "07700900123").is_err());
        assert!(reference("r", "").is_err());
    }
}
