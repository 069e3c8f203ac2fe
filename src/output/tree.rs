//! `lineage` as a tree in tables and text.

use serde_json::Value;

fn label(n: &Value) -> String {
    let s = |k: &str| n.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let enc = if n.get("Encrypted").and_then(Value::as_bool).unwrap_or(false) { ", encrypted" } else { "" };
    let rel = match n.get("Relation").and_then(Value::as_str) {
        Some("created-from-instance-of") => format!(" (from instance {})", s("SourceInstanceId")),
        _ => String::new(),
    };
    format!("{} {} — {} {} {}{enc}{rel}", s("ImageId"), s("Name"), s("OwnerId"), s("Region"), s("State"))
}

fn walk(n: &Value, prefix: &str, last: bool, out: &mut String) {
    out.push_str(&format!("{prefix}{}{}\n", if last { "└─ " } else { "├─ " }, label(n)));
    let kids = n.get("Children").and_then(Value::as_array).cloned().unwrap_or_default();
    let next = format!("{prefix}{}", if last { "   " } else { "│  " });
    for (i, k) in kids.iter().enumerate() {
        walk(k, &next, i + 1 == kids.len(), out);
    }
}

pub fn render(value: &Value) -> String {
    let mut out = String::new();
    let ancestors = value.get("Ancestors").and_then(Value::as_array).cloned().unwrap_or_default();
    for (depth, a) in ancestors.iter().rev().enumerate() {
        out.push_str(&format!("{}{}\n", "   ".repeat(depth), label(a)));
    }
    let pad = "   ".repeat(ancestors.len());
    let root = &value["Image"];
    out.push_str(&format!("{pad}{} ◀\n", label(root)));
    let kids = root.get("Children").and_then(Value::as_array).cloned().unwrap_or_default();
    for (i, k) in kids.iter().enumerate() {
        walk(k, &pad, i + 1 == kids.len(), &mut out);
    }
    out
}
