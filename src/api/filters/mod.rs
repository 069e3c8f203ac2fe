//! `--filter Name=K,Values=V1,V2` with `*` and `?` wildcards (R-SHR-6).

use crate::error::{ApiError, Code};
use crate::model::Tag;
use crate::store::NameMatch;

mod fields;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Filter {
    pub name: String,
    pub values: Vec<String>,
}

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
        // `Name=K` alone, or `name=web`: a filter needs its values.
        None if !rest.is_empty() && !rest.contains(',') => {
            return Err(ApiError::new(Code::InvalidParameterValue, format!("The filter '{rest}' is invalid"))
                .with_hint(format!("it has no values: expected Name=KEY,Values=V1,V2 (Name={rest},Values=…)")))
        }
        None => return Err(syntax()),
    };
    let values: Vec<String> = values.split(',').filter(|v| !v.is_empty()).map(str::to_string).collect();
    Ok(Filter { name: name.to_string(), values })
}

/// R-SHR-6: every filter must be one the resource answers to (botocore's
/// model names them), or `tag:KEY`. AWS's message; what would be valid is
/// amisim's hint. A filter with no values is allowed: it matches nothing.
pub fn check<T: Filterable>(filters: &[Filter]) -> Result<(), ApiError> {
    for f in filters {
        let known_name = T::NAMES.contains(&f.name.as_str()) || (f.name.starts_with("tag:") && f.name.len() > 4);
        if !known_name {
            return Err(ApiError::new(Code::InvalidParameterValue, format!("The filter '{}' is invalid", f.name))
                .with_hint(format!("the filters here are {}, tag:KEY", T::NAMES.join(", "))));
        }
    }
    Ok(())
}

/// Whether the resource passes every filter: for each, one of its values
/// matches one of the filter's patterns. Booleans compare without case and
/// numbers as numbers, as AWS's do; a filter without values matches nothing.
pub fn matches<T: Filterable>(item: &T, filters: &[Filter]) -> bool {
    filters.iter().all(|f| {
        let candidates = match f.name.strip_prefix("tag:") {
            Some(key) => item.tag_values(key),
            None if f.name == "tag-key" => item.tags().iter().map(|t| t.key.clone()).collect(),
            None => item.values(&f.name),
        };
        f.values.iter().any(|pattern| {
            candidates.iter().any(|c| {
                if c == "true" || c == "false" {
                    pattern.eq_ignore_ascii_case(c)
                } else if let (Ok(a), Ok(b)) = (pattern.trim().parse::<i64>(), c.parse::<i64>()) {
                    a == b // sizes and ports compare as numbers: 08 is 8
                } else {
                    wildcard(pattern, c)
                }
            })
        })
    })
}

/// A resource that Describe filters read: the names it answers to and the
/// values each name reads of it.
pub trait Filterable {
    /// Filter names besides `tag:KEY` (and `tag-key`, where listed).
    const NAMES: &'static [&'static str];
    /// What one filter name reads of the resource (none: matches nothing).
    fn values(&self, name: &str) -> Vec<String>;
    fn tags(&self) -> &[Tag] {
        &[]
    }
    /// `tag:KEY`: the values of that tag.
    fn tag_values(&self, key: &str) -> Vec<String> {
        self.tags().iter().filter(|t| t.key == key).map(|t| t.value.clone()).collect()
    }
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
    use crate::model::Image;

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
        assert!(check::<Image>(&[parse("Name=tag:team,Values=x").unwrap()]).is_ok());
        let colour = check::<Image>(&[parse("Name=colour,Values=x").unwrap()]).unwrap_err();
        assert_eq!(colour.message, "The filter 'colour' is invalid");
        assert!(colour.hint.as_deref().is_some_and(|h| h.starts_with("the filters here are architecture, ")));
        for raw in ["Name=name", "name=web"] {
            let e = parse(raw).unwrap_err();
            assert_eq!(e.code, Code::InvalidParameterValue);
            assert!(e.hint.as_deref().is_some_and(|h| h.contains("expected Name=KEY,Values=V1,V2")), "{raw}");
        }
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
