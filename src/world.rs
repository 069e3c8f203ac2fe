//! Opening a world: the one way the command line, the server, the benchmark
//! and drills get a store. A world is created on first use with the default
//! seed, or anew by `create` (init, drills) with a seed of its own.

use crate::error::Error;
use crate::store::Store;
use std::path::Path;

/// Opens the world at `path`, creating it first if there is none (and, with
/// `make_dir`, the directory it goes in: the default state path).
pub fn open_or_create(path: &Path, make_dir: bool) -> Result<Store, Error> {
    if make_dir {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::Config(format!("cannot create the state directory {}: {e}", dir.display())))?;
        }
    }
    Store::open_or_create(path, |conn| crate::catalog::new_world(conn, 0))
}

/// Opens an existing world (upgrading its schema), never creating one.
pub fn open_existing(path: &Path) -> Result<Store, Error> {
    Store::open_existing(path)
}

/// Builds a new world at `path` from `seed`; with `replace`, an existing file
/// is replaced atomically.
pub fn create(path: &Path, seed: u64, replace: bool) -> Result<(), Error> {
    Store::create_at(path, |conn| crate::catalog::new_world(conn, seed), replace)
}

/// Reads a whole text file a command was given (catalog documents, drills, pipelines).
pub fn read_file(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|e| Error::Other(anyhow::anyhow!("cannot read {}: {e}", path.display())))
}
