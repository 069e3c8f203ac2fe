//! Response values to XML by the operation's output shape: element names are
//! the model's `locationName`s, lists are `<item>`s, as botocore's EC2 parser
//! (and every other SDK) reads them. Keys of the value that the model does not
//! name are left out.

use super::model::{self, Shape};
use serde_json::Value;
use std::fmt::Write;

pub const EC2_NAMESPACE: &str = "http://ec2.amazonaws.com/doc/2016-11-15/";

/// Escapes text for XML; characters XML 1.0 cannot carry at all become U+FFFD.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// `<ActionResponse xmlns=…><requestId>…</requestId>…</ActionResponse>`.
pub fn response(action: &str, output: Option<&str>, value: &Value, request_id: &str) -> String {
    let mut out = String::with_capacity(1024);
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{action}Response xmlns=\"{EC2_NAMESPACE}\"><requestId>"
    );
    escape(request_id, &mut out);
    out.push_str("</requestId>");
    match output.and_then(|o| model::get().shape(o)) {
        Some(shape) => members(shape, value, &mut out),
        // Operations without output answer `<return>true</return>`, as EC2 does.
        None => out.push_str("<return>true</return>"),
    }
    let _ = write!(out, "</{action}Response>");
    out
}

/// The EC2 error document.
pub fn error(code: &str, message: &str, request_id: &str) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>");
    escape(code, &mut out);
    out.push_str("</Code><Message>");
    escape(message, &mut out);
    out.push_str("</Message></Error></Errors><RequestID>");
    escape(request_id, &mut out);
    out.push_str("</RequestID></Response>");
    out
}

fn members(shape: &Shape, value: &Value, out: &mut String) {
    let Value::Object(map) = value else { return };
    for (name, member) in &shape.members {
        let Some(v) = map.get(name) else { continue };
        if v.is_null() {
            continue;
        }
        let Some(child) = model::get().shape(&member.shape) else { continue };
        element(member.xml_name(name), child, v, out);
    }
}

fn element(tag: &str, shape: &Shape, value: &Value, out: &mut String) {
    let m = model::get();
    let _ = write!(out, "<{tag}>");
    match (shape.kind.as_str(), value) {
        ("structure", v) => members(shape, v, out),
        ("list", Value::Array(items)) => {
            if let Some(member) = &shape.member {
                if let Some(item_shape) = m.shape(&member.shape) {
                    let item_tag = member.location_name.as_deref().unwrap_or("member");
                    for item in items {
                        element(item_tag, item_shape, item, out);
                    }
                }
            }
        }
        (_, Value::String(s)) => escape(s, out),
        (_, Value::Bool(b)) => out.push_str(if *b { "true" } else { "false" }),
        (_, Value::Number(n)) => {
            let _ = write!(out, "{n}");
        }
        _ => {}
    }
    let _ = write!(out, "</{tag}>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_and_nesting_come_from_the_model() {
        let v = json!({"Images": [{"ImageId": "ami-1", "Name": "a<b & \"c\"", "State": "available", "Public": false,
            "OwnerId": "111122223333", "Region": "us-east-1",
            "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"SnapshotId": "snap-1", "VolumeSize": 8}}],
            "Tags": [{"Key": "k", "Value": "v"}]}]});
        let x = response("DescribeImages", Some("DescribeImagesResult"), &v, "req-1");
        assert!(x.contains("<imagesSet><item><blockDeviceMapping><item><deviceName>/dev/xvda</deviceName><ebs><snapshotId>snap-1</snapshotId><volumeSize>8</volumeSize></ebs></item></blockDeviceMapping>"), "{x}");
        assert!(x.contains("<imageId>ami-1</imageId>"), "{x}");
        assert!(x.contains("<imageState>available</imageState>"), "{x}");
        assert!(x.contains("<isPublic>false</isPublic>"), "{x}");
        assert!(x.contains("<imageOwnerId>111122223333</imageOwnerId>"), "{x}");
        assert!(x.contains("<name>a&lt;b &amp; &quot;c&quot;</name>"), "{x}");
        assert!(x.contains("<tagSet><item><key>k</key><value>v</value></item></tagSet>"), "{x}");
        assert!(!x.contains("Region"), "keys the model does not name stay out: {x}");
        assert!(error("X", "bad\u{1}", "r").contains("<Message>bad\u{FFFD}</Message>"));
    }
}
