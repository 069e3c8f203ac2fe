//! Query-string parameters to a JSON value of the operation's input shape,
//! undoing what botocore's EC2 serializer does: `ImageId.1`, `Filter.1.Name`,
//! `Filter.1.Value.1`, `LaunchPermission.Add.1.UserId`, booleans, integers.
//! The value's keys are the model's member names (`ImageIds`, `Filters` …).

use super::model::{self, Shape};
use amisim::error::{ApiError, Code};
use serde_json::{Map, Number, Value};
use std::collections::BTreeMap;

/// Lists longer than this, or indexes above it, are refused rather than allocated.
pub const MAX_INDEX: u32 = 1000;

enum Node {
    Leaf(String),
    Fields(BTreeMap<String, Node>),
    Items(BTreeMap<u32, Node>),
}

fn unknown(name: &str) -> ApiError {
    ApiError::new(Code::UnknownParameter, format!("The parameter {name} is not recognized"))
}

fn invalid(name: &str, why: &str) -> ApiError {
    ApiError::new(Code::InvalidParameterValue, format!("Invalid value for parameter {name}: {why}"))
}

/// Decodes `params` (Action and Version already taken out) by `shape`.
pub fn decode(shape: Option<&str>, params: &[(String, String)]) -> Result<Value, ApiError> {
    let m = model::get();
    let Some(shape) = shape.and_then(|s| m.shape(s)) else {
        return match params.first() {
            Some((k, _)) => Err(unknown(k)),
            None => Ok(Value::Object(Map::new())),
        };
    };
    let mut root = Node::Fields(BTreeMap::new());
    for (key, value) in params {
        insert(&mut root, shape, key, &key.split('.').collect::<Vec<_>>(), value)?;
    }
    to_value(root, shape, "")
}

/// Walks one dotted key down the shapes, creating nodes as it goes.
fn insert(node: &mut Node, shape: &Shape, key: &str, path: &[&str], value: &str) -> Result<(), ApiError> {
    let m = model::get();
    let Some((head, rest)) = path.split_first() else {
        return Err(unknown(key));
    };
    match (shape.kind.as_str(), node) {
        ("structure", Node::Fields(fields)) => {
            let Some((name, member)) =
                shape.members.iter().find(|(name, member)| member.query_name(name).eq_ignore_ascii_case(head))
            else {
                return Err(unknown(key));
            };
            let child_shape = m.shape(&member.shape).ok_or_else(|| unknown(key))?;
            if rest.is_empty() {
                if child_shape.kind == "structure" || (child_shape.kind == "list" && !value.is_empty()) {
                    return Err(unknown(key));
                }
                if fields.insert(name.clone(), Node::Leaf(value.to_string())).is_some() {
                    return Err(invalid(key, "given twice"));
                }
                return Ok(());
            }
            let fresh = || match child_shape.kind.as_str() {
                "list" => Node::Items(BTreeMap::new()),
                _ => Node::Fields(BTreeMap::new()),
            };
            let child = fields.entry(name.clone()).or_insert_with(fresh);
            insert(child, child_shape, key, rest, value)
        }
        ("list", Node::Items(items)) => {
            if head.is_empty() || !head.bytes().all(|b| b.is_ascii_digit()) {
                return Err(unknown(key));
            }
            let index = head.parse::<u64>().unwrap_or(u64::MAX);
            if index == 0 || index > MAX_INDEX as u64 {
                return Err(invalid(key, &format!("list indexes run from 1 to {MAX_INDEX}")));
            }
            let member = shape.member.as_ref().ok_or_else(|| unknown(key))?;
            let item_shape = m.shape(&member.shape).ok_or_else(|| unknown(key))?;
            if rest.is_empty() {
                if item_shape.kind == "structure" || item_shape.kind == "list" {
                    return Err(unknown(key));
                }
                if items.insert(index as u32, Node::Leaf(value.to_string())).is_some() {
                    return Err(invalid(key, "given twice"));
                }
                return Ok(());
            }
            let child = items.entry(index as u32).or_insert_with(|| match item_shape.kind.as_str() {
                "list" => Node::Items(BTreeMap::new()),
                _ => Node::Fields(BTreeMap::new()),
            });
            insert(child, item_shape, key, rest, value)
        }
        _ => Err(unknown(key)),
    }
}

fn to_value(node: Node, shape: &Shape, name: &str) -> Result<Value, ApiError> {
    let m = model::get();
    Ok(match node {
        Node::Fields(fields) => {
            let mut out = Map::new();
            for (k, child) in fields {
                let member = shape.members.iter().find(|(n, _)| *n == k).map(|(_, mem)| mem);
                let child_shape = member.and_then(|mem| m.shape(&mem.shape)).ok_or_else(|| unknown(&k))?;
                // An empty scalar is an absent one, as AWS takes it: the AWS SDK
                // for Go sends `KmsKeyId=`, Terraform `ImageLocation=`. A value
                // (a tag's, an attribute's) may be empty on purpose.
                if matches!(&child, Node::Leaf(text) if text.is_empty()) && child_shape.kind != "list" && k != "Value" {
                    continue;
                }
                out.insert(k.clone(), to_value(child, child_shape, &k)?);
            }
            Value::Object(out)
        }
        Node::Items(items) => {
            let item_shape = shape.member.as_ref().and_then(|mem| m.shape(&mem.shape)).ok_or_else(|| unknown(name))?;
            Value::Array(items.into_values().map(|n| to_value(n, item_shape, name)).collect::<Result<_, _>>()?)
        }
        Node::Leaf(text) => match shape.kind.as_str() {
            // An empty list, as the query serializer writes it (`Name=`).
            "list" => Value::Array(Vec::new()),
            "boolean" => match text.to_ascii_lowercase().as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                _ => return Err(invalid(name, &format!("'{text}' is not a boolean (true or false)"))),
            },
            "integer" | "long" => match text.trim().parse::<i64>() {
                Ok(n) => Value::Number(n.into()),
                Err(_) => return Err(invalid(name, &format!("'{text}' is not an integer"))),
            },
            "double" | "float" => match text.trim().parse::<f64>().ok().and_then(Number::from_f64) {
                Some(n) => Value::Number(n),
                None => return Err(invalid(name, &format!("'{text}' is not a number"))),
            },
            _ => Value::String(text),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn p(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn decodes_what_botocore_encodes() {
        let v = decode(
            Some("DescribeImagesRequest"),
            &p(&[
                ("ImageId.2", "ami-2"),
                ("ImageId.1", "ami-1"),
                ("Owner.1", "self"),
                ("Filter.1.Name", "name"),
                ("Filter.1.Value.1", "web-*"),
                ("Filter.1.Value.2", "db-*"),
                ("IncludeDeprecated", "true"),
                ("MaxResults", "5"),
            ]),
        )
        .unwrap();
        assert_eq!(
            v,
            json!({"ImageIds": ["ami-1", "ami-2"], "Owners": ["self"], "Filters": [{"Name": "name", "Values": ["web-*", "db-*"]}],
                   "IncludeDeprecated": true, "MaxResults": 5})
        );
        let v = decode(
            Some("ModifyImageAttributeRequest"),
            &p(&[
                ("ImageId", "ami-1"),
                ("LaunchPermission.Add.1.UserId", "222233334444"),
                ("LaunchPermission.Add.2.Group", "all"),
            ]),
        )
        .unwrap();
        assert_eq!(v["LaunchPermission"]["Add"], json!([{"UserId": "222233334444"}, {"Group": "all"}]));
    }

    #[test]
    fn empty_parameters_are_absent_but_empty_values_stay() {
        let v = decode(
            Some("CopyImageRequest"),
            &p(&[
                ("SourceImageId", "ami-1"),
                ("SourceRegion", "us-east-1"),
                ("Name", "x"),
                ("KmsKeyId", ""),
                ("Encrypted", ""),
            ]),
        )
        .unwrap();
        assert_eq!(v, json!({"SourceImageId": "ami-1", "SourceRegion": "us-east-1", "Name": "x"}));
        let v = decode(
            Some("CreateTagsRequest"),
            &p(&[("ResourceId.1", "ami-1"), ("Tag.1.Key", "team"), ("Tag.1.Value", "")]),
        )
        .unwrap();
        assert_eq!(v["Tags"], json!([{"Key": "team", "Value": ""}]));
    }

    #[test]
    fn refuses_what_it_does_not_know() {
        let e = decode(Some("DescribeImagesRequest"), &p(&[("Colour", "red")])).unwrap_err();
        assert_eq!(e.code, Code::UnknownParameter);
        let e = decode(Some("DescribeImagesRequest"), &p(&[("ImageId.99999999999999999999", "ami-1")])).unwrap_err();
        assert_eq!(e.code, Code::InvalidParameterValue);
        let e = decode(Some("DescribeImagesRequest"), &p(&[("ImageId.4000", "ami-1")])).unwrap_err();
        assert_eq!(e.code, Code::InvalidParameterValue);
        let e = decode(Some("DescribeImagesRequest"), &p(&[("MaxResults", "many")])).unwrap_err();
        assert_eq!(e.code, Code::InvalidParameterValue);
        let e = decode(Some("DescribeImagesRequest"), &p(&[("ImageId", "ami-1")])).unwrap_err();
        assert_eq!(e.code, Code::UnknownParameter);
    }
}
