//! The reported-speech constructions that are more than `SPEAKER CUE CONTENT`, one file per
//! family, each with its parsers and its table of real examples.

pub(crate) mod incurred;
pub(crate) mod postposed;
pub(crate) mod prefix;
pub(crate) mod quotes;
