// Undoing an HTTP Content-Encoding on a response body held in memory: gzip (x-gzip), deflate
// (zlib-wrapped, or raw deflate as some servers send it), br (brotli), identity; a list such as
// "gzip, br" is undone last-applied first. The decoded size is bounded by max_bytes, so a
// compression bomb costs at most that much memory and stops with an error.
// Lenient where crawls need it: a body that does not start like the declared coding but reads as
// text (a crawler that stored it decoded and kept the header) passes through unchanged, and a
// body cut short keeps what decoded (a truncated capture is still most of a page).
// Cost: O(decoded size). Thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace corroborate::ingest {

// Errors: "unsupported Content-Encoding 'zstd'", "corrupt gzip Content-Encoding (…)",
// "more than 64 MiB after Content-Encoding gzip".
Result<std::string> DecodeContentEncoding(std::string body, std::string_view encoding,
                                          size_t max_bytes);

}  // namespace corroborate::ingest
