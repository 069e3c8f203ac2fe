//! `lineage`: an image's ancestors and descendants (created from an instance of,
//! copied from) across regions and accounts (R-LIF-5).

use super::{Ctx, Response, Shape};
use crate::error::{ApiError, Code, OpError};
use crate::ids;
use crate::model::Image;
use crate::model::Tag;
use crate::store;
use serde::Serialize;

/// The lineage of an image: the image with its descendants, and its ancestors.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Lineage {
    pub image: Node,
    pub ancestors: Vec<Node>,
}

/// One image of a lineage; an ancestor no longer in the world is only its ID.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Node {
    pub image_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    pub state: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relation: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_instance_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<Node>>,
}

fn node(i: &Image) -> Node {
    let relation = match (&i.source_instance_id, &i.source_image_id) {
        (Some(_), _) => Some("created-from-instance-of"),
        (None, Some(_)) => Some("copied-from"),
        _ => None,
    };
    Node {
        image_id: i.image_id.clone(),
        name: Some(i.name.clone()),
        owner_id: Some(i.owner_id.clone()),
        region: Some(i.region.clone()),
        state: i.state.as_str(),
        encrypted: Some(i.is_encrypted()),
        relation,
        source_instance_id: i.source_instance_id.clone(),
        tags: Some(i.tags.clone()),
        children: None,
    }
}

/// Descendants, depth first; `seen` guards against cycles in a damaged world.
fn children(ctx: &Ctx, id: &str, seen: &mut Vec<String>, depth: usize) -> Result<Vec<Node>, OpError> {
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
        n.children = Some(children(ctx, &c.image_id, seen, depth + 1)?);
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
                ancestors.push(Node {
                    image_id: p.clone(),
                    name: None,
                    owner_id: None,
                    region: None,
                    state: "unknown",
                    encrypted: None,
                    relation: None,
                    source_instance_id: None,
                    tags: None,
                    children: None,
                });
                parent = None;
            }
        }
    }
    let mut root = node(&image);
    root.children = Some(children(ctx, &image.image_id, &mut seen, 0)?);
    Ok(Response::typed(Shape::Lineage, Lineage { image: root, ancestors }))
}
