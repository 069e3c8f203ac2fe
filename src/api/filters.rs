//! `--filter Name=K,Values=V1,V2` with `*` and `?` wildcards (R-SHR-6).

use crate::error::{ApiError, Code};
use crate::model::{Image, Instance, Snapshot, Tag};
use crate::store::{NameMatch, TagRow};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Filter {
    pub name: String,
    pub values: Vec<String>,
}

pub const IMAGE_FILTERS: &[&str] = &[
    "name",
    "description",
    "state",
    "architecture",
    "is-public",
    "owner-id",
    "owner-alias",
    "image-id",
    "root-device-type",
    "platform",
    "platform-details",
    "product-code",
    "source-instance-id",
    "tag-key",
];

pub const SNAPSHOT_FILTERS: &[&str] = &["owner-id", "status", "storage-tier", "encrypted", "volume-size", "tag-key"];

pub const TAG_FILTERS: &[&str] = &["key", "value", "resource-id", "resource-type"];

pub const INSTANCE_FILTERS: &[&str] = &[
    "instance-id",
    "image-id",
    "instance-state-name",
    "instance-type",
    "architecture",
    "reservation-id",
    "owner-id",
    "availability-zone",
    "vpc-id",
    "subnet-id",
    "client-token",
    "tag-key",
];

pub const VOLUME_FILTERS: &[&str] =
    &["volume-id", "attachment.instance-id", "attachment.device", "snapshot-id", "encrypted", "size", "status"];

/// Parses the AWS CLI shorthand `Name=K,Values=V1,V2` (keys case-insensitive).
pub fn parse(raw: &str) -> Result<Filter, ApiError> {
    let syntax = || {
        ApiError::new(Code::InvalidParameterValue, format!("The filter '{raw}' is invalid"))
            .with_hint("expected Name=KEY,Values=V1,V2 (for example Name=state,Values=available)")
    };
    let lower = raw.to_ascii_lowercase();
    if !lower.starts_with("name=") {
        return Err(syntax());
    }
    // ASCII lower-casing keeps every byte offset, and the markers are ASCII:
    // `get` finds the same boundaries in the original text.
    let rest = raw.get("name=".len()..).ok_or_else(syntax)?;
    let split = rest.to_ascii_lowercase().find(",values=");
    let (name, values) = match split.and_then(|i| Some((rest.get(..i)?, rest.get(i + ",values=".len()..)?))) {
        Some(pair) => pair,
        None if rest.contains(',') => return Err(syntax()),
        None => (rest, ""),
    };
    let values: Vec<String> = values.split(',').filter(|v| !v.is_empty()).map(str::to_string).collect();
    Ok(Filter { name: name.to_string(), values })
}

/// R-SHR-6: every filter must be a known one with at least one value. The
/// message starts as AWS's and goes on to say what would be valid.
pub fn check(filters: &[Filter], known: &[&str]) -> Result<(), ApiError> {
    for f in filters {
        // AWS's message; what would be valid is amisim's hint.
        let invalid = |why: String| {
            ApiError::new(Code::InvalidParameterValue, format!("The filter '{}' is invalid", f.name)).with_hint(why)
        };
        let known_name = known.contains(&f.name.as_str()) || (f.name.starts_with("tag:") && f.name.len() > 4);
        if !known_name {
            return Err(invalid(format!("the filters here are {}, tag:KEY", known.join(", "))));
        }
        if f.values.is_empty() {
            return Err(invalid(format!("it has no values: expected Name={},Values=V1,V2", f.name)));
        }
    }
    Ok(())
}

/// `*` matches any run of characters, `?` any one (case-sensitive, as in AWS).
pub fn wildcard(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

fn any_matches(f: &Filter, candidates: &[String]) -> bool {
    f.values.iter().any(|v| candidates.iter().any(|c| wildcard(v, c)))
}

fn tag_values(tags: &[Tag], f: &Filter) -> Vec<String> {
    if let Some(key) = f.name.strip_prefix("tag:") {
        tags.iter().filter(|t| t.key == key).map(|t| t.value.clone()).collect()
    } else {
        tags.iter().map(|t| t.key.clone()).collect()
    }
}

pub fn image_matches(image: &Image, filters: &[Filter]) -> bool {
    filters.iter().all(|f| {
        let values: Vec<String> = match f.name.as_str() {
            "name" => vec![image.name.clone()],
            "description" => image.description.clone().into_iter().collect(),
            "state" => vec![image.state.as_str().into()],
            "architecture" => vec![image.architecture.clone()],
            "is-public" => vec![image.public.to_string()],
            "owner-id" => vec![image.owner_id.clone()],
            "owner-alias" => image.image_owner_alias.clone().into_iter().collect(),
            "image-id" => vec![image.image_id.clone()],
            "root-device-type" => vec![image.root_device_type.clone()],
            "platform" => {
                if image.platform_details == "Windows" {
                    vec!["windows".into()]
                } else {
                    vec![]
                }
            }
            "platform-details" => vec![image.platform_details.clone()],
            "product-code" => image.product_codes.iter().map(|p| p.product_code_id.clone()).collect(),
            "source-instance-id" => image.source_instance_id.clone().into_iter().collect(),
            _ => tag_values(&image.tags, f),
        };
        any_matches(f, &values)
    })
}

pub fn snapshot_matches(s: &Snapshot, filters: &[Filter]) -> bool {
    filters.iter().all(|f| {
        let values: Vec<String> = match f.name.as_str() {
            "owner-id" => vec![s.owner_id.clone()],
            "status" => vec![s.state.clone()],
            "storage-tier" => vec![s.storage_tier.clone()],
            "encrypted" => vec![s.encrypted.to_string()],
            "volume-size" => vec![s.volume_size.to_string()],
            _ => tag_values(&s.tags, f),
        };
        any_matches(f, &values)
    })
}

/// DescribeTags filters over one tag row.
pub fn tag_row_matches(t: &TagRow, filters: &[Filter]) -> bool {
    filters.iter().all(|f| {
        let value = match f.name.as_str() {
            "key" => &t.key,
            "value" => &t.value,
            "resource-id" => &t.resource_id,
            "resource-type" => &t.resource_type,
            _ => return true,
        };
        any_matches(f, std::slice::from_ref(value))
    })
}

pub fn instance_matches(i: &Instance, filters: &[Filter]) -> bool {
    filters.iter().all(|f| {
        let values: Vec<String> = match f.name.as_str() {
            "instance-id" => vec![i.instance_id.clone()],
            "image-id" => vec![i.image_id.clone()],
            "instance-state-name" => vec![i.state.name.clone()],
            "instance-type" => vec![i.instance_type.clone()],
            "architecture" => vec![i.architecture.clone()],
            "reservation-id" => vec![i.reservation_id.clone()],
            "owner-id" => vec![i.owner_id.clone()],
            "availability-zone" => vec![i.placement.availability_zone.clone()],
            "vpc-id" => vec![i.vpc_id.clone()],
            "subnet-id" => vec![i.subnet_id.clone()],
            "client-token" => i.client_token.clone().into_iter().collect(),
            _ => tag_values(&i.tags, f),
        };
        any_matches(f, &values)
    })
}

/// A `name` filter that the store can answer from its index: one exact name or one prefix.
pub fn name_pushdown(filters: &[Filter]) -> NameMatch {
    let names: Vec<&Filter> = filters.iter().filter(|f| f.name == "name").collect();
    match names.as_slice() {
        [f] if f.values.len() == 1 => {
            let v = &f.values[0];
            match v.find(['*', '?']) {
                None => NameMatch::Exact(v.clone()),
                Some(i) if i == v.len() - 1 && v.ends_with('*') => NameMatch::Prefix(v[..i].to_string()),
                Some(i) => NameMatch::Prefix(v[..i].to_string()),
            }
        }
        _ => NameMatch::Any,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_r_shr_6() {
        assert!(wildcard("web-*", "web-v1"));
        assert!(wildcard("web-?1", "web-v1"));
        assert!(!wildcard("web-?", "web-v1"));
        assert!(wildcard("*", ""));
        assert!(wildcard("a*b*c", "aXXbYYc"));
        assert!(!wildcard("a*b*c", "aXXbYY"));
        assert!(!wildcard("Web-*", "web-v1"));
    }

    #[test]
    fn parse_shorthand_r_shr_6() {
        let f = parse("Name=name,Values=web-*,db-*").unwrap();
        assert_eq!(f.values, vec!["web-*", "db-*"]);
        assert_eq!(parse("name=state,values=available").unwrap().name, "state");
        assert!(check(&[parse("Name=tag:team,Values=x").unwrap()], IMAGE_FILTERS).is_ok());
        let colour = check(&[parse("Name=colour,Values=x").unwrap()], IMAGE_FILTERS).unwrap_err();
        assert_eq!(colour.message, "The filter 'colour' is invalid");
        assert!(colour.hint.as_deref().is_some_and(|h| h.starts_with("the filters here are name, ")));
        assert_eq!(check(&[parse("Name=name").unwrap()], IMAGE_FILTERS).unwrap_err().code, Code::InvalidParameterValue);
        let syntax = parse("name,Values=x").unwrap_err();
        assert_eq!(syntax.message, "The filter 'name,Values=x' is invalid");
        assert!(syntax.hint.as_deref().is_some_and(|h| h.contains("expected Name=KEY,Values=V1,V2")));
    }

    #[test]
    fn pushdown() {
        let f = |v: &str| vec![Filter { name: "name".into(), values: vec![v.into()] }];
        assert!(matches!(name_pushdown(&f("web")), NameMatch::Exact(s) if s == "web"));
        assert!(matches!(name_pushdown(&f("web-*")), NameMatch::Prefix(s) if s == "web-"));
        assert!(matches!(name_pushdown(&f("*web")), NameMatch::Prefix(s) if s.is_empty()));
    }
}
