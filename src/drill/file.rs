//! The drill file format: YAML starting with `kind: drill`. Mistakes are reported
//! with the file, line and field (serde_yaml attaches the position).

use amisim::error::Code;
use serde::de::{self, Deserializer};
use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "lowercase")]
pub enum DrillKind {
    Drill,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DrillFile {
    /// Checked by serde: a drill file says `kind: drill`.
    #[allow(dead_code)]
    pub kind: DrillKind,
    pub name: String,
    /// For the reader of the file.
    #[allow(dead_code)]
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub setup: Setup,
    pub steps: Vec<Step>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setup {
    /// Seed of the drill's world (R-ID-1).
    #[serde(default)]
    pub seed: Option<u64>,
    #[serde(default)]
    pub accounts: Vec<SetupAccount>,
    #[serde(default)]
    pub keys: Vec<SetupKey>,
    #[serde(default)]
    pub block_public_access: Vec<SetupBlock>,
    #[serde(default)]
    pub subscriptions: Vec<SetupSubscription>,
    /// A duration to advance (`30d`) or a time to advance to (RFC 3339).
    #[serde(default)]
    pub clock: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetupAccount {
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetupKey {
    pub alias: String,
    #[serde(default)]
    pub account: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub grant: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetupBlock {
    #[serde(default)]
    pub account: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    pub state: OnOff,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetupSubscription {
    pub account: String,
    /// A product code, or `catalog` for the catalog's marketplace product.
    pub product: String,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq)]
#[serde(rename_all = "lowercase")]
pub enum OnOff {
    On,
    Off,
}

/// Failure injection, so people rehearse failures.
#[derive(Debug, Clone, PartialEq)]
pub enum Inject {
    /// Copies made by this step settle as `failed`.
    CopyFails,
    /// From this step on, copies into the region take `factor` times as long.
    Slow { region: String, factor: u32 },
    /// The key's grant to `grantee` is revoked before the step runs (as the key's owner, `as`).
    RevokeKey { key: String, grantee: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawInject {
    #[serde(default)]
    copy_fails: bool,
    #[serde(default)]
    slow: Option<String>,
    #[serde(default)]
    factor: Option<u32>,
    #[serde(default)]
    revoke_key: Option<String>,
    #[serde(default)]
    grantee: Option<String>,
}

impl<'de> Deserialize<'de> for Inject {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_yaml::Value::deserialize(d)?;
        if v.as_str() == Some("copy-fails") {
            return Ok(Inject::CopyFails);
        }
        let raw: RawInject = serde_yaml::from_value(v).map_err(|e| de::Error::custom(format!("inject: {e}")))?;
        match raw {
            RawInject { copy_fails: true, slow: None, revoke_key: None, .. } => Ok(Inject::CopyFails),
            RawInject { slow: Some(region), revoke_key: None, copy_fails: false, factor, .. } => {
                Ok(Inject::Slow { region, factor: factor.unwrap_or(10).max(1) })
            }
            RawInject { revoke_key: Some(key), grantee: Some(grantee), slow: None, copy_fails: false, .. } => {
                Ok(Inject::RevokeKey { key, grantee })
            }
            RawInject { revoke_key: Some(_), grantee: None, .. } => {
                Err(de::Error::custom("inject: revoke-key needs grantee"))
            }
            _ => Err(de::Error::custom(
                "inject: use one of `copy-fails`, `{slow: REGION, factor: N}` or `{revoke-key: KEY, grantee: ACCOUNT}`",
            )),
        }
    }
}

/// `NAME = <JMESPath>`: capture a value of the step's output into `${NAME}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Save {
    pub name: String,
    pub query: String,
}

fn parse_save(s: &str) -> Result<Save, String> {
    let (name, query) = s.split_once('=').ok_or_else(|| format!("save: expected NAME = <JMESPath>, got {s:?}"))?;
    let (name, query) = (name.trim(), query.trim());
    let ok_name = !name.is_empty()
        && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !ok_name {
        return Err(format!("save: {name:?} is not a variable name (letters, digits, _)"));
    }
    crate::output::compile(query).map_err(|e| format!("save {name}: bad JMESPath {query:?}: {e}"))?;
    Ok(Save { name: name.to_string(), query: query.to_string() })
}

fn deserialize_saves<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Save>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    let list = match OneOrMany::deserialize(d)
        .map_err(|_| de::Error::custom("save: a string NAME = <JMESPath>, or a list of them"))?
    {
        OneOrMany::One(s) => vec![s],
        OneOrMany::Many(v) => v,
    };
    list.iter().map(|s| parse_save(s).map_err(de::Error::custom)).collect()
}

/// What a step must produce.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Expect {
    #[default]
    Ok,
    Error(String),
    Checks(Vec<Check>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub query: String,
    pub test: Test,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    Equals(Value),
    Contains(Value),
}

/// Codes a step may expect besides the service's: a failed waiter, a configuration error.
pub const EXTRA_CODES: &[&str] = &["WaiterFailed", "Configuration", "Usage"];

fn check_from(map: &serde_yaml::Mapping) -> Result<Check, String> {
    let get = |k: &str| map.get(serde_yaml::Value::from(k));
    for k in map.keys() {
        let k = k.as_str().unwrap_or("?");
        if !["query", "equals", "contains"].contains(&k) {
            return Err(format!("expect: unknown field `{k}`, expected `query` with `equals` or `contains`"));
        }
    }
    let query = get("query").and_then(|q| q.as_str()).ok_or("expect: a check needs `query: <JMESPath>`")?.to_string();
    crate::output::compile(&query).map_err(|e| format!("expect: bad JMESPath {query:?}: {e}"))?;
    let json = |v: &serde_yaml::Value| serde_json::to_value(v).map_err(|e| format!("expect: {e}"));
    let test = match (get("equals"), get("contains")) {
        (Some(v), None) => Test::Equals(json(v)?),
        (None, Some(v)) => Test::Contains(json(v)?),
        _ => return Err("expect: a check needs exactly one of `equals` or `contains`".into()),
    };
    Ok(Check { query, test })
}

impl<'de> Deserialize<'de> for Expect {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_yaml::Value::deserialize(d)?;
        let parsed = match &v {
            serde_yaml::Value::String(s) if s == "ok" => Ok(Expect::Ok),
            serde_yaml::Value::Mapping(m) if m.contains_key(serde_yaml::Value::from("error")) => {
                match (m.len(), m.get(serde_yaml::Value::from("error")).and_then(|c| c.as_str())) {
                    (1, Some(code)) if Code::parse(code).is_some() || EXTRA_CODES.contains(&code) => {
                        Ok(Expect::Error(code.into()))
                    }
                    (1, Some(code)) => {
                        Err(format!("expect: unknown error code {code:?} (see docs/rules.md for the codes)"))
                    }
                    _ => Err("expect: `error: CODE` stands alone".to_string()),
                }
            }
            serde_yaml::Value::Mapping(m) => check_from(m).map(|c| Expect::Checks(vec![c])),
            serde_yaml::Value::Sequence(items) => items
                .iter()
                .map(|i| i.as_mapping().ok_or_else(|| "expect: each check is a map".to_string()).and_then(check_from))
                .collect::<Result<Vec<_>, _>>()
                .map(Expect::Checks),
            _ => Err("expect: `ok`, `error: CODE`, or `query: … equals|contains: …`".to_string()),
        };
        parsed.map_err(de::Error::custom)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    run: Option<String>,
    #[serde(default, rename = "as")]
    as_account: Option<String>,
    #[serde(default)]
    region: Option<String>,
    #[serde(default, deserialize_with = "deserialize_saves")]
    save: Vec<Save>,
    #[serde(default)]
    expect: Expect,
    #[serde(default)]
    inject: Option<Inject>,
}

#[derive(Debug, Clone)]
pub struct Step {
    pub name: Option<String>,
    pub run: Option<String>,
    pub as_account: Option<String>,
    pub region: Option<String>,
    pub save: Vec<Save>,
    pub expect: Expect,
    pub inject: Option<Inject>,
}

impl<'de> Deserialize<'de> for Step {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = RawStep::deserialize(d)?;
        let injection_only = matches!(r.inject, Some(Inject::Slow { .. }) | Some(Inject::RevokeKey { .. }));
        match &r.run {
            None if !injection_only => return Err(de::Error::custom("a step needs `run: <amisim command line>`")),
            Some(run) if run.trim().is_empty() => return Err(de::Error::custom("run: the command line is empty")),
            Some(run) if run.trim_start().starts_with("amisim ") => {
                return Err(de::Error::custom("run: leave out the leading `amisim`: write `create --name …`"))
            }
            _ => {}
        }
        Ok(Step {
            name: r.name,
            run: r.run,
            as_account: r.as_account,
            region: r.region,
            save: r.save,
            expect: r.expect,
            inject: r.inject,
        })
    }
}

/// Parses a drill file's text; errors carry the line and field.
pub fn parse(text: &str) -> Result<DrillFile, String> {
    crate::yaml::from_str::<DrillFile>(text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_drill_parses() {
        let d = parse(
            "kind: drill\nname: t\nsetup:\n  keys:\n    - alias: app\n      grant: ['222233334444']\nsteps:\n  - run: create --name web --wait\n    save: WEB = ImageId\n  - run: describe ${WEB}\n    expect:\n      query: Images[0].State\n      equals: available\n  - run: copy --source-image-id ${WEB} --source-region us-east-1 --name web\n    expect:\n      error: InvalidAMIName.Duplicate\n  - inject: {slow: eu-west-1, factor: 5}\n  - run: copy --source-image-id x --source-region us-east-1 --name y\n    inject: copy-fails\n    as: '222233334444'\n",
        )
        .unwrap();
        assert_eq!(d.steps.len(), 5);
        assert_eq!(d.steps[0].save, vec![Save { name: "WEB".into(), query: "ImageId".into() }]);
        assert!(matches!(&d.steps[1].expect, Expect::Checks(c) if c[0].test == Test::Equals(Value::from("available"))));
        assert_eq!(d.steps[2].expect, Expect::Error("InvalidAMIName.Duplicate".into()));
        assert_eq!(d.steps[3].inject, Some(Inject::Slow { region: "eu-west-1".into(), factor: 5 }));
        assert_eq!(d.steps[4].inject, Some(Inject::CopyFails));
    }

    fn err(text: &str) -> String {
        parse(text).unwrap_err()
    }

    #[test]
    fn bad_drills_name_the_line_and_field() {
        let e = err("kind: pipeline\nname: x\nsteps: []\n");
        assert!(e.contains("kind") && e.contains("line 1"), "{e}");
        let e = err("kind: drill\nname: x\nsteps:\n  - run: describe\n    expct: ok\n");
        assert!(e.contains("steps[0]") && e.contains("expct") && e.contains("line 5"), "{e}");
        let e = err("kind: drill\nname: x\nsteps:\n  - run: describe\n  - run: launch ami-1\n    expect:\n      error: NoSuchCode\n");
        assert!(e.contains("steps[1]") && e.contains("NoSuchCode") && e.contains("line"), "{e}");
        let e = err("kind: drill\nname: x\nsteps:\n  - run: describe\n    save: 1X = Images\n");
        assert!(e.contains("variable name"), "{e}");
        let e = err("kind: drill\nname: x\nsteps:\n  - name: nothing\n");
        assert!(e.contains("needs `run"), "{e}");
        let e = err("kind: drill\nsteps: []\n");
        assert!(e.contains("name"), "{e}");
        let e = err(
            "kind: drill\nname: x\nsteps:\n  - run: describe\n    expect:\n      query: Images[\n      equals: 1\n",
        );
        assert!(e.contains("JMESPath"), "{e}");
        let e = err("kind: drill\nname: x\nsteps:\n  - run: amisim describe\n");
        assert!(e.contains("leading `amisim`"), "{e}");
    }
}
