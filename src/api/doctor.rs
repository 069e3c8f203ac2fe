//! `doctor`: checks the world's invariants and reports problems; fixes nothing.

use super::{Ctx, Response, Shape};
use crate::error::OpError;
use crate::store::checks;
use serde_json::json;

pub fn check_world(ctx: &Ctx, full: bool) -> Result<Response, OpError> {
    let problems = checks::problems(ctx.db, full)?;
    let counts = checks::counts(ctx.db)?;
    let mut summary = serde_json::Map::new();
    for (k, v) in counts {
        summary.insert(k, json!(v));
    }
    Ok(Response::new(
        Shape::Problems,
        json!({
            "Problems": problems.into_iter().map(|(c, d)| json!({ "Check": c, "Detail": d })).collect::<Vec<_>>(),
            "Counts": summary,
        }),
    ))
}
