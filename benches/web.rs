//! `cargo bench --bench web`: what fetching costs. A generated 2 MB news page is served on
//! loopback (tiny_http, 127.0.0.1) and opened as an article by address, against opening the
//! same page saved on disk (median of 15 each); then the app's frames while a fetch of it runs
//! (the server sends it slowly, so many frames pass during the fetch), as CPU time per frame
//! through egui_kittest.
// A benchmark is a tool like the command line: it reads files and the clock.
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    missing_docs
)]

use std::io::Read;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

#[path = "../tests/integration/common.rs"]
mod common;
#[path = "common/frames.rs"]
mod frames;

use claimmark::app::Action;
use claimmark::web::FetchOptions;

const RUNS: usize = 15;

/// A news page of about `bytes` bytes: head, navigation, then article paragraphs.
fn page(bytes: usize) -> Vec<u8> {
    let text = claimmark::synthetic::article(7, bytes * 9 / 10, 4_000);
    let mut html = String::from(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Bridge cost doubled</title></head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Bridge cost doubled</h1>",
    );
    for paragraph in text.split('\n').filter(|p| !p.is_empty()) {
        html.push_str("<p>");
        html.push_str(&html_escape::encode_text(paragraph));
        html.push_str("</p>\n");
    }
    html.push_str("</article><footer>© News</footer></body></html>");
    html.into_bytes()
}

/// A body that arrives in 64 KB pieces, `pause` apart.
struct Trickle {
    bytes: Vec<u8>,
    at: usize,
    pause: Duration,
}

impl Read for Trickle {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at >= self.bytes.len() {
            return Ok(0);
        }
        if self.at > 0 {
            std::thread::sleep(self.pause);
        }
        let n = buf.len().min(64 * 1024).min(self.bytes.len() - self.at);
        buf[..n].copy_from_slice(&self.bytes[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Serves `body` at every path: at once, or in pieces `pause` apart.
fn serve(body: Vec<u8>, pause: Duration) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let address = format!(
        "http://{}/story.html",
        server.server_addr().to_ip().unwrap()
    );
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let body = body.clone();
            std::thread::spawn(move || {
                let length = body.len();
                let response = tiny_http::Response::new(
                    tiny_http::StatusCode(200),
                    vec![
                        tiny_http::Header::from_bytes("Content-Type", "text/html; charset=utf-8")
                            .unwrap(),
                    ],
                    Trickle {
                        bytes: body,
                        at: 0,
                        pause,
                    },
                    Some(length),
                    None,
                );
                let _ = request.respond(response);
            });
        }
    });
    address
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let body = page(2_200_000);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("story.html");
    std::fs::write(&file, &body).unwrap();
    let address = serve(body.clone(), Duration::ZERO);
    let cancel = AtomicBool::new(false);
    let options = FetchOptions::default();
    // Warm both once.
    let _ = claimmark::io::open(&file).unwrap();
    let _ = claimmark::web::open_page(&address, &options, &mut |_| {}, &cancel).unwrap();
    let mut disk = Vec::new();
    let mut web = Vec::new();
    let mut chars = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let opened = claimmark::io::open(&file).unwrap();
        disk.push(start.elapsed());
        chars = opened.document.char_len();
        let start = Instant::now();
        let page = claimmark::web::open_page(&address, &options, &mut |_| {}, &cancel).unwrap();
        web.push(start.elapsed());
        assert_eq!(page.article.document.text(), opened.document.text());
    }
    let (disk, web) = (median(disk), median(web));

    // Frames while a slow fetch of the same page runs.
    let slow = serve(body.clone(), Duration::from_millis(15));
    let mut h = frames::app();
    let frames = frames::while_busy(&mut h, Action::OpenAddress(slow), |app| {
        app.web_job().is_some()
    });
    let fetch_time = frames.took;
    let opening_frame = frames.finishing;
    let worst = frames.worst();
    let p95 = frames.at(95);
    let frames = frames.sorted;
    let opened = h.state().session().document().char_len();

    println!();
    println!(
        "A {:.1} MB page ({chars} characters of article), median of {RUNS}:",
        body.len() as f64 / 1e6
    );
    println!("| measure | figure | goal |");
    println!("|---|---|---|");
    println!("| open the saved page from disk | {:.0} ms | |", ms(disk));
    println!(
        "| fetch it from loopback and open it | {:.0} ms | |",
        ms(web)
    );
    println!(
        "| added by fetching | {:.0} ms | < 300 ms |",
        ms(web.saturating_sub(disk))
    );
    println!(
        "| frames while a slow fetch runs ({} frames over {:.1} s) | median {:.2} ms, p95 {:.2} ms, worst {:.2} ms | ≤ 16 ms |",
        frames.len(),
        fetch_time.as_secs_f64(),
        ms(median(frames.clone())),
        ms(p95),
        ms(worst)
    );
    println!(
        "| the frame that opens the fetched page | {:.0} ms | (the same as opening a file) |",
        ms(opening_frame)
    );
    assert_eq!(opened, chars, "the slow fetch opened the page");
}
