//! cli.md "State file": creation, refusal of files that are not ours, read-only files,
//! concurrent writers.
mod common;
use common::*;
use std::os::unix::fs::PermissionsExt;

fn assert_refused_untouched(w: &World, expect: &str) {
    let before = std::fs::read(&w.path).unwrap();
    for args in [&["describe"][..], &["create", "--name", "abc"][..]] {
        let r = w.run(args);
        assert_eq!(r.code, 253, "{args:?}: {}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
        assert!(r.stderr.contains(expect), "{}", r.stderr);
        assert!(r.stdout.is_empty());
    }
    assert_eq!(before, std::fs::read(&w.path).unwrap(), "the file must be left byte for byte");
}

#[test]
fn new_state_file_is_private_wal_and_versioned() {
    let w = World::new();
    w.ok(&["clock", "show"]);
    let meta = std::fs::metadata(&w.path).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let conn = rusqlite::Connection::open(&w.path).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, amisim::store::SCHEMA_VERSION);
}

#[test]
fn missing_directory_is_configuration() {
    let w = World::new();
    let path = w.path.parent().unwrap().join("no/such/dir/state.db");
    let out = w.command().env("AMISIM_STATE", &path).args(["clock", "show"]).output().unwrap();
    assert_eq!(out.status.code(), Some(253));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
    assert!(!path.exists());
}

#[test]
fn empty_file_is_refused() {
    let w = World::new();
    std::fs::write(&w.path, b"").unwrap();
    assert_refused_untouched(&w, "empty");
}

#[test]
fn random_binary_file_is_refused() {
    let w = World::new();
    let junk: Vec<u8> = (0..10_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(&w.path, junk).unwrap();
    assert_refused_untouched(&w, "not an amisim world");
}

#[test]
fn another_programs_sqlite_file_is_refused() {
    let w = World::new();
    {
        let c = rusqlite::Connection::open(&w.path).unwrap();
        c.execute_batch("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('mine');").unwrap();
    }
    assert_refused_untouched(&w, "another program");
}

#[test]
fn newer_schema_is_refused() {
    let w = World::new();
    w.ok(&["clock", "show"]);
    {
        let c = rusqlite::Connection::open(&w.path).unwrap();
        c.execute_batch("PRAGMA user_version = 999; PRAGMA wal_checkpoint(TRUNCATE);").unwrap();
    }
    assert_refused_untouched(&w, "newer amisim");
}

#[test]
fn truncated_file_is_refused() {
    let w = World::new();
    w.image("web", &[]);
    {
        let c = rusqlite::Connection::open(&w.path).unwrap();
        c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").unwrap();
    }
    let bytes = std::fs::read(&w.path).unwrap();
    std::fs::write(&w.path, &bytes[..bytes.len() / 2]).unwrap();
    assert_refused_untouched(&w, "corrupt");
}

#[test]
fn read_only_file_answers_reads_and_refuses_writes() {
    let w = World::new();
    let id = w.image("web", &[]);
    {
        let c = rusqlite::Connection::open(&w.path).unwrap();
        c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").unwrap();
    }
    std::fs::set_permissions(&w.path, std::fs::Permissions::from_mode(0o400)).unwrap();
    let before = std::fs::read(&w.path).unwrap();
    assert_eq!(w.describe_one(&id, &[])["Name"], "web");
    let r = w.run(&["create", "--name", "another"]);
    assert_eq!(r.code, 255, "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("read-only"), "{}", r.stderr);
    assert_eq!(before, std::fs::read(&w.path).unwrap());
}
