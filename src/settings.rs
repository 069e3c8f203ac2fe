//! The settings that come from the command line, resolved (by `cli`) before
//! any work: the world's path, the caller, and how to print. The features
//! (`serve`, `bench`, `drill`, `pipeline`) take these and never the flag
//! parser, so `cli` can dispatch to them without an import circle.

use crate::output::Format;
use amisim::api::Caller;
use amisim::error::Error;
use amisim::store::Store;
use std::path::PathBuf;

/// Everything resolved from flags and environment before the world is opened.
pub struct Settings {
    pub state: PathBuf,
    /// Whether --state or AMISIM_STATE chose the file (else the default path,
    /// whose directory is made on first use).
    pub explicit_state: bool,
    pub caller: Caller,
    pub format: Format,
    /// Whether -o or AMISIM_OUTPUT chose the format.
    pub explicit_format: bool,
    pub query: Option<String>,
    pub dry_run: bool,
}

impl Settings {
    /// Opens the world, creating it (and the default directory) on first use.
    pub fn open(&self) -> Result<Store, Error> {
        amisim::world::open_or_create(&self.state, !self.explicit_state)
    }
}
