//! `bench seed` and `bench run` (issue 7): the world they build is real and sound,
//! and the figures have the shape README documents. Timing targets are checked by
//! running the benchmark, never here.
use crate::common;
use common::*;

#[test]
fn bench_seed_builds_a_sound_world_of_the_asked_size() {
    let w = World::new();
    let r = w.ok(&["bench", "seed", "--images", "2000", "--accounts", "3", "--regions", "4"]);
    assert_eq!(r["Images"], 2000);
    assert_eq!(r["Copies"], 400, "a fifth are cross-region copies");
    for key in ["Shared", "Encrypted", "Deprecated", "Instances"] {
        assert!(r[key].as_u64().unwrap() > 0, "{key}: {r}");
    }
    // Every invariant `doctor` checks holds on the seeded world.
    let d = w.ok(&["doctor"]);
    assert_eq!(d["Problems"], serde_json::json!([]), "{d}");
    // The default account owns its share, spread over the regions.
    let mine = w.ok(&["describe", "--owners", "self", "--query", "length(Images)"]);
    assert!(mine.as_u64().unwrap() >= 2000 / 3 / 4, "{mine}");
    let other = w.ok(&["--region", "us-east-2", "describe", "--owners", "self", "--query", "length(Images)"]);
    assert!(other.as_u64().unwrap() > 0, "images reach the other regions: {other}");
    // Seeding again adds to the world, under new names.
    let again = w.ok(&["bench", "seed", "--images", "100", "--accounts", "3", "--regions", "4"]);
    assert_eq!(again["Images"], 100);
    assert_eq!(w.ok(&["doctor"])["Problems"], serde_json::json!([]));
}

#[test]
fn bench_run_reports_every_operation_per_size() {
    let w = World::new();
    let r = w.ok(&["bench", "run", "--sizes", "200", "--runs", "2", "--iterations", "20"]);
    let sizes = r["Sizes"].as_array().unwrap();
    assert_eq!(sizes.len(), 1);
    let s = &sizes[0];
    assert_eq!(s["Images"], 200);
    let ops: Vec<&str> = s["Operations"].as_array().unwrap().iter().map(|o| o["Operation"].as_str().unwrap()).collect();
    for op in [
        "create",
        "copy cross-region",
        "share",
        "launch",
        "describe by ID",
        "describe by name",
        "describe name prefix",
        "describe --owners self",
        "deregister",
    ] {
        assert!(ops.contains(&op), "{op} missing from {ops:?}");
    }
    for o in s["Operations"].as_array().unwrap() {
        assert!(o["MedianMs"].as_f64().unwrap() > 0.0, "{o}");
        assert!(o["PeakRssMiB"].as_f64().unwrap() > 0.0, "{o}");
    }
    assert!(s["InProcessOpsPerSecond"].as_f64().unwrap() > 0.0);
    assert_eq!(s["InProcessRounds"].as_array().unwrap().len(), 5);
    assert!(s["InProcessOpsPerSecondOneTransactionEach"].as_f64().unwrap() > 0.0);
    assert!(r["InProcessSpreadPercent"].as_f64().is_some());
    // The benchmark works in its own temporary directory: the state file is untouched.
    assert!(!w.path.exists(), "bench run must not create the user's state file");
}

#[test]
fn bench_serve_drives_every_operation_over_http() {
    let w = World::new();
    w.ok(&["init"]);
    let before = std::fs::read(&w.path).unwrap();
    let r = w.ok(&["bench", "serve", "--sizes", "200", "--connections", "2", "--requests", "80"]);
    let s = &r["Sizes"][0];
    assert_eq!(s["Images"], 200);
    assert_eq!(s["Connections"], 2);
    assert!(s["PeakRssMiB"].as_f64().unwrap() > 0.0, "{s}");
    let ops: Vec<&str> = s["Operations"].as_array().unwrap().iter().map(|o| o["Operation"].as_str().unwrap()).collect();
    assert_eq!(ops, ["DescribeImages by ID", "DescribeImages by name", "CopyImage cross-region", "RunInstances"]);
    for o in s["Operations"].as_array().unwrap() {
        // Every request was answered 200, or the benchmark would have failed.
        let expected = if o["Write"] == true { 20 } else { 80 };
        assert_eq!(o["Requests"], expected, "{o}");
        assert!(o["RequestsPerSecond"].as_f64().unwrap() > 0.0, "{o}");
        assert!(o["P99Ms"].as_f64().unwrap() >= o["P50Ms"].as_f64().unwrap(), "{o}");
    }
    assert_eq!(before, std::fs::read(&w.path).unwrap(), "the benchmark works on a world of its own");
}
