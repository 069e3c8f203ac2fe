//! `lineage`: an image's ancestors and descendants (created from an instance of,
//! copied from) across regions and accounts (R-LIF-5).

use super::{Ctx, Response, Shape};
use crate::error::{ApiError, Code, OpError};
use crate::ids;
use crate::model::Image;
use crate::store;
use serde_json::{json, Value};

fn node(i: &Image) -> Value {
    let relation = match (&i.source_instance_id, &i.source_image_id) {
        (Some(_), _) => Some("created-from-instance-of"),
        (None, Some(_)) => Some("copied-from"),
        _ => None,
    };
    json!({
        "ImageId": i.image_id, "Name": i.name, "OwnerId": i.owner_id, "Region": i.region,
        "State": i.state.as_str(), "Encrypted": i.is_encrypted(), "Relation": relation,
        "SourceInstanceId": i.source_instance_id,
        "Tags": i.tags,
    })
}

/// Descendants, depth first; `seen` guards against cycles in a damaged world.
fn children(ctx: &Ctx, id: &str, seen: &mut Vec<String>, depth: usize) -> Result<Vec<Value>, OpError> {
    if depth > 64 {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for c in store::images_copied_from(ctx.db, id, ctx.account)? {
        if seen.contains(&c.image_id) {
            continue;
        }
        seen.push(c.image_id.clone());
        let mut n = node(&c);
        n["Children"] = Value::Array(children(ctx, &c.image_id, seen, depth + 1)?);
        out.push(n);
    }
    Ok(out)
}

pub fn lineage(ctx: &Ctx, image_id: &str) -> Result<Response, OpError> {
    ids::check_image_id(image_id)?;
    let image = store::find_image_anywhere(ctx.db, image_id, ctx.account)?.ok_or_else(|| {
        ApiError::new(Code::InvalidAmiIdNotFound, format!("The image id '[{image_id}]' does not exist"))
    })?;
    let mut ancestors = Vec::new();
    let mut seen = vec![image.image_id.clone()];
    let mut parent = image.source_image_id.clone();
    while let Some(p) = parent {
        if seen.contains(&p) || ancestors.len() > 64 {
            break;
        }
        seen.push(p.clone());
        match store::find_image_anywhere(ctx.db, &p, ctx.account)? {
            Some(a) => {
                parent = a.source_image_id.clone();
                ancestors.push(node(&a));
            }
            None => {
                ancestors.push(json!({ "ImageId": p, "State": "unknown" }));
                parent = None;
            }
        }
    }
    let mut root = node(&image);
    root["Children"] = Value::Array(children(ctx, &image.image_id, &mut seen, 0)?);
    Ok(Response::new(Shape::Lineage, json!({ "Image": root, "Ancestors": ancestors })))
}
