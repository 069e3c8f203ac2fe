//! `MaxResults` / `NextToken` pagination, the same for every listing and both
//! front ends. A token is the offset of the next item in the listing's stable
//! order (creation order for images, snapshots and instances).

use crate::error::{refuse, ApiError, Code};
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Page {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

const PREFIX: &str = "amisim-page-";

impl Page {
    pub fn is_set(&self) -> bool {
        self.max_results.is_some() || self.next_token.is_some()
    }

    /// Refuses `MaxResults` together with IDs, as AWS does for these listings.
    pub fn not_with_ids(&self, ids: &[String], what: &str) -> Result<(), ApiError> {
        if self.max_results.is_some() && !ids.is_empty() {
            return refuse(
                Code::InvalidParameterCombination,
                format!("The parameter {what} cannot be used with the parameter maxResults"),
            );
        }
        Ok(())
    }

    /// One page of `items`, and the token of the next page if there is one.
    /// `min` is the smallest `MaxResults` the operation accepts (at most 1000).
    pub fn apply<T>(&self, mut items: Vec<T>, min: i64) -> Result<(Vec<T>, Option<String>), ApiError> {
        let start = match &self.next_token {
            None => 0,
            Some(t) => match t.strip_prefix(PREFIX).and_then(|n| n.parse::<usize>().ok()) {
                Some(n) => n,
                None => {
                    return refuse(
                        Code::InvalidParameterValue,
                        format!("Invalid NextToken '{t}': pass back a token a previous page returned"),
                    )
                }
            },
        };
        let max = match self.max_results {
            Some(m) if !(min..=1000).contains(&m) => {
                return refuse(
                    Code::InvalidParameterValue,
                    format!("Value ( {m} ) for parameter maxResults is invalid: expecting a value from {min} to 1000"),
                )
            }
            Some(m) => m as usize,
            None => usize::MAX,
        };
        let start = start.min(items.len());
        items.drain(..start);
        if items.len() > max {
            items.truncate(max);
            return Ok((items, Some(format!("{PREFIX}{}", start + max))));
        }
        Ok((items, None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_walk_the_whole_listing_once() {
        let page = |token: Option<String>| Page { max_results: Some(3), next_token: token };
        let mut seen = Vec::new();
        let mut token = None;
        loop {
            let (items, next) = page(token).apply((0..8).collect::<Vec<_>>(), 1).unwrap();
            seen.extend(items);
            match next {
                Some(t) => token = Some(t),
                None => break,
            }
        }
        assert_eq!(seen, (0..8).collect::<Vec<_>>());
        assert_eq!(Page::default().apply(vec![1, 2], 5).unwrap(), (vec![1, 2], None));
        let bad = Page { max_results: None, next_token: Some("xyz".into()) };
        assert_eq!(bad.apply(vec![1], 1).unwrap_err().code, Code::InvalidParameterValue);
        let small = Page { max_results: Some(2), next_token: None };
        assert_eq!(small.apply(vec![1], 5).unwrap_err().code, Code::InvalidParameterValue);
    }
}
