//! What a merge could not decide, kept in the annotation it concerns: the merged file stays a
//! valid file with both sides' values, and the app and `claimmark check` name each conflict.

use serde::{Deserialize, Serialize};

use super::{Field, FieldValue};

/// One undecided difference between two people's versions of an annotation. The annotation
/// holds our side; the conflict holds theirs.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Conflict {
    /// Both sides changed this field, differently.
    Field {
        /// The field.
        field: Field,
        /// The other side's value.
        theirs: FieldValue,
        /// Who changed it on the other side.
        by: String,
    },
    /// The other side deleted the annotation, which ours changed.
    DeletedByThem {
        /// Who deleted it.
        by: String,
    },
    /// Our side deleted the annotation, which the other side changed (it is kept as they left
    /// it).
    DeletedByUs {
        /// Who changed it on the other side.
        by: String,
    },
}

impl Conflict {
    /// The conflict in words, given our value of the field where there is one: "verdict: ours
    /// False, theirs Misleading (Ben)".
    pub fn describe(&self, ours: Option<&FieldValue>) -> String {
        let who = |by: &str| {
            if by.is_empty() {
                String::new()
            } else {
                format!(" ({by})")
            }
        };
        match self {
            Conflict::Field { field, theirs, by } => format!(
                "{}: ours {}, theirs {}{}",
                field.name(),
                ours.map_or_else(|| "?".to_owned(), FieldValue::describe),
                theirs.describe(),
                who(by)
            ),
            Conflict::DeletedByThem { by } => {
                format!("deleted on the other side{}, changed on ours", who(by))
            }
            Conflict::DeletedByUs { by } => {
                format!("deleted on our side, changed on the other{}", who(by))
            }
        }
    }
}
