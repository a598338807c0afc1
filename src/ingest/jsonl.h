// JSON lines: one article per line as a JSON object. Recognised fields (strings):
//   html ("raw_html": the page's HTML; the document is then format "html") or text (synonyms
//   "body", "content"; format "text") — one of them required, html preferred when both are
//   there; id, url ("link"), outlet, title ("headline"), published ("date", "published_at").
// Other fields are ignored. A field that is null counts as absent; an integer id is accepted
// and written in decimal. Any other non-string value of a recognised field makes the line bad.
// A bad line (invalid JSON, not an object, missing or empty text, wrong field type, too long)
// becomes a problem "uri:LINE" + reason, and reading goes on with the next line.
// Cost: O(line) per line with one simdjson parser reused across lines. Not thread-safe.
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>

#include "core/status.h"
#include "ingest/line_reader.h"
#include "ingest/reader.h"

namespace corroborate::ingest {

class JsonLineParser {
 public:
  // Parses one line into *doc (bytes = html or text, format "html" or "text", declared_charset
  // "UTF-8", metadata; not uri). On failure returns the reason (no uri, no line number).
  Status Parse(std::string_view line, RawDocument* doc);

 private:
  simdjson::dom::parser parser_;
  std::string padded_;
};

// Reads all lines of `lines`; documents get uri "uri_base:LINE". Blank lines are skipped.
void ReadJsonLines(LineReader* lines, const std::string& uri_base, const DocumentSink& documents,
                   const ProblemSink& problems);

}  // namespace corroborate::ingest
