//! The tag family: CreateTags, DeleteTags, DescribeTags.

use super::action::Action;
use super::params::*;
use amisim::api::tags::{TagKey, TagResource};
use amisim::api::{self, Request};
use amisim::error::ApiError;
use serde_json::Value;

/// The core request of one of this family's actions.
pub fn request(action: Action, p: &Value) -> Result<Request, ApiError> {
    Ok(match action {
        Action::CreateTags => {
            let t = tags(p.get("Tags"));
            if t.is_empty() {
                return Err(missing("Tag"));
            }
            Request::tag(TagResource { resource_ids: strings(p, "Resources"), tags: t, ..Default::default() })
        }
        Action::DeleteTags => {
            let remove: Vec<TagKey> = p
                .get("Tags")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|t| TagKey { key: text(t, "Key").unwrap_or_default(), value: text(t, "Value") })
                .collect();
            Request::tag(TagResource {
                resource_ids: strings(p, "Resources"),
                tags: Vec::new(),
                remove_all: remove.is_empty(),
                remove,
            })
        }
        Action::DescribeTags => Request::DescribeTags(api::tags::DescribeTags { filters: filters(p), page: page(p) }),
        other => return Err(other.not_in_family()),
    })
}

/// The core's answer is already in the action's output shape.
pub fn response(_: Action, _: &Value, out: &api::Response) -> Value {
    out.value().into_owned()
}
