//! Nothing is lost: concurrent writers, writers killed mid-write (SIGKILL), and the
//! invariants `doctor` checks. `AMISIM_LONG=1` runs the long crash loop.
use crate::common;
use common::*;
use std::process::{Command, Stdio};
use std::time::Duration;

fn amisim(path: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_amisim"));
    c.env("AMISIM_STATE", path).env_remove("AMISIM_ACCOUNT").env_remove("AMISIM_REGION").arg("-o").arg("json");
    c
}

#[test]
fn eight_concurrent_writers_200_commands_each() {
    let w = World::new();
    let base = w.image("base", &[]);
    let per = 200;
    let handles: Vec<_> = (0..8)
        .map(|p| {
            let (path, base) = (w.path.clone(), base.clone());
            std::thread::spawn(move || {
                for n in 0..per {
                    let mut c = amisim(&path);
                    match n % 4 {
                        0 => c.args(["create", "--name", &format!("p{p}-n{n}")]),
                        1 => c.args([
                            "copy",
                            "--source-image-id",
                            &base,
                            "--source-region",
                            "us-east-1",
                            "--region",
                            "eu-west-1",
                            "--name",
                            &format!("p{p}-c{n}"),
                        ]),
                        2 => c.args([
                            "share",
                            &base,
                            if n % 8 == 2 { "--add" } else { "--remove" },
                            &format!("{:012}", 100_000_000_000u64 + p),
                        ]),
                        _ => c.args(["launch", &base]),
                    };
                    let out = c.output().unwrap();
                    let err = String::from_utf8_lossy(&out.stderr);
                    assert!(out.status.success(), "process {p} command {n}: {err}");
                    assert!(!err.contains("locked"), "{err}");
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let count = |args: &[&str], key: &str| w.ok(args)[key].as_array().unwrap().len();
    assert_eq!(count(&["describe", "--owners", "self"], "Images"), 1 + 8 * per / 4);
    assert_eq!(count(&["describe", "--owners", "self", "--region", "eu-west-1"], "Images"), 8 * per / 4);
    assert_eq!(count(&["instances", "list"], "Instances"), 8 * per / 4);
    assert_eq!(w.events(), 1 + 8 * per as i64, "every call audited once");
    let doctor = w.run(&["doctor", "--full"]);
    assert_eq!(doctor.code, 0, "{}", doctor.stdout);
}

/// A small deterministic generator (splitmix64).
struct Rng(u64);
impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = amisim::ids::mix(self.0, 1);
        self.0 % n
    }
}

#[test]
fn writers_killed_mid_write_lose_nothing() {
    let rounds = if std::env::var_os("AMISIM_LONG").is_some() { 400 } else { 100 };
    let w = World::new();
    let base = w.image("base", &[]);
    let mut rng = Rng(7);
    let mut killed = 0;
    for round in 0..rounds {
        let mut c = amisim(&w.path);
        match rng.next(4) {
            // A long transaction: thousands of images in one go.
            0 => c.args(["bench", "seed", "--images", "3000"]),
            1 => c.args([
                "copy",
                "--source-image-id",
                &base,
                "--source-region",
                "us-east-1",
                "--region",
                "ap-south-1",
                "--name",
                &format!("k{round}"),
            ]),
            2 => c.args([
                "pipeline",
                "apply",
                concat!(env!("CARGO_MANIFEST_DIR"), "/examples/pipelines/golden-web.yaml"),
            ]),
            _ => c.args(["launch", &base, "--count", "50"]),
        };
        let mut child = c.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(rng.next(60)));
        if child.try_wait().unwrap().is_none() {
            // SIGKILL: no chance to clean up.
            child.kill().unwrap();
            killed += 1;
        }
        child.wait().unwrap();
        // The next command always works on what the killed one left.
        let after = w.run(&["describe", &base]);
        assert_eq!(after.code, 0, "round {round}: {}", after.stderr);
    }
    assert!(killed > 0, "some writers were killed mid-write");
    let conn = rusqlite::Connection::open(&w.path).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let doctor = w.run(&["doctor", "--full"]);
    assert_eq!(doctor.code, 0, "invariants hold after {killed} kills: {}", doctor.stdout);
}

#[test]
fn processes_racing_to_create_the_world_share_one() {
    for attempt in 0..5 {
        let w = World::new();
        let children: Vec<_> = (0..6)
            .map(|p| {
                amisim(&w.path)
                    .args(["create", "--name", &format!("racer-{p}")])
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for c in children {
            let out = c.wait_with_output().unwrap();
            assert!(out.status.success(), "attempt {attempt}: {}", String::from_utf8_lossy(&out.stderr));
        }
        assert_eq!(
            w.ok(&["describe", "--owners", "self"])["Images"].as_array().unwrap().len(),
            6,
            "one world, six images"
        );
        assert_eq!(w.ok(&["describe", "--owners", "amazon"])["Images"].as_array().unwrap().len(), 3, "one catalog");
        let leftovers: Vec<_> = std::fs::read_dir(w.path.parent().unwrap())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains(".new-"))
            .collect();
        assert!(leftovers.is_empty(), "no half-made worlds left behind");
    }
}
