//! `amisim serve` on a free port over a test world, and signed clients for it.

use super::World;
use amisim::client::{Client, Reply};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub struct Served {
    pub child: Child,
    /// `127.0.0.1:PORT`
    pub addr: String,
    pub ready: String,
}

impl Served {
    /// Starts `amisim serve --listen 127.0.0.1:0 EXTRA` on the world's file
    /// (`--speed 0`, a frozen clock, and loopback unless EXTRA says otherwise).
    pub fn start(w: &World, extra: &[&str]) -> Served {
        if !w.path.exists() {
            w.ok(&["init"]);
        }
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("amisim"))
            .arg("serve")
            .args(if extra.contains(&"--listen") { &[][..] } else { &["--listen", "127.0.0.1:0"][..] })
            .args(if extra.contains(&"--speed") { &[][..] } else { &["--speed", "0"][..] })
            .args(extra)
            .env("AMISIM_STATE", &w.path)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let addr = line
            .split_whitespace()
            .nth(2)
            .and_then(|u| u.strip_prefix("http://"))
            .unwrap_or_else(|| panic!("no ready line: {line:?}"))
            .to_string();
        Served { child, addr, ready: line }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A client signing as `account` in `region`.
    pub fn client(&self, w: &World, account: &str, region: &str) -> Client {
        let (key, secret) = credentials(w, account);
        Client::new(&self.addr, &key, &secret, region)
    }

    /// Sends SIGTERM and waits; returns the exit code.
    pub fn stop(mut self) -> i32 {
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let code = self.child.wait().unwrap().code().unwrap_or(-1);
        std::mem::forget(self);
        code
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An account's access key pair, from `amisim accounts credentials -o json`.
pub fn credentials(w: &World, account: &str) -> (String, String) {
    let v = w.ok(&["accounts", "credentials", account]);
    let c = &v["Credentials"][0];
    (c["AccessKeyId"].as_str().unwrap().to_string(), c["SecretAccessKey"].as_str().unwrap().to_string())
}

/// Expects a refusal: the HTTP status and the error code in the XML.
pub fn refused(r: &Reply, status: u16, code: &str) {
    assert_eq!(r.status, status, "expected {status} {code}, got: {}", r.body);
    assert_eq!(r.code().as_deref(), Some(code), "{}", r.body);
    assert!(r.body.contains("<RequestID>"), "{}", r.body);
}

/// Expects success and returns the reply.
pub fn ok(r: std::io::Result<Reply>) -> Reply {
    let r = r.unwrap();
    assert_eq!(r.status, 200, "{}", r.body);
    r
}
