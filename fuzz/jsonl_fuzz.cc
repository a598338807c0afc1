// Fuzzes the JSON lines reader (line splitting, simdjson parsing, field extraction) on an
// in-memory stream with a small line limit. Checks uris carry the line number and every
// document has non-empty text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/jsonl.h"
#include "ingest/line_reader.h"

namespace {
void Check(bool ok) {
  if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  corroborate::ingest::LineReader lines(-1, std::move(input), 4096);
  corroborate::ingest::ReadJsonLines(
      &lines, "fuzz.jsonl",
      [](corroborate::RawDocument&& doc) {
        Check(doc.uri.rfind("fuzz.jsonl:", 0) == 0);
        Check(!doc.bytes.empty());
        Check(doc.declared_charset == "UTF-8");
      },
      [](corroborate::InputProblem&& problem) {
        Check(problem.uri.rfind("fuzz.jsonl", 0) == 0);
        Check(!problem.reason.empty());
      });
  return 0;
}
