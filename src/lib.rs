//! amisim: a simulated world of Amazon Machine Images across regions and
//! accounts, kept in one SQLite file. The library knows nothing of printing or
//! of the command line; `cli` and `output` are the binary's layers.

pub mod access;
pub mod accounts;
pub mod api;
pub mod catalog;
pub mod client;
pub mod clock;
pub mod cost;
pub mod error;
pub mod form;
pub mod ids;
pub mod keygen;
pub mod model;
pub mod regions;
pub mod seed;
pub mod sigv4;
pub mod store;
pub mod world;
