//! Reading decoded parameters (model member names, as `query.rs` decodes them
//! by botocore's model) into plain values, for every family's decoder.

use amisim::api::filters::Filter;
use amisim::api::page::Page;
use amisim::api::tags::TagSpecification;
use amisim::error::{ApiError, Code};
use amisim::model::Tag;
use serde_json::Value;

pub(super) fn missing(name: &str) -> ApiError {
    ApiError::new(Code::MissingParameter, format!("The request must contain the parameter {name}"))
}

pub(super) fn unsupported(what: &str) -> ApiError {
    ApiError::new(Code::UnsupportedOperation, format!("{what} is not supported by this endpoint"))
}

pub(super) fn text(p: &Value, name: &str) -> Option<String> {
    p.get(name).and_then(Value::as_str).map(str::to_string)
}

pub(super) fn required(p: &Value, name: &str) -> Result<String, ApiError> {
    text(p, name).filter(|s| !s.is_empty()).ok_or_else(|| missing(name))
}

pub(super) fn flag(p: &Value, name: &str) -> bool {
    p.get(name).and_then(Value::as_bool).unwrap_or(false)
}

pub(super) fn int(p: &Value, name: &str) -> Option<i64> {
    p.get(name).and_then(Value::as_i64)
}

pub(super) fn strings(p: &Value, name: &str) -> Vec<String> {
    p.get(name).and_then(Value::as_array).into_iter().flatten().filter_map(|v| v.as_str().map(str::to_string)).collect()
}

pub(super) fn filters(p: &Value) -> Vec<Filter> {
    p.get("Filters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|f| Filter { name: text(f, "Name").unwrap_or_default(), values: strings(f, "Values") })
        .collect()
}

pub(super) fn page(p: &Value) -> Page {
    Page { max_results: int(p, "MaxResults"), next_token: text(p, "NextToken") }
}

pub(super) fn tags(list: Option<&Value>) -> Vec<Tag> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| Tag { key: text(t, "Key").unwrap_or_default(), value: text(t, "Value").unwrap_or_default() })
        .collect()
}

pub(super) fn tag_specifications(p: &Value) -> Vec<TagSpecification> {
    p.get("TagSpecifications")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|s| TagSpecification {
            resource_type: text(s, "ResourceType").unwrap_or_default(),
            tags: tags(s.get("Tags")),
        })
        .collect()
}

/// `LaunchPermission`/`CreateVolumePermission` `{Add, Remove}` lists, and the
/// `Attribute` + `OperationType` + `UserId.N` / `UserGroup.N` form, as
/// (accounts added, accounts removed, `all` added, `all` removed).
pub(super) fn permission_changes(
    p: &Value,
    structured: &str,
    attribute: &str,
    groups: &str,
) -> Result<Changes, ApiError> {
    let mut c = Changes::default();
    if let Some(m) = p.get(structured) {
        for (list, add) in [("Add", true), ("Remove", false)] {
            for item in m.get(list).and_then(Value::as_array).into_iter().flatten() {
                if item.get("OrganizationArn").is_some() || item.get("OrganizationalUnitArn").is_some() {
                    return Err(unsupported("Sharing with organizations"));
                }
                match (text(item, "UserId"), text(item, "Group")) {
                    (Some(u), _) => c.push(add, u),
                    (None, Some(g)) if g == "all" => c.push_all(add),
                    (None, Some(g)) => {
                        return Err(ApiError::new(
                            Code::InvalidAmiAttributeItemValue,
                            format!("Invalid attribute item value \"{g}\" for group item type: only all"),
                        ))
                    }
                    (None, None) => {}
                }
            }
        }
    }
    // The flat form; Terraform also names the Attribute beside the structured form.
    let flat_attribute = text(p, "Attribute").as_deref() == Some(attribute) && p.get(structured).is_none();
    if flat_attribute || !strings(p, "UserIds").is_empty() || !strings(p, groups).is_empty() {
        let add = match text(p, "OperationType").as_deref() {
            Some("add") => true,
            Some("remove") => false,
            Some(other) => {
                return Err(ApiError::new(
                    Code::InvalidParameterValue,
                    format!("Value ({other}) for parameter operationType is invalid: add or remove"),
                ))
            }
            // The AWS SDK for Go (Packer) sends UserId.N beside
            // LaunchPermission.Add.N without an OperationType: AWS takes both
            // as the same grant.
            None if c.any => true,
            None => return Err(missing("OperationType")),
        };
        for u in strings(p, "UserIds") {
            c.push(add, u);
        }
        for g in strings(p, groups) {
            if g != "all" {
                return Err(ApiError::new(
                    Code::InvalidAmiAttributeItemValue,
                    format!("Invalid attribute item value \"{g}\" for group item type: only all"),
                ));
            }
            c.push_all(add);
        }
    }
    Ok(c)
}

#[derive(Default)]
pub(super) struct Changes {
    pub add: Vec<String>,
    pub remove: Vec<String>,
    pub add_all: bool,
    pub remove_all: bool,
    pub any: bool,
}

impl Changes {
    fn push(&mut self, add: bool, who: String) {
        self.any = true;
        if add {
            self.add.push(who)
        } else {
            self.remove.push(who)
        }
    }
    fn push_all(&mut self, add: bool) {
        self.any = true;
        if add {
            self.add_all = true
        } else {
            self.remove_all = true
        }
    }
}

/// `Attribute=X Value=V` or `X.Value=V` (ModifyImageAttribute description,
/// ModifyInstanceAttribute).
pub(super) fn attribute_value(p: &Value, attribute: &str, member: &str) -> Option<Value> {
    if let Some(v) = p.get(member).and_then(|m| m.get("Value")) {
        return Some(v.clone());
    }
    (text(p, "Attribute").as_deref() == Some(attribute)).then(|| p.get("Value").cloned()).flatten()
}
