//! README "State file": creation, refusal of files that are not ours, read-only files,
//! concurrent writers.
use crate::common;
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

#[test]
fn a_directory_as_the_state_file_is_reported_as_one_by_every_command() {
    // Issue 12 item 7: exit 253 and the word "directory", init included.
    let w = World::new();
    std::fs::create_dir(&w.path).unwrap();
    for args in [
        &["init"][..],
        &["init", "--force"],
        &["init", "--overwrite-foreign"],
        &["describe"],
        &["create", "--name", "abc"],
        &["clock", "show"],
        &["events"],
        &["doctor"],
    ] {
        let r = w.run(args);
        assert_eq!(r.code, 253, "{args:?}: {}", r.stderr);
        assert_eq!(
            r.stderr.trim(),
            format!(
                "amisim: state file {} is a directory, not a file: pass a file path, such as --state {}/state.db",
                w.path.display(),
                w.path.display()
            ),
            "{args:?}"
        );
    }
    assert!(w.path.is_dir() && std::fs::read_dir(&w.path).unwrap().next().is_none(), "the directory is untouched");
}

#[test]
fn init_force_replaces_worlds_but_not_other_files_unless_asked() {
    // Issue 12 item 7: a stray --state never silently destroys someone's file.
    let w = World::new();
    std::fs::write(&w.path, "my notes\n").unwrap();
    let r = w.run(&["init", "--force"]);
    assert_eq!(r.code, 253, "{}", r.stderr);
    assert!(r.stderr.contains("is not an amisim world (it is not a SQLite database)"), "{}", r.stderr);
    assert!(r.stderr.contains("pass --overwrite-foreign"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&w.path).unwrap(), "my notes\n", "left byte for byte");
    std::fs::remove_file(&w.path).unwrap();
    {
        let c = rusqlite::Connection::open(&w.path).unwrap();
        c.execute_batch("CREATE TABLE notes (t TEXT)").unwrap();
    }
    let r = w.run(&["init", "--force"]);
    assert_eq!(r.code, 253, "{}", r.stderr);
    assert!(r.stderr.contains("(it is a SQLite database of another program)"), "{}", r.stderr);
    // Asked for: replaced by a new world.
    w.ok(&["init", "--overwrite-foreign"]);
    assert_eq!(w.ok(&["clock", "show"])["Now"], "2026-01-01T00:00:00.000Z");
    // A world (and an empty file: nothing to lose) is replaced by --force as before.
    w.ok(&["create", "--name", "gone"]);
    w.ok(&["init", "--force"]);
    assert_eq!(w.ok(&["describe", "--owners", "self", "--query", "length(Images)"]), 0);
    std::fs::write(&w.path, b"").unwrap();
    w.ok(&["init", "--force"]);
    w.ok(&["doctor"]);
}

#[test]
fn file_reading_commands_report_a_missing_file_as_io_exit_255() {
    // Issue 12 item 7: one rule for every command that reads a file (README's exit codes).
    let w = World::new();
    for args in [
        &["drill", "run", "/no/such/drill.yaml"][..],
        &["pipeline", "plan", "/no/such/pipeline.yaml"],
        &["pipeline", "apply", "/no/such/pipeline.yaml"],
        &["cost", "--forecast", "/no/such/pipeline.yaml"],
        &["catalog", "import", "/no/such/images.json"],
    ] {
        let r = w.run(args);
        assert_eq!(r.code, 255, "{args:?}: {}", r.stderr);
        let file = args.iter().find(|a| a.starts_with("/no/")).unwrap();
        assert_eq!(r.stderr.trim(), format!("amisim: cannot read {file}: No such file or directory (os error 2)"));
        assert!(r.stdout.is_empty());
    }
}
