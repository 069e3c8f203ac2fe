//! The seed walked end to end by examples/seed-tour.sh (README's first command),
//! and determinism: the same script on fresh state files prints the same bytes.
use crate::common;

fn tour(state: &std::path::Path) -> String {
    let out = std::process::Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/seed-tour.sh"))
        .env("AMISIM", env!("CARGO_BIN_EXE_amisim"))
        .env("AMISIM_STATE", state)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "tour failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn seed_tour_walks_the_seed_and_is_deterministic() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let first = tour(&a.path().join("state.db"));
    let second = tour(&b.path().join("other-name.db"));
    assert_eq!(first, second, "the same commands on fresh state files print the same bytes (R-ID-1)");
    for expected in [
        "Creating unencrypted copy from an encrypted snapshot is not supported.",
        "You do not have permission to access the storage of this ami",
        "Images with EC2 BillingProduct codes cannot be copied to another AWS account.",
        "\"OwnerId\": \"222233334444\"",
        "\"windows\"",
        "\"Region\": \"eu-west-1\"",
    ] {
        assert!(first.contains(expected), "missing {expected:?} in:\n{first}");
    }
    // The partner owns its copy; the Windows image keeps its billing product (R-CPY-5, R-CPY-6).
    let state = a.path().join("state.db");
    let w = common::World::at(state);
    let mine = w.ok(&["describe", "--owners", "self", "--filter", "Name=name,Values=my-windows"]);
    assert_eq!(mine["Images"][0]["BillingProducts"], serde_json::json!(["windows"]));
    let partner = w.ok(&["describe", "--owners", "self", "--account", "222233334444"]);
    assert_eq!(partner["Images"][0]["Name"], "partner-web");
}

#[test]
fn seed_tour_leaves_the_default_world_alone_and_says_where_its_own_is() {
    // Issue 12 item 8: without AMISIM_STATE the tour runs on target/seed-tour.db.
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let amisim = || {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_amisim"));
        c.env("HOME", home.path()).env("XDG_DATA_HOME", &data).env_remove("AMISIM_STATE");
        c
    };
    assert!(amisim().args(["-o", "json", "create", "--name", "mine"]).status().unwrap().success());
    let default = data.join("amisim/state.db");
    let before = std::fs::read(&default).unwrap();
    let out = std::process::Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/seed-tour.sh"))
        .env("AMISIM", env!("CARGO_BIN_EXE_amisim"))
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", &data)
        .env_remove("AMISIM_STATE")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let own = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/seed-tour.db");
    assert!(stderr.starts_with(&format!("The tour's world: {} (reset now", own.display())), "{stderr}");
    // Its suggestion runs as printed, without `cargo install`: it names the binary it used.
    assert!(
        stderr.contains(&format!("{} describe --owners self --all-regions", env!("CARGO_BIN_EXE_amisim"))),
        "{stderr}"
    );
    assert_eq!(before, std::fs::read(&default).unwrap(), "the default world was touched");
    let mine =
        amisim().args(["-o", "json", "describe", "--owners", "self", "--query", "Images[].Name"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&mine.stdout).split_whitespace().collect::<String>(), r#"["mine"]"#);
    let w = common::World::at(own);
    assert_eq!(
        w.ok(&["describe", "--owners", "self", "--filter", "Name=name,Values=web-v1", "--query", "length(Images)"]),
        1
    );
}
