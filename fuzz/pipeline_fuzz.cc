// Fuzz target for everything after ingest: arbitrary bytes are split into up to three documents
// (at 0x1E bytes, so the fuzzer can build multi-article stories), then decoded, extracted,
// analyzed, cross-checked and rendered. Any crash, hang, sanitizer report or broken
// invariant (an evidence span outside its article) is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "render/render.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace corroborate;
  std::string input(reinterpret_cast<const char*>(data), size);
  std::vector<RawDocument> docs;
  size_t start = 0;
  while (docs.size() < 3) {
    size_t end = input.find('\x1e', start);
    RawDocument doc;
    doc.uri = "fuzz-" + std::to_string(docs.size()) + ".txt";
    doc.format = "text";
    doc.bytes = input.substr(start, end == std::string::npos ? std::string::npos : end - start);
    docs.push_back(std::move(doc));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  PipelineOptions options;
  options.threads = 1;
  std::vector<InputProblem> problems;
  Account account = BuildAccount(ExtractDocuments(std::move(docs), options, &problems), options);
  for (const StoryAccount& story : account.stories) {
    for (const Fact& fact : story.facts) {
      for (const Evidence& e : fact.evidence) {
        if (e.article >= account.articles.size() ||
            e.span.end > account.articles[e.article].text.size() || e.span.begin > e.span.end) {
          std::abort();
        }
      }
    }
  }
  RenderAccountJson(account);
  RenderMarkdown(account);
  RenderHtml(account);
  return 0;
}
