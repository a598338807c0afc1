// HTTP/1.1 chunked transfer coding, undone in place (the body only shrinks: no second copy of
// a large page). O(n); thread-safe.
#pragma once

#include <string>

namespace corroborate::ingest {

// Replaces a chunked body by its content. Returns false, leaving the body untouched, when it
// does not start like a chunked body (some crawlers store the body already de-chunked yet keep
// the Transfer-Encoding header). A body cut short keeps the chunks that arrived: a truncated
// capture is still most of a page. Chunk extensions and trailer fields are ignored.
bool DechunkInPlace(std::string* body);

}  // namespace corroborate::ingest
