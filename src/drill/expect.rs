//! A step's expectations: the outcome, the error code, and field checks on
//! what the step printed, compared loosely (a string "3" equals the number 3).

use super::file::{Check, Expect, Test};
use super::Produced;
use crate::output;
use serde_json::Value;

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.len() > 120 {
        format!("{}…", &s[..s.char_indices().nth(117).map(|(i, _)| i).unwrap_or(s.len())])
    } else {
        s
    }
}

fn loosely_equal(got: &Value, want: &Value) -> bool {
    got == want
        || match (got, want) {
            (Value::String(g), w) if !w.is_string() => serde_json::from_str::<Value>(g).ok().as_ref() == Some(w),
            (g, Value::String(w)) if !g.is_string() => serde_json::from_str::<Value>(w).ok().as_ref() == Some(g),
            (Value::Number(g), Value::Number(w)) => g.as_f64() == w.as_f64(),
            _ => false,
        }
}

fn check_one(c: &Check, v: &Value) -> Result<(), String> {
    let got = output::query(v, &c.query).map_err(|e| e.to_string())?;
    match &c.test {
        Test::Equals(want) if loosely_equal(&got, want) => Ok(()),
        Test::Equals(want) => Err(format!("{}: expected {}, got {}", c.query, short(want), short(&got))),
        Test::Contains(want) => {
            let ok = match (&got, want) {
                (Value::Array(items), w) => items.iter().any(|i| loosely_equal(i, w)),
                (Value::String(g), Value::String(w)) => g.contains(w.as_str()),
                _ => false,
            };
            if ok {
                Ok(())
            } else {
                Err(format!("{}: expected it to contain {}, got {}", c.query, short(want), short(&got)))
            }
        }
    }
}

/// The first difference between what a step produced and what it expected.
pub(super) fn check(expect: &Expect, produced: &Produced) -> Result<(), String> {
    match (expect, produced) {
        (Expect::Ok, Produced::Value(_)) => Ok(()),
        (Expect::Ok | Expect::Checks(_), Produced::Error { code, message }) => {
            Err(format!("expected success, got {code}: {message}"))
        }
        (Expect::Error(want), Produced::Error { code, .. }) if want == code => Ok(()),
        (Expect::Error(want), Produced::Error { code, message }) => {
            Err(format!("expected error {want}, got {code}: {message}"))
        }
        (Expect::Error(want), Produced::Value(_)) => Err(format!("expected error {want}, got success")),
        (Expect::Checks(checks), Produced::Value(v)) => checks.iter().try_for_each(|c| check_one(c, v)),
    }
}
