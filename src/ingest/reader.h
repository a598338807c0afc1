// Reading inputs: files, folders (recursively, in byte order of names), and "-" for standard
// input. Formats now: plain text (.txt, .text or no extension; one document, uri = the path)
// and JSON lines (.jsonl, .ndjson, .jsonlines: one article per line, uri = "path:LINE"). JSON
// fields (strings): text (required; synonyms "body", "content"), id (an integer is accepted too),
// url ("link"), outlet, title ("headline"), published ("date", "published_at"); null counts as
// absent, other fields are ignored. See ingest/jsonl.h for the details of a bad line.
// Folders: hidden entries (".name") are skipped silently; other extensions are reported as
// "unsupported format '.ext'" (named or inside folders alike: a user wants to know what was
// not read); symbolic-link loops are reported, never followed twice. "-" (and a named pipe) is
// JSON lines when every non-blank line starts with '{', else one text document.
// Documents stream out through a callback one at a time, so a large JSONL file or folder never
// has to sit in memory whole (a JSONL file is read line by line; max_file_bytes bounds each
// line there). Problems (missing, permission denied, too large, empty, malformed line,
// unsupported extension) are reported with the file (and line) and a one-line reason; reading
// goes on. Never throws. Not thread-safe per call (the sinks are called on the caller's thread).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "model/account.h"
#include "model/article.h"

namespace corroborate {

struct ReadOptions {
  // Files larger than this are reported and skipped (a text article is a few KiB).
  size_t max_file_bytes = 64u << 20;
};

using DocumentSink = std::function<void(RawDocument&&)>;
using ProblemSink = std::function<void(InputProblem&&)>;

void ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                const DocumentSink& documents, const ProblemSink& problems);

}  // namespace corroborate
