// One benchmark per pipeline stage over the same generated corpus, single-threaded, each
// reporting articles/s (items_per_second) and bytes/s, plus BM_Baseline_CopySplitLines: a
// plain copy and line split of the same bytes, the yardstick the closing ratio table divides
// by. Each stage's inputs are prepared once, outside the timed loop.
#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "baseline.h"
#include "core/parallel.h"
#include "corpus_generator.h"
#include "extract/extract.h"
#include "ingest/decode.h"
#include "pipeline/pipeline.h"
#include "ratio_reporter.h"
#include "reconcile/reconcile.h"
#include "story/cluster.h"
#include "story/sourcing.h"

namespace corroborate::bench {
namespace {

// Every stage's input for one corpus size, built lazily with all cores (setup is not timed).
struct Stages {
  const std::vector<RawDocument>* raw = nullptr;
  size_t bytes = 0;
  std::vector<DecodedDocument> decoded;
  std::vector<Article> articles;
  std::vector<AnnotatedDoc> annotated;  // points into articles
  std::vector<StoryInput> stories;      // points into annotated
  bool have_decoded = false, have_articles = false, have_annotated = false, have_stories = false;
};

Stages& ForSize(size_t n) {
  static std::map<size_t, std::unique_ptr<Stages>> cache;
  std::unique_ptr<Stages>& s = cache[n];
  if (!s) {
    s = std::make_unique<Stages>();
    s->raw = &SharedCorpus(n);
    s->bytes = TotalBytes(*s->raw);
  }
  return *s;
}

Stages& WithDecoded(size_t n) {
  Stages& s = ForSize(n);
  if (!s.have_decoded) {
    for (const RawDocument& raw : *s.raw) {
      Result<DecodedDocument> d = Decode(raw);
      if (d.ok()) s.decoded.push_back(std::move(d).value());
    }
    s.have_decoded = true;
  }
  return s;
}

Stages& WithArticles(size_t n) {
  Stages& s = WithDecoded(n);
  if (!s.have_articles) {
    s.articles = ExtractArticles(s.decoded, 0);
    s.have_articles = true;
  }
  return s;
}

CivilDate ReferenceDate(const Article& a) {
  return a.published.date.has_day() ? a.published.date : CivilDate();
}

Stages& WithAnnotated(size_t n) {
  Stages& s = WithArticles(n);
  if (!s.have_annotated) {
    s.annotated.resize(s.articles.size());
    ParallelFor(s.articles.size(), 0, [&s](size_t i) {
      s.annotated[i] = Analyze(s.articles[i], ReferenceDate(s.articles[i]));
    });
    s.have_annotated = true;
  }
  return s;
}

// Stories as the pipeline forms them, each with its sourcing (what Reconcile takes).
Stages& WithStories(size_t n) {
  Stages& s = WithAnnotated(n);
  if (!s.have_stories) {
    for (const std::vector<uint32_t>& members : ClusterStories(s.annotated)) {
      StoryInput input;
      for (uint32_t index : members) {
        input.docs.push_back(&s.annotated[index]);
        input.article_index.push_back(index);
      }
      input.sourcing = FindSourcing(input.docs, input.article_index);
      s.stories.push_back(std::move(input));
    }
    s.have_stories = true;
  }
  return s;
}

void Finish(benchmark::State& state, size_t articles, size_t bytes) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * articles));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["articles"] = static_cast<double>(articles);
}

void BM_Decode(benchmark::State& state) {
  const Stages& s = ForSize(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    size_t ok = 0;
    for (const RawDocument& raw : *s.raw) {
      Result<DecodedDocument> d = Decode(raw);  // the copy stands in for the read
      ok += d.ok() ? 1 : 0;
      benchmark::DoNotOptimize(d);
    }
    benchmark::DoNotOptimize(ok);
  }
  Finish(state, s.raw->size(), s.bytes);
}

void BM_Extract(benchmark::State& state) {
  const Stages& s = WithDecoded(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<DecodedDocument> batch = s.decoded;
    state.ResumeTiming();
    std::vector<Article> articles = ExtractArticles(std::move(batch), 1);
    benchmark::DoNotOptimize(articles.data());
  }
  Finish(state, s.decoded.size(), s.bytes);
}

void BM_Analyze(benchmark::State& state) {
  const Stages& s = WithArticles(static_cast<size_t>(state.range(0)));
  size_t text_bytes = 0;
  for (const Article& a : s.articles) text_bytes += a.text.size();
  for (auto _ : state) {
    for (const Article& a : s.articles) {
      AnnotatedDoc doc = Analyze(a, ReferenceDate(a));
      benchmark::DoNotOptimize(doc.tokens.data());
    }
  }
  Finish(state, s.articles.size(), text_bytes);
}

void BM_Sourcing(benchmark::State& state) {
  const Stages& s = WithAnnotated(static_cast<size_t>(state.range(0)));
  std::vector<const AnnotatedDoc*> docs;
  std::vector<uint32_t> index;
  size_t text_bytes = 0;
  for (uint32_t i = 0; i < s.annotated.size(); ++i) {
    docs.push_back(&s.annotated[i]);
    index.push_back(i);
    text_bytes += s.articles[i].text.size();
  }
  for (auto _ : state) {
    std::vector<Sourcing> sourcing = FindSourcing(docs, index);  // the whole batch at once
    benchmark::DoNotOptimize(sourcing.data());
  }
  Finish(state, docs.size(), text_bytes);
}

void BM_Reconcile(benchmark::State& state) {
  const Stages& s = WithStories(static_cast<size_t>(state.range(0)));
  size_t text_bytes = 0;
  for (const Article& a : s.articles) text_bytes += a.text.size();
  std::vector<std::string> ids(s.stories.size(), "s");
  for (size_t i = 0; i < ids.size(); ++i) ids[i] += std::to_string(i + 1);
  for (auto _ : state) {
    for (size_t i = 0; i < s.stories.size(); ++i) {
      StoryAccount story = Reconcile(s.stories[i], s.articles, ids[i]);
      benchmark::DoNotOptimize(story.facts.data());
    }
  }
  Finish(state, s.articles.size(), text_bytes);
  state.counters["stories"] = static_cast<double>(s.stories.size());
}

// Analyze + cluster + sourcing + reconcile as BuildAccount runs them, on one thread.
void BM_BuildAccount(benchmark::State& state) {
  const Stages& s = WithArticles(static_cast<size_t>(state.range(0)));
  size_t text_bytes = 0;
  for (const Article& a : s.articles) text_bytes += a.text.size();
  PipelineOptions options;
  options.threads = 1;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Article> articles = s.articles;
    state.ResumeTiming();
    Account account = BuildAccount(std::move(articles), options);
    benchmark::DoNotOptimize(account.stories.data());
  }
  Finish(state, s.articles.size(), text_bytes);
}

// 1,000 articles (~100 stories): big enough that per-call overheads vanish, small enough that
// the slowest stage still gets several iterations.
constexpr int64_t kArticles = 1000;

BENCHMARK(BM_Baseline_CopySplitLines)->Arg(kArticles)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Decode)->Arg(kArticles)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract)->Arg(kArticles)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyze)->Arg(kArticles)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Sourcing)->Arg(kArticles)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Reconcile)->Arg(kArticles)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildAccount)->Arg(kArticles)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace corroborate::bench

int main(int argc, char** argv) { return corroborate::bench::RunBenchmarks(argc, argv); }
