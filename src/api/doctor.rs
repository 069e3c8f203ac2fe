//! `doctor`: checks the world's invariants and reports problems; fixes nothing.

use super::{Ctx, Response, Shape};
use crate::error::OpError;
use crate::store::checks;
use serde::Serialize;

pub fn check_world(ctx: &Ctx, full: bool) -> Result<Response, OpError> {
    let problems = checks::problems(ctx.db, full)?;
    let counts = checks::counts(ctx.db)?;
    let problems = problems.into_iter().map(|(check, detail)| Problem { check, detail }).collect();
    Ok(Response::typed(Shape::Problems, Checked { problems, counts: Counts(counts) }))
}

/// What `doctor` found: each broken invariant, and the world's counts.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Checked {
    pub problems: Vec<Problem>,
    pub counts: Counts,
}

/// The world's counts, in the order the checks list them.
#[derive(Debug, Clone)]
pub struct Counts(pub Vec<(String, i64)>);

impl Serialize for Counts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Problem {
    pub check: String,
    pub detail: String,
}
