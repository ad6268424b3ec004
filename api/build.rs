//! The Explorer's built files are embedded in the library (`http::explorer`):
//! rebuild it when they change, files added or removed included, which the
//! embedding macro alone does not notice.

fn main() {
    println!("cargo:rerun-if-changed=../explorer/dist");
}
