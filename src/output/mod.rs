//! Printing: one serde value, four formats (README), and `--query` (JMESPath).
//! The library hands over data and a shape; only this layer knows how it looks.

mod cost;
mod table;
mod text;
mod tree;

use amisim::api::{Response, Shape};
use amisim::error::Error;
use serde_json::Value;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Yaml,
    Text,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "table" => Some(Format::Table),
            "json" => Some(Format::Json),
            "yaml" => Some(Format::Yaml),
            "text" => Some(Format::Text),
            _ => None,
        }
    }
}

/// Compiles a JMESPath expression as the AWS CLI reads it: a literal in
/// backticks that is not JSON (`` `web` ``) is taken as a string, as the AWS
/// CLI's jmespath does (it only warns that the form is deprecated).
pub fn compile(expr: &str) -> Result<jmespath::Expression<'static>, jmespath::JmespathError> {
    // A refusal quotes the expression as the user wrote it.
    jmespath::compile(&bare_literals_as_strings(expr)).or_else(|_| jmespath::compile(expr))
}

/// Rewrites each backtick literal whose text is not JSON into a JSON string
/// literal (leading blanks dropped, as jmespath.py does); the rest of the
/// expression, raw strings and quoted identifiers included, stays as it is.
fn bare_literals_as_strings(expr: &str) -> std::borrow::Cow<'_, str> {
    if !expr.contains('`') {
        return expr.into();
    }
    let mut out = String::with_capacity(expr.len() + 8);
    let mut chars = expr.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                // A raw string or a quoted identifier: copied through to its closing quote.
                out.push(c);
                while let Some(d) = chars.next() {
                    out.push(d);
                    if d == '\\' {
                        if let Some(e) = chars.next() {
                            out.push(e);
                        }
                    } else if d == c {
                        break;
                    }
                }
            }
            '`' => {
                let mut text = String::new();
                let mut closed = false;
                while let Some(d) = chars.next() {
                    match d {
                        '\\' if chars.peek() == Some(&'`') => {
                            chars.next();
                            text.push('`');
                        }
                        '`' => {
                            closed = true;
                            break;
                        }
                        _ => text.push(d),
                    }
                }
                let rewritten = match serde_json::from_str::<Value>(&text) {
                    Ok(_) => None,
                    Err(_) => serde_json::from_str::<Value>(&format!("\"{}\"", text.trim_start()))
                        .ok()
                        .and_then(|v| serde_json::to_string(&v).ok()),
                };
                out.push('`');
                out.push_str(&rewritten.unwrap_or(text).replace('`', "\\`"));
                if closed {
                    out.push('`');
                }
            }
            _ => out.push(c),
        }
    }
    out.into()
}

/// Applies a JMESPath expression, as the AWS CLI's `--query` does.
pub fn query(value: &Value, expr: &str) -> Result<Value, Error> {
    let compiled = compile(expr).map_err(|e| Error::Usage(format!("Bad value for --query {expr}: {e}")))?;
    let result = compiled.search(value).map_err(|e| Error::Usage(format!("Bad value for --query {expr}: {e}")))?;
    serde_json::to_value(&*result).map_err(|e| Error::Other(anyhow::anyhow!("query result: {e}")))
}

pub fn json(value: &Value) -> String {
    let mut out = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
    if serde::Serialize::serialize(value, &mut ser).is_err() {
        return "null\n".into();
    }
    let mut s = String::from_utf8(out).unwrap_or_default();
    s.push('\n');
    s
}

/// Renders a response in a format; nothing at all for empty responses.
pub fn render(response: &Response, format: Format, expr: Option<&str>) -> Result<String, Error> {
    if response.shape == Shape::Empty && expr.is_none() {
        return Ok(String::new());
    }
    let queried;
    let (value, shape) = match expr {
        Some(e) => {
            queried = query(&response.value(), e)?;
            (std::borrow::Cow::Owned(queried), None)
        }
        None => (response.value(), Some(response.shape)),
    };
    let value: &Value = &value;
    Ok(match format {
        Format::Json => json(value),
        Format::Yaml => crate::yaml::to_string(value).map_err(|e| Error::Other(anyhow::anyhow!("yaml: {e}")))?,
        Format::Text | Format::Table if shape == Some(Shape::Lineage) => tree::render(value),
        Format::Text | Format::Table if shape == Some(Shape::Cost) => cost::render(value, format == Format::Text),
        Format::Text if shape == Some(Shape::Credentials) => text::credentials_file(value),
        Format::Text => text::render(value, shape),
        Format::Table => table::render(value, shape),
    })
}

/// Prints a response on stdout; JSON streams straight out, without a copy in memory.
pub fn print(response: &Response, format: Format, expr: Option<&str>) -> Result<(), Error> {
    if format != Format::Json || expr.is_some() || response.shape == Shape::Empty {
        return write_stdout(render(response, format, expr)?.as_bytes());
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, stdout.lock());
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
    // Keep the I/O error's kind (a closed pipe) through serde_json's wrapper.
    let io = |e: serde_json::Error| e.io_error_kind().map_or_else(|| std::io::Error::other(e), std::io::Error::from);
    let written = serde::Serialize::serialize(response, &mut ser).map_err(io).and_then(|()| {
        out.write_all(b"\n")?;
        out.flush()
    });
    match written {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::Other(anyhow::anyhow!("writing output: {e}"))),
    }
}

/// Writes bytes to stdout; a closed pipe (`| head`) is not an error worth a message.
pub fn write_stdout(bytes: &[u8]) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::Other(anyhow::anyhow!("writing output: {e}"))),
    }
}

#[cfg(test)]
mod fuzz {
    use proptest::prelude::*;

    proptest! {
        // Fuzzing --query: any expression is either evaluated or refused, never a panic.
        #[test]
        fn query_never_panics(expr in "[A-Za-z0-9_\\[\\]\\.\\*\\?@&|=!<>`'\"(),: {}-]{0,40}") {
            let value = serde_json::json!({"Images": [{"ImageId": "ami-1", "Tags": [{"Key": "a", "Value": "b"}], "Size": 8}]});
            let _ = super::query(&value, &expr);
        }
    }
}
