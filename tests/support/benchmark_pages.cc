#include "support/benchmark_pages.h"

#include <simdjson.h>

#include <algorithm>
#include <filesystem>

#include "ingest/reader.h"

namespace corroborate::test_data {

std::string BenchmarkDir() {
  return (std::filesystem::path(CORROBORATE_SHARED_DIR) / "data/article-extraction-benchmark")
      .string();
}

namespace {

std::vector<BenchmarkPage> Load() {
  const std::filesystem::path dir = BenchmarkDir();
  std::vector<BenchmarkPage> pages;
  if (!std::filesystem::is_directory(dir / "html")) return pages;
  ReadInputs(
      {(dir / "html").string()}, ReadOptions{},
      [&](RawDocument&& doc) {
        // "…/html/<id>.html.gz": one stem drops ".gz", the next ".html".
        std::string id = std::filesystem::path(doc.uri).stem().stem().string();
        pages.push_back({std::move(id), "", std::move(doc.bytes)});
      },
      [](InputProblem&&) {});
  std::sort(pages.begin(), pages.end(),
            [](const BenchmarkPage& a, const BenchmarkPage& b) { return a.id < b.id; });
  simdjson::dom::parser parser;
  simdjson::dom::object root;
  if (parser.load((dir / "ground-truth.json").string()).get(root) != simdjson::SUCCESS) {
    return pages;
  }
  for (BenchmarkPage& page : pages) {
    std::string_view url;
    if (root[page.id]["url"].get(url) == simdjson::SUCCESS) page.url = std::string(url);
  }
  return pages;
}

}  // namespace

const std::vector<BenchmarkPage>& BenchmarkPages() {
  static const std::vector<BenchmarkPage> pages = Load();
  return pages;
}

size_t BenchmarkBytes() {
  size_t bytes = 0;
  for (const BenchmarkPage& page : BenchmarkPages()) bytes += page.html.size();
  return bytes;
}

}  // namespace corroborate::test_data
