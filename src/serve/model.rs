//! botocore's EC2 model, the part the server speaks (`ec2-model.json`, written by
//! `tests/clients/trim_model.py`): what botocore writes, the server decodes; what
//! it parses, the server encodes. Parsed once, on first use.

use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
pub struct Model {
    pub operations: HashMap<String, Operation>,
    pub shapes: HashMap<String, Shape>,
}

#[derive(Debug, Deserialize)]
pub struct Operation {
    pub input: Option<String>,
    pub output: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Shape {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub members: Vec<(String, Member)>,
    pub member: Option<Member>,
}

#[derive(Debug, Deserialize)]
pub struct Member {
    pub shape: String,
    #[serde(rename = "locationName")]
    pub location_name: Option<String>,
    #[serde(rename = "queryName")]
    pub query_name: Option<String>,
}

impl Member {
    /// The name botocore's EC2 serializer gives this member in a query string.
    pub fn query_name<'a>(&'a self, member_name: &'a str) -> std::borrow::Cow<'a, str> {
        if let Some(q) = &self.query_name {
            return q.into();
        }
        match &self.location_name {
            Some(l) => {
                let mut c = l.chars();
                match c.next() {
                    Some(first) => format!("{}{}", first.to_ascii_uppercase(), c.as_str()).into(),
                    None => member_name.into(),
                }
            }
            None => member_name.into(),
        }
    }

    /// The element name botocore's EC2 parser looks for.
    pub fn xml_name<'a>(&'a self, member_name: &'a str) -> &'a str {
        self.location_name.as_deref().unwrap_or(member_name)
    }
}

/// The file keeps members as a JSON object; ordered pairs are easier to walk.
#[derive(Deserialize)]
struct RawShape {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    members: serde_json::Map<String, serde_json::Value>,
    member: Option<Member>,
}

#[derive(Deserialize)]
struct RawModel {
    operations: HashMap<String, Operation>,
    shapes: HashMap<String, RawShape>,
}

static MODEL: OnceLock<Model> = OnceLock::new();

pub fn get() -> &'static Model {
    MODEL.get_or_init(|| {
        let raw: RawModel =
            serde_json::from_str(include_str!("ec2-model.json")).expect("the built-in EC2 model parses");
        let shapes = raw
            .shapes
            .into_iter()
            .map(|(name, s)| {
                let members = s
                    .members
                    .into_iter()
                    .filter_map(|(k, v)| serde_json::from_value::<Member>(v).ok().map(|m| (k, m)))
                    .collect();
                (name, Shape { kind: s.kind, members, member: s.member })
            })
            .collect();
        Model { operations: raw.operations, shapes }
    })
}

impl Model {
    pub fn shape(&self, name: &str) -> Option<&Shape> {
        self.shapes.get(name)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_model_has_every_shape_it_names() {
        let m = super::get();
        for (name, s) in &m.shapes {
            for (_, member) in &s.members {
                assert!(m.shape(&member.shape).is_some(), "{name} names {}", member.shape);
            }
        }
        for op in m.operations.values() {
            for s in op.input.iter().chain(&op.output) {
                assert!(m.shape(s).is_some(), "{s}");
            }
        }
    }
}
