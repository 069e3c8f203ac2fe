//! The server under load (issue 11): concurrent HTTP clients beside CLI writers
//! with exact counts, and SIGKILL under load losing nothing that was answered.
use crate::common;
use amisim::client::Client;
use common::serve::{credentials, Served};
use common::*;
use std::sync::{Arc, Mutex};

fn register(c: &mut Client, name: &str) -> std::io::Result<amisim::client::Reply> {
    c.call(
        "RegisterImage",
        &[
            ("Name", name),
            ("BlockDeviceMapping.1.DeviceName", "/dev/xvda"),
            ("BlockDeviceMapping.1.Ebs.VolumeSize", "8"),
        ],
    )
}

#[test]
fn sixteen_clients_and_cli_writers_exact_counts() {
    const CLIENTS: usize = 16;
    const REQUESTS: usize = 200;
    let w = World::new();
    let s = Served::start(&w, &["--speed", "60"]);
    let keys = [credentials(&w, MAIN), credentials(&w, PARTNER)];
    let mut threads = Vec::new();
    for k in 0..CLIENTS {
        let (key, secret) = keys[k % 2].clone();
        let addr = s.addr.clone();
        threads.push(std::thread::spawn(move || {
            let mut c = Client::new(&addr, &key, &secret, "us-east-1");
            let mut unexpected = Vec::new();
            let mut images = Vec::new();
            for i in 0..REQUESTS {
                // A mix: a write, a refused write, a tag, a read, a launch.
                let r = match i % 5 {
                    0 => register(&mut c, &format!("c{k}-{i}")),
                    1 => register(&mut c, &format!("c{k}-{}", i - 1)), // refused: the name is taken
                    2 => c.call(
                        "CreateTags",
                        &[
                            ("ResourceId.1", images.last().map_or("", |s: &String| s.as_str())),
                            ("Tag.1.Key", "n"),
                            ("Tag.1.Value", &i.to_string()),
                        ],
                    ),
                    3 => c.call(
                        "DescribeImages",
                        &[("Owner.1", "self"), ("Filter.1.Name", "name"), ("Filter.1.Value.1", &format!("c{k}-*"))],
                    ),
                    _ => c.call("DescribeInstances", &[]),
                };
                match (i % 5, r) {
                    (0, Ok(r)) if r.status == 200 => images.push(r.text("imageId").unwrap()),
                    (1, Ok(r)) if r.status == 400 && r.code().as_deref() == Some("InvalidAMIName.Duplicate") => {}
                    (2..=4, Ok(r)) if r.status == 200 => {}
                    (_, r) => unexpected.push(format!("{i}: {r:?}")),
                }
            }
            (images.len(), unexpected)
        }));
    }
    let mut writers = Vec::new();
    for k in 0..2 {
        let path = w.path.clone();
        writers.push(std::thread::spawn(move || {
            let w = World::at(path);
            for n in 0..40 {
                let r = w.run(&["create", "--name", &format!("cli{k}-{n}")]);
                assert_eq!(r.code, 0, "{}", r.stderr);
            }
        }));
    }
    let mut made = 0;
    for t in threads {
        let (n, unexpected) = t.join().unwrap();
        assert!(unexpected.is_empty(), "unexpected answers: {unexpected:#?}");
        made += n;
    }
    for t in writers {
        t.join().unwrap();
    }
    assert_eq!(made, CLIENTS * REQUESTS / 5);
    let count = |account: &str, prefix: &str| {
        w.ok(&[
            "describe",
            "--owners",
            "self",
            "--account",
            account,
            "--filter",
            &format!("Name=name,Values={prefix}*"),
        ])["Images"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(count(MAIN, "cli"), 80);
    assert_eq!(count(MAIN, "c") - 80, CLIENTS / 2 * REQUESTS / 5);
    assert_eq!(count(PARTNER, "c"), CLIENTS / 2 * REQUESTS / 5);
    // Every refused duplicate is an audit event, with its code (R-EVT-1).
    let refused = w.ok(&["events", "--all-accounts", "--outcome", "error", "--limit", "100000"]);
    assert_eq!(refused["Events"].as_array().unwrap().len(), CLIENTS * REQUESTS / 5);
    w.ok(&["doctor", "--full"]);
}

#[test]
fn sigkill_under_load_loses_no_answered_write() {
    let w = World::new();
    w.ok(&["init"]);
    let (key, secret) = credentials(&w, MAIN);
    for round in 0..10 {
        let s = Served::start(&w, &[]);
        let answered = Arc::new(Mutex::new(Vec::<String>::new()));
        let mut threads = Vec::new();
        for k in 0..4 {
            let (addr, key, secret, answered) = (s.addr.clone(), key.clone(), secret.clone(), answered.clone());
            threads.push(std::thread::spawn(move || {
                let mut c = Client::new(&addr, &key, &secret, "us-east-1");
                for i in 0.. {
                    let name = format!("r{round}-c{k}-{i}");
                    match register(&mut c, &name) {
                        Ok(r) if r.status == 200 => answered.lock().unwrap().push(name),
                        Ok(r) => panic!("{name}: {} {}", r.status, r.body),
                        Err(_) => break, // the server is gone
                    }
                }
            }));
        }
        std::thread::sleep(std::time::Duration::from_millis(150 + 37 * round));
        let mut s = s;
        unsafe { libc::kill(s.child.id() as i32, libc::SIGKILL) };
        let _ = s.child.wait();
        for t in threads {
            t.join().unwrap();
        }
        let answered = answered.lock().unwrap().clone();
        assert!(!answered.is_empty(), "round {round}: the load never got going");
        let conn = rusqlite::Connection::open(&w.path).unwrap();
        let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(ok, "ok", "round {round}");
        drop(conn);
        w.ok(&["doctor"]);
        let listed = w.ok(&["describe", "--owners", "self", "--filter", &format!("Name=name,Values=r{round}-*")]);
        let names: Vec<&str> =
            listed["Images"].as_array().unwrap().iter().map(|i| i["Name"].as_str().unwrap()).collect();
        for name in &answered {
            assert!(names.contains(&name.as_str()), "round {round}: {name} was answered 200 but is gone");
        }
    }
}
