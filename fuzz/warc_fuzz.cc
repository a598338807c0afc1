// Fuzzes WARC reading from bytes (plain or gzip: GzipStream decides): record headers, Content-
// Length checks and resynchronisation, HTTP heads, chunked bodies, content codings, gzip member
// resync; then decodes each document (the HTML charset prescan). A small record limit (taken
// from the first byte) reaches the too-large paths. Checks: documents are named "fuzz.warc#N"
// with N rising, are HTML or text and within the limit; problems are one non-empty line.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/utf8.h"
#include "ingest/decode.h"
#include "ingest/gzip_stream.h"
#include "ingest/warc_documents.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

bool OneLine(const std::string& s) { return !s.empty() && s.find('\n') == std::string::npos; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace corroborate;
  ReadOptions options;
  options.max_file_bytes = 1024 + (size > 0 ? size_t{data[0]} * 256 : 0);
  size_t notes = 0;
  options.notes = [&](const std::string& uri, const std::string& note) {
    Check(uri == "fuzz.warc" && OneLine(note));
    ++notes;
  };
  ingest::GzipStream in(-1, std::string(reinterpret_cast<const char*>(data), size));
  size_t last_record = 0;
  ingest::ReadWarcDocuments(
      &in, "", "fuzz.warc", options,
      [&](RawDocument&& doc) {
        Check(doc.uri.rfind("fuzz.warc#", 0) == 0);
        const size_t record = std::stoul(doc.uri.substr(10));
        Check(record > last_record);
        last_record = record;
        Check(doc.format == "html" || doc.format == "text");
        Check(!doc.bytes.empty() && doc.bytes.size() <= options.max_file_bytes);
        auto decoded = Decode(std::move(doc));
        if (decoded.ok()) {
          Check(utf8::IsValid(decoded->text));
        } else {
          Check(OneLine(decoded.status().message()));
        }
      },
      [](InputProblem&& problem) {
        Check(problem.uri.rfind("fuzz.warc", 0) == 0);
        Check(OneLine(problem.reason));
      });
  Check(notes <= 1);
  return 0;
}
