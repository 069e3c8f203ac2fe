//! The seed walked end to end by examples/seed-tour.sh (README's first command),
//! and determinism: the same script on fresh state files prints the same bytes.
mod common;

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
