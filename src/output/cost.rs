//! `cost` for people: cents, a summary by cause, and the orphaned snapshots that
//! keep billing.

use super::table::{cell_text, generic};
use serde_json::{json, Value};

fn cents(v: &Value) -> Value {
    json!(format!("{:.2}", v.as_f64().unwrap_or(0.0)))
}

fn rounded(list: &Value, fields: &[&str]) -> Value {
    let items = list.as_array().cloned().unwrap_or_default();
    Value::Array(
        items
            .into_iter()
            .map(|mut i| {
                for f in fields {
                    if let Some(x) = i.get(*f).cloned() {
                        i[*f] = if *f == "Quantity" {
                            json!(format!("{:.3}", x.as_f64().unwrap_or(0.0)))
                        } else {
                            cents(&x)
                        };
                    }
                }
                i
            })
            .collect(),
    )
}

pub fn render(value: &Value, text: bool) -> String {
    let lines = rounded(&value["Lines"], &["Quantity", "Amount"]);
    let by_cause = rounded(&value["ByCause"], &["Amount"]);
    let orphans = rounded(&value["OrphanedSnapshots"], &["MonthlyCost"]);
    let total = format!("{:.2}", value["Total"].as_f64().unwrap_or(0.0));
    if text {
        let mut out = String::new();
        for l in lines.as_array().into_iter().flatten() {
            let cols = ["AccountId", "Region", "Cause", "ResourceId", "Quantity", "Unit", "Amount"];
            out.push_str(&cols.iter().map(|c| cell_text(&l[*c])).collect::<Vec<_>>().join("\t"));
            out.push('\n');
        }
        out.push_str(&format!("TOTAL\t{total}\n"));
        return out;
    }
    let mut out = format!("Cost from {} to {} (USD)\n", cell_text(&value["From"]), cell_text(&value["To"]));
    if lines.as_array().is_none_or(|l| l.is_empty()) {
        out.push_str("(nothing billed)\n");
    } else {
        out.push_str(&generic(&lines));
        out.push_str(&generic(&by_cause));
    }
    out.push_str(&format!("Total: ${total}\n"));
    if orphans.as_array().is_some_and(|o| !o.is_empty()) {
        out.push_str("\nSnapshots that back no image and still bill every month:\n");
        out.push_str(&generic(&orphans));
        out.push_str("Delete them with `amisim snapshots delete SNAP` if nothing needs them.\n");
    }
    out
}
