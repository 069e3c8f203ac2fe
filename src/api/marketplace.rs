//! `marketplace list|subscribe` (R-MKT-1).

use super::{Ctx, OrInternal, Response, Shape};
use crate::error::{refuse, ApiError, Code};
use crate::ids;
use crate::store;
use serde_json::json;

pub fn list_products(ctx: &Ctx) -> Result<Response, ApiError> {
    Ok(Response::new(
        Shape::Products,
        json!({ "Products": store::products(ctx.db, ctx.account).db()? }),
    ))
}

pub fn subscribe(ctx: &Ctx, code: &str) -> Result<Response, ApiError> {
    if !ids::is_product_code(code) {
        return refuse(
            Code::InvalidParameterValue,
            format!(
                "Invalid product code '{code}': expected prod-…; see `amisim marketplace list`"
            ),
        );
    }
    if store::product(ctx.db, code, ctx.account).db()?.is_none() {
        return refuse(
            Code::InvalidProductCodeNotFound,
            format!("The product code '{code}' does not exist; see `amisim marketplace list`"),
        );
    }
    store::subscribe(ctx.db, ctx.account, code).db()?;
    Ok(Response::ok())
}
