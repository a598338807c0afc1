// Sentence splitting on the raw text of UD English EWT test + GUM test (rebuilt as `eval
// sentences` rebuilds it; skipped with a message when ../shared or models/sentences.bin is
// absent), one thread, tokens/s per core:
//   BM_Baseline_RuleSplit  Tokenize(): tokenizer + rule splitter (what runs without models;
//                          the yardstick of the closing ratio table)
//   BM_ModelSplit          Tokenize() + the boundary classifier (what runs with models)
//   BM_ModelOnly           the classifier alone, on already tokenized documents
// The model comes from models/ (or $CORROBORATE_MODELS).
#include <benchmark/benchmark.h>

#include <optional>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "analyze/model_sentences.h"
#include "analyze/segmentation_eval.h"
#include "nlp/model_paths.h"
#include "nlp/sentence_model.h"
#include "ratio_reporter.h"

namespace corroborate::bench {
namespace {

struct Corpus {
  std::vector<Article> articles;
  std::vector<AnnotatedDoc> tokenized;  // Tokenize()d, rule sentences
  size_t tokens = 0;
  std::optional<nlp::SentenceModel> model;
  std::string error;
};

const Corpus& Shared() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    const std::string ud = std::string(CORROBORATE_SHARED_DIR) + "/data/ud/";
    SentenceLineSet lines;
    for (const char* f :
         {"UD_English-EWT/en_ewt-ud-test.conllu", "UD_English-GUM/en_gum-ud-test.conllu"}) {
      Status s = ReadSentenceLines(ud + f, nullptr, &lines);
      if (!s.ok()) {
        c->error = "needs ../shared: " + s.message();
        return c;
      }
    }
    Result<std::string> path = nlp::FindModelFile("", "sentences.bin");
    Result<nlp::SentenceModel> model =
        path.ok() ? nlp::SentenceModel::Load(*path) : Result<nlp::SentenceModel>(path.status());
    if (!model.ok()) {
      c->error = model.status().message();
      return c;
    }
    c->model.emplace(std::move(model).value());
    c->articles.resize(lines.texts.size());
    for (size_t i = 0; i < lines.texts.size(); ++i) c->articles[i].text = lines.texts[i];
    c->tokenized.resize(c->articles.size());
    for (size_t i = 0; i < c->articles.size(); ++i) {
      c->tokenized[i].article = &c->articles[i];
      Tokenize(&c->tokenized[i]);
      c->tokens += c->tokenized[i].tokens.size();
    }
    return c;
  }();
  return *corpus;
}

void SetRate(benchmark::State& state, size_t tokens) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens));
  state.counters["tokens/s/core"] = benchmark::Counter(
      static_cast<double>(state.iterations() * tokens), benchmark::Counter::kIsRate);
}

void BM_Baseline_RuleSplit(benchmark::State& state) {
  const Corpus& c = Shared();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  AnnotatedDoc doc;
  for (auto _ : state) {
    for (const Article& a : c.articles) {
      doc.article = &a;
      Tokenize(&doc);
      benchmark::DoNotOptimize(doc.sentences.data());
    }
  }
  SetRate(state, c.tokens);
}

void BM_ModelSplit(benchmark::State& state) {
  const Corpus& c = Shared();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  AnnotatedDoc doc;
  for (auto _ : state) {
    for (const Article& a : c.articles) {
      doc.article = &a;
      Tokenize(&doc);
      SplitSentencesWithModel(*c.model, &doc);
      benchmark::DoNotOptimize(doc.sentences.data());
    }
  }
  SetRate(state, c.tokens);
}

void BM_ModelOnly(benchmark::State& state) {
  const Corpus& c = Shared();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  AnnotatedDoc doc;
  for (auto _ : state) {
    for (const AnnotatedDoc& tokenized : c.tokenized) {
      state.PauseTiming();
      doc = tokenized;
      state.ResumeTiming();
      SplitSentencesWithModel(*c.model, &doc);
      benchmark::DoNotOptimize(doc.sentences.data());
    }
  }
  SetRate(state, c.tokens);
}

// Every benchmark takes the corpus (EWT test + GUM test) as its one size, so the ratio table
// lines them up.
BENCHMARK(BM_Baseline_RuleSplit)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ModelSplit)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ModelOnly)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace corroborate::bench

int main(int argc, char** argv) { return corroborate::bench::RunBenchmarks(argc, argv); }
