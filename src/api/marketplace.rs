//! `marketplace list|subscribe|publish` (R-MKT-1, R-MKT-2) and the software meters
//! of instances (R-COST-4).

use super::lifecycle::owned_image;
use super::{Ctx, Response, Shape};
use crate::access::ManageOp;
use crate::cost;
use crate::error::{refuse, ApiError, Code, OpError};
use crate::ids::{self, Kind};
use crate::model::Instance;
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Publish {
    pub image_id: String,
    pub price: f64,
    pub name: Option<String>,
}

pub fn list_products(ctx: &Ctx) -> Result<Response, OpError> {
    Ok(Response::typed(Shape::Products, super::output::Products { products: store::products(ctx.db, ctx.account)? }))
}

pub fn subscribe(ctx: &Ctx, code: &str) -> Result<Response, OpError> {
    if !ids::is_product_code(code) {
        return refuse(Code::InvalidParameterValue, format!("Invalid product code '{code}'"))
            .map_err(|e: ApiError| e.with_hint("product codes look like prod-…; see amisim marketplace list").into());
    }
    if store::product(ctx.db, code, ctx.account)?.is_none() {
        return refuse(Code::InvalidProductCodeNotFound, format!("The product code '{code}' does not exist"))
            .map_err(|e: ApiError| e.with_hint("see amisim marketplace list").into());
    }
    store::subscribe(ctx.db, ctx.account, code)?;
    Ok(Response::ok())
}

/// R-MKT-2: sell an owned, available image; buyers subscribe and launch it.
pub fn publish(ctx: &Ctx, r: Publish) -> Result<Response, OpError> {
    if !(r.price > 0.0 && r.price <= 1000.0) {
        return refuse(
            Code::InvalidParameterValue,
            format!("Invalid price {}: between 0 and 1000 USD per hour", r.price),
        );
    }
    let image = owned_image(ctx, &r.image_id, ManageOp::Publish)?;
    if image.has_billing() {
        return refuse(
            Code::OperationNotPermitted,
            format!(
                "Image {} already carries a billing product or product code, so it cannot be sold again",
                image.image_id
            ),
        );
    }
    let facts = crate::access::Facts::load(ctx.db, &image, ctx.account)?;
    if facts.snapshots.iter().any(|s| s.managed_key) {
        return refuse(
            Code::OperationNotPermitted,
            "Images encrypted with the AWS managed key aws/ebs cannot be sold: copy it unencrypted or with a customer-managed key",
        );
    }
    let code = ctx.new_id(Kind::Product)?;
    let name = r.name.clone().unwrap_or_else(|| image.name.clone());
    store::insert_product(ctx.db, &code, &name, ctx.account, r.price, Some(&image.image_id))?;
    store::set_product_codes(ctx.db, image.row, std::slice::from_ref(&code))?;
    // The marketplace makes the image launchable by its subscribers: it is listed publicly.
    store::add_launch_permissions(ctx.db, image.row, &["all".to_string()])?;
    Ok(Response::typed(Shape::Record, super::output::ProductCode { product_code: code }))
}

/// R-COST-4: the software fee to the launcher and the revenue to a seller, per instance-hour.
pub fn open_software_meters(ctx: &Ctx, i: &Instance) -> Result<(), OpError> {
    let mut fee: f64 = i.billing_products.iter().map(|b| cost::billing_product_fee(b)).sum();
    for p in &i.product_codes {
        let Some(product) = store::product(ctx.db, &p.product_code_id, &i.owner_id)? else {
            continue;
        };
        fee += product.price_per_hour;
        if !ctx.is_system(&product.seller_id)? && product.seller_id != i.owner_id {
            let m = store::Meter {
                account_id: &product.seller_id,
                region: &i.region,
                cause: "software-revenue",
                resource_id: &i.instance_id,
                quantity: 1.0,
                unit: "instance-hour",
                rate: -product.price_per_hour,
            };
            store::open_meter(ctx.db, &m, ctx.now)?;
        }
    }
    if fee > 0.0 {
        let m = store::Meter {
            account_id: &i.owner_id,
            region: &i.region,
            cause: "software-fee",
            resource_id: &i.instance_id,
            quantity: 1.0,
            unit: "instance-hour",
            rate: fee,
        };
        store::open_meter(ctx.db, &m, ctx.now)?;
    }
    Ok(())
}
