//! The virtual clock (R-CLK-1): seconds since the Unix epoch, formatted as RFC 3339.

/// 2026-01-01T00:00:00Z, where every new world's clock starts.
pub const EPOCH_START: i64 = 1_767_225_600;

pub const MINUTE: i64 = 60;
pub const HOUR: i64 = 3600;
pub const DAY: i64 = 86_400;

// Howard Hinnant's civil-date algorithm (days since the epoch to a date).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// `2026-01-01T00:00:00.000Z`, the shape AWS uses for CreationDate.
pub fn format(t: i64) -> String {
    let (y, m, d) = civil_from_days(t.div_euclid(DAY));
    let s = t.rem_euclid(DAY);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.000Z", s / 3600, s / 60 % 60, s % 60)
}

/// Parses RFC 3339 (`2026-03-01T12:00:00Z`, fractional seconds and offsets allowed)
/// or a bare date (`2026-03-01`, midnight UTC). Any input, however hostile,
/// gives `None` rather than a panic: jiff does the parsing, nothing is sliced.
pub fn parse(s: &str) -> Option<i64> {
    if let Ok(t) = s.parse::<jiff::Timestamp>() {
        return Some(t.as_second());
    }
    // A bare date is exactly YYYY-MM-DD (jiff would also take a date-time without offset).
    if s.len() != 10 {
        return None;
    }
    let date: jiff::civil::Date = s.parse().ok()?;
    Some(jiff::tz::TimeZone::UTC.to_timestamp(date.to_datetime(jiff::civil::Time::midnight())).ok()?.as_second())
}

/// Seconds since the epoch of SigV4's basic form, `YYYYMMDDTHHMMSSZ`: exactly
/// 16 ASCII characters; anything else is `None`.
pub fn parse_basic(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if b.len() != 16 || !digits(0..8) || b[8] != b'T' || !digits(9..15) || b[15] != b'Z' {
        return None;
    }
    let t = jiff::civil::DateTime::strptime("%Y%m%dT%H%M%SZ", s).ok()?;
    Some(jiff::tz::TimeZone::UTC.to_timestamp(t).ok()?.as_second())
}

/// SigV4's basic form of a time, `YYYYMMDDTHHMMSSZ`.
pub fn format_basic(t: i64) -> String {
    let (y, m, d) = civil_from_days(t.div_euclid(DAY));
    let s = t.rem_euclid(DAY);
    format!("{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

/// Durations are an integer and a unit: `90s`, `30m`, `2h`, `7d` (README).
pub fn parse_duration(s: &str) -> Option<i64> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit())?;
    let (n, unit) = s.split_at(split);
    let n: i64 = n.parse().ok()?;
    let mul = match unit {
        "s" => 1,
        "m" => MINUTE,
        "h" => HOUR,
        "d" => DAY,
        "w" => 7 * DAY,
        _ => return None,
    };
    n.checked_mul(mul)
}

/// Human form of a duration, for messages: `1d 2h`, `5m`, `30s`.
pub fn format_duration(secs: i64) -> String {
    let (d, h, m, s) = (secs / DAY, secs % DAY / HOUR, secs % HOUR / MINUTE, secs % MINUTE);
    let parts: Vec<String> = [(d, "d"), (h, "h"), (m, "m"), (s, "s")]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, u)| format!("{n}{u}"))
        .collect();
    if parts.is_empty() {
        "0s".into()
    } else {
        parts.join(" ")
    }
}

pub fn ser_time<S: serde::Serializer>(t: &i64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format(*t))
}

pub fn ser_opt_time<S: serde::Serializer>(t: &Option<i64>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(&format(*t)),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_of_the_world_r_clk_1() {
        assert_eq!(format(EPOCH_START), "2026-01-01T00:00:00.000Z");
        assert_eq!(parse("2026-01-01T00:00:00Z"), Some(EPOCH_START));
        assert_eq!(parse("2026-01-01"), Some(EPOCH_START));
        assert_eq!(parse("2026-01-01T01:00:00+01:00"), Some(EPOCH_START));
        assert_eq!(parse("2026-01-01T00:00:00.123Z"), Some(EPOCH_START));
        assert_eq!(parse("2026-13-01T00:00:00Z"), None);
        assert_eq!(parse("yesterday"), None);
        assert_eq!(format(EPOCH_START + 59 * DAY + 3661), "2026-03-01T01:01:01.000Z");
    }

    /// Hostile input is refused, never a panic (multibyte characters where
    /// digits should be, truncated offsets, huge years).
    #[test]
    fn hostile_times_are_none() {
        for s in [
            "2026-01-01T00:00:00+€ab",
            "2026-01-01T00:00:00+0",
            "2026-01-01T00:00:00+01:€",
            "€026-01-01",
            "2026-01-01T€0:00:00Z",
            "99999999-01-01T00:00:00Z",
            "",
            "2026-01-01T",
        ] {
            assert_eq!(parse(s), None, "{s:?}");
        }
        assert_eq!(parse("2026-01-01 00:00:00Z"), Some(EPOCH_START));
        assert_eq!(parse_basic("20260101T000000Z"), Some(EPOCH_START));
        assert_eq!(format_basic(EPOCH_START + 3661), "20260101T010101Z");
        for s in ["2026010€T00000Z", "20260101T00000€", "20260101T000000", "2026-1-01T00000Z", "20261301T000000Z"] {
            assert_eq!(parse_basic(s), None, "{s:?}");
        }
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90s"), Some(90));
        assert_eq!(parse_duration("30m"), Some(1800));
        assert_eq!(parse_duration("2h"), Some(7200));
        assert_eq!(parse_duration("7d"), Some(7 * DAY));
        assert_eq!(parse_duration("7"), None);
        assert_eq!(parse_duration("d"), None);
        assert_eq!(format_duration(DAY + 2 * HOUR), "1d 2h");
    }
}
