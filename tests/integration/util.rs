//! What every integration test shares (as ripgrep's `tests/util.rs`): the fixtures folder,
//! the `claimmark` binary run as a user would (a failure prints the command, its folder, its
//! exit code, stdout and stderr), and the app in an egui_kittest harness with a
//! [`TestPlatform`] whose dialogs the test answers.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use claimmark::app::ClaimmarkApp;
use egui_kittest::Harness;

use super::common::TestPlatform;

/// The folder claimmark keeps for the only desk indexed under `cache` (its index, its list of
/// files and what they gave).
pub fn desk_cache_folder(cache: &Path) -> PathBuf {
    let mut entries: Vec<_> = std::fs::read_dir(cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    entries.remove(0)
}

/// A file of `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A file of `tests/fixtures`, as a command-line argument.
pub fn fixture_arg(name: &str) -> String {
    fixture(name).display().to_string()
}

/// The `claimmark` binary, ready to be given arguments.
pub fn claimmark() -> TestCommand {
    TestCommand {
        command: Command::new(env!("CARGO_BIN_EXE_claimmark")),
        stdin: None,
    }
}

/// A command a test runs, which explains itself when it does not do what the test expects.
pub struct TestCommand {
    command: Command,
    stdin: Option<Vec<u8>>,
}

impl TestCommand {
    /// Adds an argument.
    pub fn arg(&mut self, arg: impl AsRef<OsStr>) -> &mut Self {
        self.command.arg(arg);
        self
    }

    /// Adds arguments.
    pub fn args<I, S>(&mut self, args: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.command.args(args);
        self
    }

    /// Runs it in `folder`.
    pub fn current_dir(&mut self, folder: impl AsRef<Path>) -> &mut Self {
        self.command.current_dir(folder);
        self
    }

    /// Sets an environment variable.
    pub fn env(&mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> &mut Self {
        self.command.env(key, value);
        self
    }

    /// Gives it `input` on standard input.
    pub fn stdin(&mut self, input: impl Into<Vec<u8>>) -> &mut Self {
        self.stdin = Some(input.into());
        self
    }

    /// Runs it and returns what it did, whatever its exit code.
    pub fn output(&mut self) -> Output {
        use std::io::Write as _;
        let Some(input) = self.stdin.clone() else {
            return self
                .command
                .output()
                .unwrap_or_else(|e| panic!("could not run {}: {e}", self.describe()));
        };
        self.command.stdin(Stdio::piped());
        self.command.stdout(Stdio::piped());
        self.command.stderr(Stdio::piped());
        let mut child = self
            .command
            .spawn()
            .unwrap_or_else(|e| panic!("could not run {}: {e}", self.describe()));
        if let Some(mut pipe) = child.stdin.take() {
            pipe.write_all(&input).unwrap();
        }
        child.wait_with_output().unwrap()
    }

    /// Runs it, expecting success (exit code 0).
    pub fn run(&mut self) -> Output {
        self.expect_code(0)
    }

    /// Runs it, expecting exit code `code`; any other fails the test with the whole story.
    pub fn expect_code(&mut self, code: i32) -> Output {
        let output = self.output();
        if output.status.code() != Some(code) {
            panic!(
                "expected exit code {code}, got {:?}\n{}\n--- stdout ---\n{}\n--- stderr ---\n{}",
                output.status.code(),
                self.describe(),
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        output
    }

    /// The command line and the folder it runs in.
    fn describe(&self) -> String {
        let args: Vec<String> = self
            .command
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        let folder = self
            .command
            .get_current_dir()
            .map(Path::to_owned)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        format!(
            "command: claimmark {}\nfolder: {}",
            args.join(" "),
            folder.display()
        )
    }
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// How the app's window is set up for a test.
pub struct AppHarness {
    size: egui::Vec2,
    step_dt: Option<f32>,
    max_steps: Option<u64>,
    fonts: bool,
}

/// The app at the usual test size (1280 × 820).
pub fn app() -> AppHarness {
    AppHarness {
        size: egui::vec2(1280.0, 820.0),
        step_dt: None,
        max_steps: None,
        fonts: false,
    }
}

impl AppHarness {
    /// Another window size.
    pub fn size(mut self, width: f32, height: f32) -> Self {
        self.size = egui::vec2(width, height);
        self
    }

    /// Frames `dt` seconds apart (1/60: two clicks make a double click).
    pub fn step_dt(mut self, dt: f32) -> Self {
        self.step_dt = Some(dt);
        self
    }

    /// At most `steps` frames per `run()`.
    pub fn max_steps(mut self, steps: u64) -> Self {
        self.max_steps = Some(steps);
        self
    }

    /// With the fonts the binary installs (the bundled Arabic, Hebrew, Devanagari… ones).
    pub fn bundled_fonts(mut self) -> Self {
        self.fonts = true;
        self
    }

    /// The app showing `opened`, its dialogs answered by `platform`.
    pub fn open(
        self,
        opened: claimmark::io::Opened,
        platform: TestPlatform,
    ) -> Harness<'static, ClaimmarkApp> {
        let mut builder = Harness::builder().with_size(self.size);
        if let Some(dt) = self.step_dt {
            builder = builder.with_step_dt(dt);
        }
        if let Some(steps) = self.max_steps {
            builder = builder.with_max_steps(steps);
        }
        let fonts = self.fonts;
        builder.build_eframe(move |cc| {
            if fonts {
                claimmark::ui::fonts::install(&cc.egui_ctx);
            }
            ClaimmarkApp::new(opened, Vec::new(), Box::new(platform))
        })
    }
}

/// The status bar's message.
pub fn status(h: &Harness<'_, ClaimmarkApp>) -> String {
    h.state()
        .status()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// Steps the app (its background threads work meanwhile) until `done`, or fails after 10 s.
pub fn wait_for(
    h: &mut Harness<'_, ClaimmarkApp>,
    what: &str,
    done: impl Fn(&Harness<'_, ClaimmarkApp>) -> bool,
) {
    for _ in 0..1000 {
        h.step();
        if done(h) {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("timed out waiting for {what}");
}
