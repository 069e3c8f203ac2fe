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
                ("State", "State"),
                ("Owner", "OwnerId"),
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
        Shape::KeyPairs => (
            "KeyPairs",
            &[
                ("KeyName", "KeyName"),
                ("KeyPairId", "KeyPairId"),
                ("Type", "KeyType"),
                ("Fingerprint", "KeyFingerprint"),
            ],
        ),
        Shape::SecurityGroups => (
            "SecurityGroups",
            &[("GroupId", "GroupId"), ("GroupName", "GroupName"), ("VpcId", "VpcId"), ("Description", "Description")],
        ),
        Shape::Accounts => ("Accounts", &[("AccountId", "AccountId"), ("Name", "Name"), ("System", "System")]),
        Shape::Tags => {
            ("Tags", &[("ResourceId", "ResourceId"), ("Type", "ResourceType"), ("Key", "Key"), ("Value", "Value")])
        }
        Shape::Credentials => (
            "Credentials",
            &[("AccountId", "AccountId"), ("AccessKeyId", "AccessKeyId"), ("SecretAccessKey", "SecretAccessKey")],
        ),
        Shape::Catalog => {
            ("Images", &[("ImageId", "ImageId"), ("Name", "Name"), ("Owner", "OwnerId"), ("Region", "Region")])
        }
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
        Shape::Regions => {
            ("Regions", &[("Region", "RegionName"), ("Endpoint", "Endpoint"), ("OptInStatus", "OptInStatus")])
        }
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
                ("Resources", "Resources"),
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

/// A table fitted to the terminal (wrapping long names), coloured only on a
/// terminal without NO_COLOR; off a terminal it is not width-limited.
fn new_table(headers: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    if let Some(width) = terminal_width() {
        t.set_content_arrangement(ContentArrangement::Dynamic);
        t.set_width(u16::try_from(width).unwrap_or(u16::MAX));
    } else {
        t.set_content_arrangement(ContentArrangement::Disabled);
    }
    if terminal_width().is_none() || std::env::var_os("NO_COLOR").is_some() {
        t.force_no_tty();
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
        let cells: Vec<Vec<String>> = items
            .iter()
            .map(|item| {
                cols.iter()
                    .map(|(h, path)| {
                        let value = lookup(item, path);
                        match value.as_f64() {
                            Some(x) if h.starts_with("USD") => format!("{x:.2}"),
                            _ => cell_text(value),
                        }
                    })
                    .collect()
            })
            .collect();
        let keep = fitting_columns(cols, &cells, terminal_width());
        let headers: Vec<&str> = keep.iter().map(|&i| cols[i].0).collect();
        let mut t = new_table(&headers);
        for row in &cells {
            t.add_row(keep.iter().map(|&i| {
                let mut cell = Cell::new(&row[i]);
                if let Some(c) = colour_for(cols[i].0, &row[i]) {
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

/// The terminal's width when stdout is one.
fn terminal_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let mut t = Table::new();
    t.set_content_arrangement(ContentArrangement::Dynamic);
    t.width().map(usize::from)
}

/// Columns that fit the width: IDs are never shortened, so on a narrow terminal the
/// least important columns (the last ones) go first; the first two always stay.
fn fitting_columns(cols: &[(&str, &str)], rows: &[Vec<String>], width: Option<usize>) -> Vec<usize> {
    let mut keep: Vec<usize> = (0..cols.len()).collect();
    let Some(width) = width else { return keep };
    let natural = |i: usize| {
        let content = rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0);
        let min =
            if cols[i].0 == "Name" || cols[i].0 == "Message" || cols[i].0 == "Fix" { content.min(28) } else { content };
        min.max(cols[i].0.len()) + 3
    };
    while keep.len() > 2 && keep.iter().map(|&i| natural(i)).sum::<usize>() + 1 > width {
        keep.pop();
    }
    keep
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_coloured_by_meaning() {
        assert_eq!(colour_for("State", "available"), Some(Color::Green));
        assert_eq!(colour_for("State", "running"), Some(Color::Green));
        assert_eq!(colour_for("State", "pending"), Some(Color::Yellow));
        for bad in ["failed", "disabled", "terminated"] {
            assert_eq!(colour_for("State", bad), Some(Color::Red), "{bad}");
        }
        assert_eq!(colour_for("Name", "failed"), None, "only the state column");
    }

    #[test]
    fn off_a_terminal_tables_carry_no_colour_codes() {
        let v = serde_json::json!({"Images": [{"ImageId": "ami-1", "Name": "n", "State": "available"}]});
        let out = render(&v, Some(amisim::api::Shape::Images));
        assert!(!out.contains('\u{1b}'), "{out}");
    }

    #[test]
    fn narrow_terminals_drop_the_last_columns_never_ids() {
        let cols = [("ImageId", ""), ("Name", ""), ("State", ""), ("Owner", ""), ("Created", "")];
        let row = vec![
            "ami-0d1024a5fad64d717".to_string(),
            "a-very-long-image-name-that-wraps-in-narrow-terminals".into(),
            "available".into(),
            "137112412989".into(),
            "2026-01-01T00:00:00.000Z".into(),
        ];
        let rows = vec![row];
        assert_eq!(fitting_columns(&cols, &rows, None), vec![0, 1, 2, 3, 4], "off a terminal: everything");
        assert_eq!(fitting_columns(&cols, &rows, Some(200)), vec![0, 1, 2, 3, 4]);
        assert_eq!(fitting_columns(&cols, &rows, Some(80)), vec![0, 1, 2]);
        assert_eq!(fitting_columns(&cols, &rows, Some(20)), vec![0, 1], "the ID and name always stay");
    }
}
