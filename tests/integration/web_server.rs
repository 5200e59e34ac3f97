//! A real HTTP server on loopback (tiny_http, 127.0.0.1 only) that web tests start and
//! script: each path answers with its status, headers and body, at once or slowly. The pages
//! it serves are real saved news pages from scrapinghub/article-extraction-benchmark
//! (`tests/fixtures/web/`, MIT licence, see its README).
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Read;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How one path answers.
#[derive(Clone, Debug)]
pub struct Answer {
    /// The HTTP status.
    pub status: u16,
    /// Header fields.
    pub headers: Vec<(String, String)>,
    /// The body, as sent.
    pub body: Vec<u8>,
    /// Wait this long before answering.
    pub delay: Duration,
}

impl Answer {
    /// 200 with this content type and body.
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status: 200,
            headers: vec![("Content-Type".to_owned(), content_type.to_owned())],
            body: body.into(),
            delay: Duration::ZERO,
        }
    }

    /// A status with an empty body.
    pub fn status(status: u16) -> Self {
        Self {
            status,
            headers: vec![("Content-Type".to_owned(), "text/html".to_owned())],
            body: format!("<html><body><h1>{status}</h1></body></html>").into_bytes(),
            delay: Duration::ZERO,
        }
    }

    /// A redirect to `location`.
    pub fn redirect(status: u16, location: &str) -> Self {
        Self {
            status,
            headers: vec![("Location".to_owned(), location.to_owned())],
            body: Vec::new(),
            delay: Duration::ZERO,
        }
    }

    /// With one more header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Answered after `delay`.
    pub fn slow(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }
}

/// The server: a thread answering from a table that tests change as they go.
pub struct TestServer {
    address: String,
    routes: Arc<Mutex<HashMap<String, Answer>>>,
    hits: Arc<Mutex<Vec<String>>>,
    server: Arc<tiny_http::Server>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestServer {
    /// Starts a server on 127.0.0.1 at a free port.
    pub fn start() -> Self {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("a loopback port"));
        let address = format!(
            "http://{}",
            server.server_addr().to_ip().expect("an IP address")
        );
        let routes: Arc<Mutex<HashMap<String, Answer>>> = Arc::default();
        let hits: Arc<Mutex<Vec<String>>> = Arc::default();
        let thread = {
            let server = Arc::clone(&server);
            let routes = Arc::clone(&routes);
            let hits = Arc::clone(&hits);
            std::thread::spawn(move || {
                for mut request in server.incoming_requests() {
                    let path = request.url().to_owned();
                    hits.lock().unwrap().push(path.clone());
                    let mut ignored = Vec::new();
                    let _ = request.as_reader().read_to_end(&mut ignored);
                    let answer = routes.lock().unwrap().get(&path).cloned();
                    let answer = answer.unwrap_or_else(|| Answer::status(404));
                    // Slow answers on their own thread, so a slow page never holds up others.
                    std::thread::spawn(move || {
                        std::thread::sleep(answer.delay);
                        let mut response = tiny_http::Response::from_data(answer.body)
                            .with_status_code(answer.status);
                        for (name, value) in &answer.headers {
                            if let Ok(header) =
                                tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes())
                            {
                                response.add_header(header);
                            }
                        }
                        let _ = request.respond(response);
                    });
                }
            })
        };
        Self {
            address,
            routes,
            hits,
            server,
            thread: Some(thread),
        }
    }

    /// The address of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// Sets how `path` answers.
    pub fn route(&self, path: &str, answer: Answer) {
        self.routes.lock().unwrap().insert(path.to_owned(), answer);
    }

    /// The paths asked for so far.
    pub fn hits(&self) -> Vec<String> {
        self.hits.lock().unwrap().clone()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A page of `tests/fixtures/web/` (stored gzipped), as its bytes.
pub fn saved_page(name: &str) -> Vec<u8> {
    let gzipped = std::fs::read(super::util::fixture(&format!("web/{name}.html.gz"))).unwrap();
    let mut page = Vec::new();
    flate2::read::GzDecoder::new(gzipped.as_slice())
        .read_to_end(&mut page)
        .unwrap();
    page
}

/// `bytes` gzipped, as a server sends them with `Content-Encoding: gzip`.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}
