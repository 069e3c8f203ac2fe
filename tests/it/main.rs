//! The integration tests, one crate (one binary to build and link): each
//! module is a capability, driving the real `amisim` binary, a real server, or
//! real clients; `common` is the shared harness.

mod aws_habits;
mod bench;
mod catalog;
mod cleanup;
mod cli;
mod clients;
mod common;
mod completions;
mod copy;
mod create;
mod describe;
mod drills;
mod events;
mod explain;
mod filters;
mod key_pairs;
mod launch;
mod lifecycle;
mod money;
mod operations;
mod permissions;
mod pipelines;
mod properties;
mod readme;
mod reliability;
mod scenario;
mod security;
mod security_groups;
mod serve;
mod serve_actions;
mod serve_reliability;
mod serve_world;
mod share;
mod snapshots;
mod state_file;
mod state_table;
mod test_suites;
mod tools;
