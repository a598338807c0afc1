// HTML metadata extraction (extract/html/html_metadata.h) on the 181 real pages of the
// article-extraction benchmark (../shared/data/article-extraction-benchmark: html/*.html.gz and
// the page URLs from ground-truth.json), against parsing the same pages, single-threaded. The
// pages are decompressed and parsed once before timing; one iteration extracts the metadata of
// every page (cold documents); BM_HtmlParseAndMetadata minus BM_HtmlParse is the cost in the
// pipeline, on a document just parsed. The per-page figure is the counter "per_page". Skips (with a
// message) when ../shared is absent. Target (docs/html-metadata.md): far below the parse, < 20 us
// per page.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/html/html_metadata.h"
#include "html/parser.h"
#include "support/benchmark_pages.h"

namespace {

using corroborate::ExtractHtmlMetadata;
namespace html = corroborate::html;

struct Page {
  std::string html;
  std::string url;
  std::unique_ptr<html::Document> doc;
};

// The benchmark pages, each parsed once before timing.
const std::vector<Page>& Pages() {
  static const std::vector<Page> pages = [] {
    std::vector<Page> out;
    for (const corroborate::test_data::BenchmarkPage& page :
         corroborate::test_data::BenchmarkPages()) {
      out.push_back(
          {page.html, page.url, std::make_unique<html::Document>(html::Parse(page.html))});
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
