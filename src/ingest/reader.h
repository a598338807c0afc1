// Reading inputs: files, folders (recursively, in byte order of names), and "-" for standard
// input. Formats, by extension (case-insensitive):
// - plain text (.txt, .text or none): one document, format "text", uri = the path;
// - HTML (.html, .htm, .xhtml, .shtml): one document, format "html", uri = the path;
// - JSON lines (.jsonl, .ndjson, .jsonlines): one article per line, uri = "path:LINE". Fields
//   (strings): html ("raw_html"; format "html") or text ("body", "content"; format "text"), one
//   of them required; id (an integer is accepted too), url ("link"), outlet, title
//   ("headline"), published ("date", "published_at"); null counts as absent, other fields are
//   ignored. See ingest/jsonl.h for the details of a bad line;
// - WARC (.warc): the HTML pages among its records, uri = "path#N" (the N-th record of the
//   file), url = WARC-Target-URI, fetched = WARC-Date; see ingest/warc_documents.h;
// - any of these gzipped (.html.gz, .warc.gz, .jsonl.gz, multi-member too). Gzip content is
//   inflated whatever the name, so a gzipped page saved as .html reads too. A .gz whose inner
//   extension is missing or .txt is sniffed (a WARC, JSON lines, an HTML page, else text); one
//   with another inner extension must hold a WARC, JSON lines or an HTML page.
// Folders: hidden entries (".name") are skipped silently; other extensions are reported as
// "unsupported format '.ext'" (named or inside folders alike: a user wants to know what was
// not read); symbolic-link loops are reported, never followed twice. "-" (and a named pipe) is
// sniffed like a .gz of unknown content.
// Documents stream out through a callback one at a time, so a large JSONL or WARC file or
// folder never has to sit in memory whole (max_file_bytes bounds each JSON line and each WARC
// record, and a whole document once decompressed). Problems (missing, permission denied, too
// large, empty, malformed line or record, damaged gzip data, unsupported extension) are
// reported with the file (and line or record) and a one-line reason; reading goes on.
// Never throws. Not thread-safe per call (the sinks are called on the caller's thread).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "model/account.h"
#include "model/article.h"

namespace corroborate {

struct ReadOptions {
  // Files larger than this are reported and skipped (a text article is a few KiB); so are WARC
  // records, and .gz files or HTTP bodies that inflate to more.
  size_t max_file_bytes = 64u << 20;
  // Informational lines that are not problems (once per WARC file: how many records were not
  // HTML pages and were skipped). May be empty.
  std::function<void(const std::string& uri, const std::string& note)> notes;
};

using DocumentSink = std::function<void(RawDocument&&)>;
using ProblemSink = std::function<void(InputProblem&&)>;

void ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                const DocumentSink& documents, const ProblemSink& problems);

}  // namespace corroborate
