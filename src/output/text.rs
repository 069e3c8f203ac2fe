//! `-o text`: tab-separated, one resource per line, in the AWS CLI's manner.

use super::table::{cell_text, columns, columns_for, lookup};
use amisim::api::Shape;
use serde_json::Value;

pub fn render(value: &Value, shape: Option<Shape>) -> String {
    if let Some((key, _)) = shape.and_then(columns) {
        let items = value.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
        let (_, cols) = shape.and_then(|sh| columns_for(sh, &items)).unwrap_or((key, Vec::new()));
        let mut out = String::new();
        // explain's verdict comes before its reasons.
        if let (Some(Shape::Explain), Some(allowed)) = (shape, value.get("Allowed").and_then(Value::as_bool)) {
            out.push_str(&format!("Allowed: {allowed}\n"));
        }
        for item in &items {
            let fields: Vec<String> = cols.iter().map(|(_, p)| cell_text(lookup(item, p))).collect();
            out.push_str(&fields.join("\t"));
            out.push('\n');
        }
        return out;
    }
    generic(value)
}

fn line(v: &Value) -> String {
    match v {
        Value::Array(a) => a.iter().map(line).collect::<Vec<_>>().join("\t"),
        Value::Object(o) => o.values().map(line).collect::<Vec<_>>().join("\t"),
        other => cell_text(other),
    }
}

fn generic(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Array(items) if items.iter().any(|i| i.is_array() || i.is_object()) => {
            items.iter().map(|i| format!("{}\n", line(i))).collect()
        }
        other => format!("{}\n", line(other)),
    }
}

/// Access keys as AWS credentials-file sections (`[amisim-ACCOUNT]`), for `~/.aws/credentials`.
pub fn credentials_file(value: &Value) -> String {
    let mut out = String::new();
    for c in value["Credentials"].as_array().into_iter().flatten() {
        let field = |k: &str| c[k].as_str().unwrap_or_default().to_string();
        out.push_str(&format!(
            "[amisim-{}]\naws_access_key_id = {}\naws_secret_access_key = {}\n\n",
            field("AccountId"),
            field("AccessKeyId"),
            field("SecretAccessKey")
        ));
    }
    out
}
