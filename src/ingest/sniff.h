// Byte-level sniffing before any charset conversion: byte-order marks, magic numbers of
// well-known binary formats, and the "mostly control bytes" test for other binary content.
// Pure functions over a byte prefix; O(n) in the bytes looked at (at most the first 8 KiB for
// the statistical tests). Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace corroborate::ingest {

// A byte-order mark at the start of the bytes: the charset it names and its length.
struct Bom {
  std::string charset;  // "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"; "" if none
  size_t length = 0;
};
Bom DetectBom(std::string_view bytes);

// A known binary or compressed format recognised by its magic number.
struct Magic {
  std::string_view what;    // "PNG image", "PDF document", "gzip"; empty when none matched
  bool compressed = false;  // a compressed container (gzip, bzip2, xz, zstd)
};
Magic DetectMagic(std::string_view bytes);

// True when `bytes` looks like binary data rather than text in a single- or multi-byte
// charset: NUL bytes (when allow_nul is false) or more than 10% of the first 8 KiB being
// control bytes other than \t \n \r \f \v and ESC (ISO-2022 charsets use ESC).
bool LooksBinary(std::string_view bytes, bool allow_nul);

// "UTF-16LE"/"UTF-16BE" when BOM-less bytes look like UTF-16 text that is mostly Latin script
// (one byte of most code units is zero, always on the same side); "" otherwise.
std::string GuessUtf16WithoutBom(std::string_view bytes);

// True when the bytes start like an HTML document: after an optional BOM, white space and an
// XML declaration, one of the tags the WHATWG MIME sniffing standard lists for HTML
// (<!DOCTYPE HTML, <html, <head, <body, <script, <iframe, <h1, <div, <font, <table, <a,
// <style, <title, <b, <br, <p, <!--), any case, followed by a space or '>'. Text that merely
// mentions a tag later on is not HTML.
bool LooksLikeHtml(std::string_view bytes);

// True for charset names of the UTF-16 and UTF-32 families (any case, with or without '-').
bool IsWideUnicodeCharset(std::string_view charset);

}  // namespace corroborate::ingest
