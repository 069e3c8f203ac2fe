//! `application/x-www-form-urlencoded` and query strings (`amisim serve` and its clients): `a=1&b=x%20y`, with
//! `+` as a space, as botocore and the Go SDK write them.

/// The pairs as raw bytes (for the canonical query of a signature).
pub fn pairs(input: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
    input
        .split(|b| *b == b'&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut kv = p.splitn(2, |b| *b == b'=');
            let k = decode(kv.next().unwrap_or_default());
            let v = decode(kv.next().unwrap_or_default());
            (k, v)
        })
        .collect()
}

fn decode(raw: &[u8]) -> Vec<u8> {
    let spaced: Vec<u8> = raw.iter().map(|b| if *b == b'+' { b' ' } else { *b }).collect();
    percent_encoding::percent_decode(&spaced).collect()
}

/// The pairs as text; `Err` names the first key or value that is not UTF-8.
pub fn utf8_pairs(input: &[u8]) -> Result<Vec<(String, String)>, String> {
    pairs(input)
        .into_iter()
        .map(|(k, v)| {
            let key = String::from_utf8(k).map_err(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())?;
            let value = String::from_utf8(v).map_err(|_| key.clone())?;
            Ok((key, value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn decodes_as_browsers_and_sdks_encode() {
        let p = super::utf8_pairs(b"Action=DescribeImages&Filter.1.Value.1=web+v1%2A&Empty=&x").unwrap();
        assert_eq!(p[1], ("Filter.1.Value.1".into(), "web v1*".into()));
        assert_eq!(p[2], ("Empty".into(), String::new()));
        assert_eq!(p[3], ("x".into(), String::new()));
        assert!(super::utf8_pairs(b"Name=%FF%FE").is_err());
    }
}
