//! One claimmark at a time brings a desk's index up to date: the app refreshing while
//! `claimmark search` runs in a terminal, two terminals, a script in a loop. The others wait
//! for it (an operating-system lock on a file beside the index, let go when the process ends,
//! however it ends) and then find the index current.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

use super::DeskError;

/// The name of the lock file in the index folder.
const LOCK_FILE: &str = "update.lock";

/// Held while the index is opened or brought up to date; let go when dropped.
pub struct UpdateLock {
    _file: File,
}

impl UpdateLock {
    /// Takes the lock of the index in `index_folder` (created if missing), waiting for another
    /// process that holds it; `waiting()` is called once before such a wait.
    pub fn take(index_folder: &Path, waiting: &mut dyn FnMut()) -> Result<Self, DeskError> {
        let failed = |source: std::io::Error| DeskError::Index {
            path: index_folder.to_owned(),
            message: format!("could not lock it for updating: {source}"),
        };
        std::fs::create_dir_all(index_folder).map_err(failed)?;
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(index_folder.join(LOCK_FILE))
            .map_err(failed)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                waiting();
                file.lock().map_err(failed)?;
            }
            Err(TryLockError::Error(error)) => return Err(failed(error)),
        }
        Ok(Self { _file: file })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_taker_waits_until_the_first_lets_go() {
        let folder = tempfile::tempdir().unwrap();
        let first = UpdateLock::take(folder.path(), &mut || panic!("nobody held it")).unwrap();
        let path = folder.path().to_owned();
        let (told, heard) = std::sync::mpsc::channel();
        let second = std::thread::spawn(move || {
            let mut waited = false;
            let lock = UpdateLock::take(&path, &mut || waited = true).unwrap();
            told.send(()).unwrap();
            drop(lock);
            waited
        });
        // The second cannot have it while the first holds it.
        assert!(
            heard
                .recv_timeout(std::time::Duration::from_millis(300))
                .is_err()
        );
        drop(first);
        heard
            .recv_timeout(std::time::Duration::from_secs(10))
            .unwrap();
        assert!(second.join().unwrap(), "the second was told it waited");
    }
}
