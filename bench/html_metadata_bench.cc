// HTML metadata extraction (extract/html/html_metadata.h) on the 181 real pages of the
// article-extraction benchmark (../shared/data/article-extraction-benchmark: html/*.html.gz and
// the page URLs from ground-truth.json), against parsing the same pages, single-threaded. The
// pages are decompressed and parsed once before timing; one iteration extracts the metadata of
// every page (cold documents); BM_HtmlParseAndMetadata minus BM_HtmlParse is the cost in the
// pipeline, on a document just parsed. The per-page figure is the counter "per_page". Skips (with a
// message) when
// ../shared is absent. Target (docs/html-metadata.md): far below the parse, < 20 us per page.
#include <benchmark/benchmark.h>
#include <simdjson.h>
#include <zlib.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extract/html/html_metadata.h"
#include "html/parser.h"

namespace {

namespace fs = std::filesystem;
using corroborate::ExtractHtmlMetadata;
namespace html = corroborate::html;

struct Page {
  std::string html;
  std::string url;
  std::unique_ptr<html::Document> doc;
};

std::string Gunzip(const fs::path& path) {
  std::string out;
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return out;
  char buffer[1 << 16];
  int n;
  while ((n = gzread(file, buffer, sizeof buffer)) > 0) out.append(buffer, n);
  gzclose(file);
  return out;
}

const std::vector<Page>& Pages() {
  static const std::vector<Page> pages = [] {
    std::vector<Page> out;
    const fs::path dir = fs::path(CORROBORATE_SHARED_DIR) / "data/article-extraction-benchmark";
    simdjson::dom::parser parser;
    simdjson::dom::object root;
    if (parser.load((dir / "ground-truth.json").string()).get(root) != simdjson::SUCCESS) {
      return out;
    }
    for (auto [id, entry] : root) {
      Page p;
      std::string_view url;
      if (entry["url"].get(url) == simdjson::SUCCESS) p.url = std::string(url);
      p.html = Gunzip(dir / "html" / (std::string(id) + ".html.gz"));
      if (p.html.empty()) continue;
      p.doc = std::make_unique<html::Document>(html::Parse(p.html));
      out.push_back(std::move(p));
    }
    return out;
  }();
  return pages;
}

void BM_HtmlMetadata(benchmark::State& state) {
  const std::vector<Page>& pages = Pages();
  if (pages.empty()) {
    state.SkipWithError("no benchmark pages in ../shared/data/article-extraction-benchmark");
    return;
  }
  size_t titles = 0;
  for (auto _ : state) {
    for (const Page& p : pages) {
      auto m = ExtractHtmlMetadata(*p.doc, p.url);
      titles += m.title.empty() ? 0 : 1;
      benchmark::DoNotOptimize(m);
    }
  }
  state.counters["pages"] = static_cast<double>(pages.size());
  state.counters["per_page"] = benchmark::Counter(
      static_cast<double>(pages.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  benchmark::DoNotOptimize(titles);
}
BENCHMARK(BM_HtmlMetadata)->Unit(benchmark::kMillisecond);

// Parse then metadata, page by page: the metadata runs on a document just built, as in the
// pipeline (BM_HtmlMetadata above reads 181 documents that have long left the caches).
void BM_HtmlParseAndMetadata(benchmark::State& state) {
  const std::vector<Page>& pages = Pages();
  if (pages.empty()) {
    state.SkipWithError("no benchmark pages in ../shared/data/article-extraction-benchmark");
    return;
  }
  for (auto _ : state) {
    for (const Page& p : pages) {
      html::Document doc = html::Parse(p.html);
      auto m = ExtractHtmlMetadata(doc, p.url);
      benchmark::DoNotOptimize(m);
    }
  }
  state.counters["per_page"] = benchmark::Counter(
      static_cast<double>(pages.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_HtmlParseAndMetadata)->Unit(benchmark::kMillisecond);

// The parse of the same pages, for the ratio.
void BM_HtmlParse(benchmark::State& state) {
  const std::vector<Page>& pages = Pages();
  if (pages.empty()) {
    state.SkipWithError("no benchmark pages in ../shared/data/article-extraction-benchmark");
    return;
  }
  for (auto _ : state) {
    for (const Page& p : pages) {
      html::Document doc = html::Parse(p.html);
      benchmark::DoNotOptimize(doc);
    }
  }
  state.counters["per_page"] = benchmark::Counter(
      static_cast<double>(pages.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_HtmlParse)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
