//! Translations of case studies, initiatives and charters: read as their
//! record is (`read`), written by the record's owner as a write of the
//! record, versioned and audited (`write`), and marked OUTDATED when the
//! original's text changes after them.

pub mod read;
pub mod write;
