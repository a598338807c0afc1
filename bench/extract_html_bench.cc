// HTML article extraction on the 181 real pages of the article-extraction benchmark
// (../shared/data/article-extraction-benchmark/html/*.html.gz, decompressed before timing),
// single-threaded, pages in memory. Target (issue 3): parse + main content + metadata at
// >= 1,000 pages/s per core. Each stage is also timed alone, and BM_Baseline_HtmlCopySplitLines
// (a copy and line split of the same bytes) gives the ratio table its yardstick, measured in
// the same run. Skips with a message when ../shared is absent.
#include <benchmark/benchmark.h>

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "baseline.h"
#include "extract/html/html_article.h"
#include "extract/html/html_metadata.h"
#include "extract/html/main_content.h"
#include "html/parser.h"
#include "ratio_reporter.h"
#include "support/benchmark_pages.h"

namespace corroborate::bench {
namespace {

using Page = test_data::BenchmarkPage;

// Runs fn(page) over every page per iteration and reports pages/s.
template <class Fn>
void OverPages(benchmark::State& state, Fn fn) {
  const std::vector<Page>& pages = test_data::BenchmarkPages();
  if (pages.empty()) {
    state.SkipWithError("needs ../shared/data/article-extraction-benchmark (not present)");
    return;
  }
  for (auto _ : state) {
    for (const Page& p : pages) fn(p);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pages.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * test_data::BenchmarkBytes()));
  state.counters["pages"] = static_cast<double>(pages.size());
}

void BM_Baseline_HtmlCopySplitLines(benchmark::State& state) {
  std::string buffer;
  std::vector<std::string_view> lines;
  OverPages(state, [&](const Page& p) {
    benchmark::DoNotOptimize(CopyAndSplitLines(p.html, &buffer, &lines));
  });
}

void BM_HtmlParse(benchmark::State& state) {
  OverPages(state, [](const Page& p) {
    html::Document doc = html::Parse(p.html);
    benchmark::DoNotOptimize(doc.size());
  });
}

void BM_HtmlParseMainContent(benchmark::State& state) {
  OverPages(state, [](const Page& p) {
    const html::Document doc = html::Parse(p.html);
    MainContent content = ExtractMainContent(doc);
    benchmark::DoNotOptimize(content.blocks.data());
  });
}

// The target: everything an HTML page needs before the text stages.
void BM_HtmlParseContentMetadata(benchmark::State& state) {
  OverPages(state, [](const Page& p) {
    const html::Document doc = html::Parse(p.html);
    MainContent content = ExtractMainContent(doc);
    HtmlMetadata meta = ExtractHtmlMetadata(doc, p.url, content.root);
    benchmark::DoNotOptimize(content.blocks.data());
    benchmark::DoNotOptimize(meta.title.data());
  });
}

// The whole Article as the pipeline builds it (adds text assembly and CLD2 language detection).
void BM_HtmlArticle(benchmark::State& state) {
  OverPages(state, [](const Page& p) {
    DecodedDocument doc;
    doc.raw.format = "html";
    doc.raw.url = p.url;
    doc.text = p.html;
    Article a = ExtractHtmlArticle(doc);
    benchmark::DoNotOptimize(a.text.data());
  });
}

// The argument is the corpus size the ratio table pairs benchmarks by: the 181 pages.
BENCHMARK(BM_Baseline_HtmlCopySplitLines)->Arg(181)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HtmlParse)->Arg(181)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HtmlParseMainContent)->Arg(181)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HtmlParseContentMetadata)->Arg(181)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HtmlArticle)->Arg(181)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace corroborate::bench

int main(int argc, char** argv) { return corroborate::bench::RunBenchmarks(argc, argv); }
