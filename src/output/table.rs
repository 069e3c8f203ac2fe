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

/// A shape's columns for these items: a listing that spans regions
/// (`--all-regions`) gets a Region column after the first, in table and text.
pub fn columns_for(shape: Shape, items: &[Value]) -> Option<(&'static str, Vec<(&'static str, &'static str)>)> {
    let (key, cols) = columns(shape)?;
    let mut cols = cols.to_vec();
    let regions: std::collections::BTreeSet<&str> =
        items.iter().filter_map(|i| i.get("Region").and_then(Value::as_str)).collect();
    if regions.len() > 1 && !cols.iter().any(|(h, _)| *h == "Region") {
        cols.insert(1, ("Region", "Region"));
    }
    Some((key, cols))
}

/// The columns a narrow terminal gives up first, per shape: the least
/// important first. Columns not listed stay (the first one always does).
fn drop_order(shape: Shape) -> &'static [&'static str] {
    match shape {
        Shape::Images => &["Public", "Arch", "Created", "Owner", "Region", "State"],
        Shape::Instances => &["Reason", "Launched", "Type", "Region"],
        Shape::Snapshots => &["Images", "Tier", "Encrypted", "GiB", "Owner", "Region"],
        Shape::Events => &["Resources", "Region", "Account", "Outcome"],
        Shape::Keys => &["Grantees", "Manager", "Owner"],
        Shape::Cleanup => &["Snapshots", "Name", "USD/month"],
        Shape::SecurityGroups => &["Description", "VpcId"],
        Shape::KeyPairs => &["Fingerprint", "Type"],
        Shape::Explain => &["Fix"],
        _ => &[],
    }
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
fn new_table(headers: &[&str], width: Option<usize>) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    if let Some(width) = width {
        t.set_content_arrangement(ContentArrangement::Dynamic);
        t.set_width(u16::try_from(width).unwrap_or(u16::MAX));
    } else {
        t.set_content_arrangement(ContentArrangement::Disabled);
    }
    if !std::io::stdout().is_terminal() || std::env::var_os("NO_COLOR").is_some() {
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
    let items_of = |key: &str| value.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
    if let Some((list_key, cols)) = shape.and_then(|sh| columns(sh).map(|(k, _)| k)).and_then(|k| {
        let items = items_of(k);
        shape.and_then(|sh| columns_for(sh, &items))
    }) {
        let shape = shape.expect("a shape with columns");
        if let Some(header) = value.as_object().filter(|o| o.len() > 1) {
            // A record around the list (e.g. ImageId + LaunchPermissions): show its scalars first.
            for (k, v) in header.iter().filter(|(k, v)| *k != list_key && !v.is_array()) {
                out.push_str(&format!("{k}: {}\n", cell_text(v)));
            }
        }
        let items = items_of(list_key);
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
        let width = terminal_width();
        let keep = fitting_columns(&cols, &cells, width, drop_order(shape));
        let headers: Vec<&str> = keep.iter().map(|&i| cols[i].0).collect();
        let mut t = new_table(&headers, width);
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
        // Never silently: what did not fit is named, with how to see it.
        let left: Vec<&str> = (0..cols.len()).filter(|i| !keep.contains(i)).map(|i| cols[i].0).collect();
        if !left.is_empty() {
            out.push_str(&format!(
                "(left out at {} columns: {})\n(every column: -o text, or a wider terminal)\n",
                width.unwrap_or_default(),
                left.join(", ")
            ));
        }
        return out;
    }
    out.push_str(&generic(value));
    out
}

/// The width to fit: `COLUMNS` when set, else the terminal's when stdout is
/// one; off a terminal without `COLUMNS`, none (full width, no wrapping).
fn terminal_width() -> Option<usize> {
    if let Some(n) = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<usize>().ok()).filter(|n| *n >= 20) {
        return Some(n);
    }
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let mut t = Table::new();
    t.set_content_arrangement(ContentArrangement::Dynamic);
    t.width().map(usize::from)
}

/// Columns that fit the width at their full content width (a cell's words
/// are never split): the shape's least important columns go first, then
/// from the end; the first column always stays.
fn fitting_columns(cols: &[(&str, &str)], rows: &[Vec<String>], width: Option<usize>, order: &[&str]) -> Vec<usize> {
    let mut keep: Vec<usize> = (0..cols.len()).collect();
    let Some(width) = width else { return keep };
    let natural = |i: usize| {
        let content = rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0);
        content.max(cols[i].0.len()) + 3
    };
    let fits = |keep: &[usize]| keep.iter().map(|&i| natural(i)).sum::<usize>() < width;
    let mut candidates: Vec<usize> =
        order.iter().filter_map(|h| cols.iter().position(|(c, _)| c == h)).filter(|&i| i > 0).collect();
    let rest: Vec<usize> = (1..cols.len()).rev().filter(|i| !candidates.contains(i)).collect();
    candidates.extend(rest);
    for i in candidates {
        if fits(&keep) || keep.len() <= 2 {
            break;
        }
        keep.retain(|&k| k != i);
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
            let mut t = new_table(&hs, terminal_width());
            for i in items {
                t.add_row(headers.iter().map(|h| Cell::new(cell_text(i.get(h).unwrap_or(&Value::Null)))));
            }
            protect_ids(&mut t, &hs);
            format!("{t}\n")
        }
        Value::Array(items) => {
            let mut t = new_table(&["Value"], terminal_width());
            for i in items {
                t.add_row(vec![Cell::new(cell_text(i))]);
            }
            format!("{t}\n")
        }
        Value::Object(map) => {
            let mut t = new_table(&["Field", "Value"], terminal_width());
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
    fn narrow_terminals_drop_the_least_important_columns_never_the_first() {
        let cols = [("ImageId", ""), ("Name", ""), ("State", ""), ("Owner", ""), ("Created", "")];
        let row = vec![
            "ami-0d1024a5fad64d717".to_string(),
            "a-very-long-image-name-that-wraps-in-narrow-terminals".into(),
            "available".into(),
            "137112412989".into(),
            "2026-01-01T00:00:00.000Z".into(),
        ];
        let rows = vec![row];
        let order = drop_order(amisim::api::Shape::Images);
        assert_eq!(fitting_columns(&cols, &rows, None, order), vec![0, 1, 2, 3, 4], "off a terminal: everything");
        assert_eq!(fitting_columns(&cols, &rows, Some(200), order), vec![0, 1, 2, 3, 4]);
        // Created goes before Owner, Owner before State.
        assert_eq!(fitting_columns(&cols, &rows, Some(110), order), vec![0, 1, 2, 3]);
        assert_eq!(fitting_columns(&cols, &rows, Some(100), order), vec![0, 1, 2]);
        assert_eq!(fitting_columns(&cols, &rows, Some(20), order), vec![0, 1], "two columns always stay");
    }
}
