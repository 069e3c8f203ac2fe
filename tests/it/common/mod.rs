//! Drives the real `amisim` binary on a temporary state file.
#![allow(dead_code)]

pub mod serve;

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

pub const MAIN: &str = "111122223333";
pub const PARTNER: &str = "222233334444";
pub const SANDBOX: &str = "333344445555";

pub struct World {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}\nstderr: {}", self.stdout, self.stderr))
    }
}

impl World {
    pub fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.db");
        World { _dir: dir, path }
    }

    /// A world on an existing state file (kept alive by the caller).
    pub fn at(path: PathBuf) -> World {
        World { _dir: tempfile::tempdir().unwrap(), path }
    }

    pub fn command(&self) -> Command {
        let mut c = Command::cargo_bin("amisim").unwrap();
        c.env("AMISIM_STATE", &self.path)
            .env_remove("AMISIM_ACCOUNT")
            .env_remove("AMISIM_REGION")
            .env_remove("AMISIM_OUTPUT")
            .env("NO_COLOR", "1");
        c
    }

    /// Runs `amisim -o json ARGS`.
    pub fn run(&self, args: &[&str]) -> Run {
        let out = self.command().arg("-o").arg("json").args(args).output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs and expects success; returns the JSON printed.
    pub fn ok(&self, args: &[&str]) -> Value {
        let r = self.run(args);
        assert_eq!(r.code, 0, "amisim {args:?} failed: {}", r.stderr);
        if r.stdout.trim().is_empty() {
            Value::Null
        } else {
            r.json()
        }
    }

    /// Expects the service to refuse with `code` (exit 254, one line, empty stdout)
    /// and the world (everything but the audit log) to be unchanged.
    pub fn refused(&self, args: &[&str], code: &str) -> String {
        let before = self.dump();
        let r = self.run(args);
        assert_eq!(
            r.code, 254,
            "amisim {args:?}: expected exit 254 with {code}, got {}: {}{}",
            r.code, r.stdout, r.stderr
        );
        assert!(
            r.stderr.starts_with(&format!("An error occurred ({code}) when calling the ")),
            "amisim {args:?}: expected {code}, got: {}",
            r.stderr
        );
        // One error line, AWS's; amisim's help may follow on a `hint: ` line.
        let lines: Vec<&str> = r.stderr.trim_end().lines().collect();
        assert!(
            lines.len() == 1 || (lines.len() == 2 && lines[1].starts_with("hint: ")),
            "one error line and at most a hint: {}",
            r.stderr
        );
        assert!(r.stdout.is_empty(), "stdout must stay empty: {}", r.stdout);
        assert_eq!(before, self.dump(), "amisim {args:?} was refused but changed the world");
        r.stderr
    }

    pub fn id(&self, args: &[&str], key: &str) -> String {
        let v = self.ok(args);
        v[key].as_str().unwrap_or_else(|| panic!("no {key} in {v}")).to_string()
    }

    /// A new available EBS image of `account` in `region`.
    pub fn image(&self, name: &str, extra: &[&str]) -> String {
        let mut args = vec!["create", "--name", name, "--wait"];
        args.extend_from_slice(extra);
        self.id(&args, "ImageId")
    }

    pub fn describe_one(&self, image: &str, extra: &[&str]) -> Value {
        let mut args = vec!["describe", image];
        args.extend_from_slice(extra);
        self.ok(&args)["Images"][0].clone()
    }

    pub fn snapshots_of(&self, image: &str, extra: &[&str]) -> Vec<String> {
        let i = self.describe_one(image, extra);
        i["BlockDeviceMappings"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|b| b["Ebs"]["SnapshotId"].as_str().map(str::to_string))
            .collect()
    }

    /// A catalog image ID by owner alias and name prefix, in a region.
    pub fn catalog(&self, owner: &str, prefix: &str, region: &str) -> String {
        let filter = format!("Name=name,Values={prefix}*");
        let v = self.ok(&["describe", "--owners", owner, "--filter", &filter, "--region", region]);
        v["Images"][0]["ImageId"].as_str().unwrap_or_else(|| panic!("no catalog image {prefix}")).to_string()
    }

    /// Every table but the audit log, as text: "the world" of docs/rules.md.
    pub fn dump(&self) -> String {
        if !self.path.exists() {
            return String::new();
        }
        let conn = rusqlite::Connection::open(&self.path).unwrap();
        let mut tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'events' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        tables.sort();
        let mut out = String::new();
        for t in tables {
            let mut st = conn.prepare(&format!("SELECT * FROM {t} ORDER BY 1, 2")).unwrap();
            let n = st.column_count();
            let mut rows = st.query([]).unwrap();
            out.push_str(&format!("## {t}\n"));
            while let Some(r) = rows.next().unwrap() {
                let cells: Vec<String> = (0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect();
                out.push_str(&cells.join("|"));
                out.push('\n');
            }
        }
        out
    }

    pub fn events(&self) -> i64 {
        let conn = rusqlite::Connection::open(&self.path).unwrap();
        conn.query_row("SELECT count(*) FROM events", [], |r| r.get(0)).unwrap()
    }
}

/// A directory unpacked by `.ci/run` under target/third-party.
pub fn third_party(prefix: &str, inner: &str) -> Option<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/third-party");
    std::fs::read_dir(root)
        .ok()?
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .map(|e| e.path().join(inner))
        .find(|p| p.exists())
}

/// Whether a program runs (`have("packer", &["version"])`).
pub fn have(program: &str, args: &[&str]) -> bool {
    std::process::Command::new(program).args(args).output().is_ok_and(|o| o.status.success())
}
