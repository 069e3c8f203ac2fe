//! `-o table`: comfy-table, fitted to the terminal; IDs are never shortened.

use amisim::api::Shape;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width};
use serde_json::Value;
use std::io::IsTerminal;

/// The list a shape prints and its columns: (header, dotted path).
pub fn columns(shape: Shape) -> Option<(&'static str, &'static [(&'static str, &'static str)])> {
    Some(match shape {
        Shape::Images => (
            "Images",
            &[
                ("ImageId", "ImageId"),
                ("Name", "Name"),
                ("Owner", "OwnerId"),
                ("State", "State"),
                ("Arch", "Architecture"),
                ("Public", "Public"),
                ("Created", "CreationDate"),
            ],
        ),
        Shape::Instances => (
            "Instances",
            &[
                ("InstanceId", "InstanceId"),
                ("ImageId", "ImageId"),
                ("Type", "InstanceType"),
                ("State", "State.Name"),
                ("Reason", "StateReason.Code"),
                ("Launched", "LaunchTime"),
            ],
        ),
        Shape::Snapshots => (
            "Snapshots",
            &[
                ("SnapshotId", "SnapshotId"),
                ("Owner", "OwnerId"),
                ("GiB", "VolumeSize"),
                ("Encrypted", "Encrypted"),
                ("State", "State"),
                ("Tier", "StorageTier"),
                ("Images", "Images"),
            ],
        ),
        Shape::Keys => (
            "Keys",
            &[
                ("KeyId", "KeyId"),
                ("Alias", "Alias"),
                ("Owner", "OwnerId"),
                ("Manager", "KeyManager"),
                ("State", "KeyState"),
                ("Grantees", "Grantees"),
            ],
        ),
        Shape::Accounts => ("Accounts", &[("AccountId", "AccountId"), ("Name", "Name"), ("System", "System")]),
        Shape::Products => (
            "Products",
            &[
                ("ProductCode", "ProductCodeId"),
                ("Name", "Name"),
                ("Seller", "SellerId"),
                ("USD/hour", "PricePerHour"),
                ("Subscribed", "Subscribed"),
            ],
        ),
        Shape::Cleanup => (
            "Candidates",
            &[
                ("Resource", "ResourceId"),
                ("Name", "Name"),
                ("Action", "Action"),
                ("Reasons", "Reasons"),
                ("Snapshots", "Snapshots"),
                ("USD/month", "MonthlySaving"),
            ],
        ),
        Shape::Problems => ("Problems", &[("Check", "Check"), ("Detail", "Detail")]),
        Shape::Explain => ("Reasons", &[("Code", "Code"), ("Message", "Message"), ("Fix", "Fix")]),
        Shape::LaunchPermissions => ("LaunchPermissions", &[("UserId", "UserId"), ("Group", "Group")]),
        Shape::VolumePermissions => ("CreateVolumePermissions", &[("UserId", "UserId"), ("Group", "Group")]),
        Shape::Events => (
            "Events",
            &[
                ("Time", "EventTime"),
                ("Account", "AccountId"),
                ("Region", "Region"),
                ("Operation", "Operation"),
                ("Outcome", "Outcome"),
                ("Error", "ErrorCode"),
            ],
        ),
        _ => return None,
    })
}

pub fn lookup<'a>(item: &'a Value, path: &str) -> &'a Value {
    let mut v = item;
    for part in path.split('.') {
        v = v.get(part).unwrap_or(&Value::Null);
    }
    v
}

pub fn cell_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(cell_text).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", "),
        Value::Object(_) => serde_json::to_string(v).unwrap_or_default(),
        other => other.to_string(),
    }
}

fn colour_for(header: &str, text: &str) -> Option<Color> {
    if header != "State" {
        return None;
    }
    match text {
        "available" | "running" | "completed" | "Enabled" => Some(Color::Green),
        "pending" | "stopped" => Some(Color::Yellow),
        "failed" | "disabled" | "terminated" | "error" => Some(Color::Red),
        _ => None,
    }
}

fn new_table(headers: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    let tty = std::io::stdout().is_terminal();
    if tty {
        t.set_content_arrangement(ContentArrangement::Dynamic);
        if std::env::var_os("NO_COLOR").is_some() {
            t.force_no_tty();
        }
    } else {
        t.force_no_tty();
        t.set_content_arrangement(ContentArrangement::Disabled);
    }
    t.set_header(headers.iter().map(Cell::new));
    t
}

fn is_id_column(header: &str) -> bool {
    header.ends_with("Id")
        || header == "ProductCode"
        || header == "Owner"
        || header == "Account"
        || header == "AccountId"
}

/// A table of a list value under a shape's columns, or a generic one.
pub fn render(value: &Value, shape: Option<amisim::api::Shape>) -> String {
    let mut out = String::new();
    if let Some((list_key, cols)) = shape.and_then(columns) {
        if let Some(header) = value.as_object().filter(|o| o.len() > 1) {
            // A record around the list (e.g. ImageId + LaunchPermissions): show its scalars first.
            for (k, v) in header.iter().filter(|(k, v)| *k != list_key && !v.is_array()) {
                out.push_str(&format!("{k}: {}\n", cell_text(v)));
            }
        }
        let items = value.get(list_key).and_then(Value::as_array).cloned().unwrap_or_default();
        if items.is_empty() {
            out.push_str(&format!("(no {})\n", list_key.to_lowercase()));
            return out;
        }
        let headers: Vec<&str> = cols.iter().map(|(h, _)| *h).collect();
        let mut t = new_table(&headers);
        for item in &items {
            t.add_row(cols.iter().map(|(h, path)| {
                let value = lookup(item, path);
                let text = match value.as_f64() {
                    Some(x) if h.starts_with("USD") => format!("{x:.2}"),
                    _ => cell_text(value),
                };
                let mut cell = Cell::new(&text);
                if let Some(c) = colour_for(h, &text) {
                    cell = cell.fg(c);
                }
                cell
            }));
        }
        protect_ids(&mut t, &headers);
        out.push_str(&t.to_string());
        out.push('\n');
        return out;
    }
    out.push_str(&generic(value));
    out
}

fn protect_ids(t: &mut Table, headers: &[&str]) {
    for (i, h) in headers.iter().enumerate() {
        if is_id_column(h) || *h == "Created" || *h == "Launched" {
            if let Some(col) = t.column_mut(i) {
                col.set_constraint(ColumnConstraint::ContentWidth);
            }
        } else if *h == "Name" {
            if let Some(col) = t.column_mut(i) {
                col.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(12)));
            }
        }
    }
}

/// Any JSON as a table: a list of objects by their keys, an object as key/value rows.
pub fn generic(value: &Value) -> String {
    match value {
        Value::Array(items) if items.iter().all(Value::is_object) && !items.is_empty() => {
            let mut headers: Vec<String> = Vec::new();
            for i in items {
                for k in i.as_object().into_iter().flat_map(|o| o.keys()) {
                    if !headers.contains(k) {
                        headers.push(k.clone());
                    }
                }
            }
            let hs: Vec<&str> = headers.iter().map(String::as_str).collect();
            let mut t = new_table(&hs);
            for i in items {
                t.add_row(headers.iter().map(|h| Cell::new(cell_text(i.get(h).unwrap_or(&Value::Null)))));
            }
            protect_ids(&mut t, &hs);
            format!("{t}\n")
        }
        Value::Array(items) => {
            let mut t = new_table(&["Value"]);
            for i in items {
                t.add_row(vec![Cell::new(cell_text(i))]);
            }
            format!("{t}\n")
        }
        Value::Object(map) => {
            let mut t = new_table(&["Field", "Value"]);
            for (k, v) in map {
                t.add_row(vec![Cell::new(k), Cell::new(cell_text(v))]);
            }
            t.column_mut(1).map(|c| c.set_constraint(ColumnConstraint::ContentWidth));
            format!("{t}\n")
        }
        Value::Null => String::new(),
        other => format!("{}\n", cell_text(other)),
    }
}
