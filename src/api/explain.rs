//! `explain`: may an account launch, copy, share or see an image — and if not,
//! every reason with the command that fixes it. It asks `access::reasons`, the
//! same code the operations ask, so its verdict agrees with theirs.

use super::{Ctx, Response, Shape};
use crate::access::{self, Action, Facts, Listing};
use crate::error::{refuse, ApiError, Code, OpError};
use crate::ids;
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ExplainAction {
    Launch,
    Copy,
    Share,
    Describe,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Explain {
    pub image_id: String,
    pub action: ExplainAction,
    /// The account asked about (default: the caller).
    pub as_account: Option<String>,
}

pub fn explain(ctx: &Ctx, r: Explain) -> Result<Response, OpError> {
    ids::check_image_id(&r.image_id)?;
    let who = r.as_account.clone().unwrap_or_else(|| ctx.account.to_string());
    if !ids::is_account(&who) {
        return refuse(Code::InvalidUserIdMalformed, format!("Invalid user id: \"{who}\""));
    }
    // Explain looks at the image as it is, whoever owns it: the answer is about `who`.
    let image = store::find_image(ctx.db, ctx.region, &r.image_id, &who)?.ok_or_else(|| {
        ApiError::new(
            Code::InvalidAmiIdNotFound,
            format!("The image id '[{}]' does not exist in {}", r.image_id, ctx.region),
        )
    })?;
    let facts = Facts::load(ctx.db, &image, &who)?;
    let action = match r.action {
        ExplainAction::Launch => Action::Launch,
        ExplainAction::Copy => Action::Copy,
        ExplainAction::Share => Action::Share,
        ExplainAction::Describe => Action::Describe,
    };
    let mut reasons = access::reasons(&image, &facts, &who, action);
    if action == Action::Describe && reasons.is_empty() && !access::visible(&image, &who, ctx.now, Listing::default()) {
        // Visible by ID, but left out of listings (deprecated, disabled).
        reasons.push(access::Reason {
            code: "Hidden".into(),
            message: "Describing it by ID works, but listings leave it out (deprecated or disabled)".into(),
            fix: "amisim describe --include-deprecated (or --include-disabled for the owner)".into(),
            refuses: false,
        });
    }
    let allowed = reasons.is_empty() || (action == Action::Describe && reasons.iter().all(|r| !r.refuses));
    let out = Explained { image_id: image.image_id, account: who.to_string(), action: r.action, allowed, reasons };
    Ok(Response::typed(Shape::Explain, out))
}

/// Whether an account may do an action to an image, and every reason why not.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Explained {
    pub image_id: String,
    pub account: String,
    pub action: ExplainAction,
    pub allowed: bool,
    pub reasons: Vec<crate::access::Reason>,
}
