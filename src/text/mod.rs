//! The lowest layer: facts about characters and bytes, and lossy match keys.
//!
//! Nothing here knows about articles, rules or tokens. [`chars`] answers questions about
//! characters (is it a letter, a capital, plain Vietnamese text?) quickly, testing sixteen
//! bytes at once where a scan reads every byte ([`lanes`]). [`keys`] makes the *lossy* forms
//! of text used only for matching (lower case, one tone-mark placement, no diacritics); the
//! lossless working text is the business of [`crate::normalize`].

pub mod chars;
pub mod distance;
pub mod keys;
pub(crate) mod lanes;
