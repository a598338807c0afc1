// NLP benchmarks on UD English EWT test (skipped with a message when ../shared is absent):
//   BM_Baseline_HashWords  lowercase every word and hash it once: the least per-word work any
//                          linear model does (the yardstick of the closing ratio table)
//   BM_Tagger              UPOS + XPOS + lemma for every sentence, one thread: words/s per core
//   BM_TaggerLoad          reading and validating models/tagger.bin
//   BM_Parser              dependency parsing of every sentence (tags from the tagger, computed
//                          outside the timing), one thread: words/s per core
//   BM_TagAndParse         tagger + parser, as `corroborate annotate` runs them: words/s per core
//   BM_ParserLoad          reading and validating models/parser.bin
//   BM_Ner                 entity recognition of every sentence (tags from the tagger, computed
//                          outside the timing), one thread: words/s per core
//   BM_TagAndNer           tagger + entity recogniser: words/s per core (target >= 200,000)
//   BM_NerLoad             reading and validating models/ner.bin
// The models come from models/ (or $CORROBORATE_MODELS).
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/feature_key.h"
#include "nlp/linguistics.h"
#include "nlp/model_paths.h"
#include "nlp/ner.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "nlp/tagger_features.h"
#include "ratio_reporter.h"

namespace corroborate::bench {
namespace {

// Every argument is the corpus size in words, so the ratio table lines the rows up.
struct Corpus {
  std::vector<std::vector<std::string>> sentences;
  size_t words = 0;
  std::string error;
};

const Corpus& EwtTest() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    const std::string path =
        std::string(CORROBORATE_SHARED_DIR) + "/data/ud/UD_English-EWT/en_ewt-ud-test.conllu";
    auto r = nlp::ReadConlluFile(path);
    if (!r.ok()) {
      c->error = "needs ../shared: " + r.status().message();
      return c;
    }
    for (const nlp::ConlluSentence& s : *r) {
      std::vector<std::string> words;
      for (const nlp::ConlluWord& w : s.words) words.push_back(w.form);
      c->words += words.size();
      c->sentences.push_back(std::move(words));
    }
    return c;
  }();
  return *corpus;
}

// A model file's path for the load benchmarks, or "" with *error set.
std::string ModelPath(const char* name, std::string* error) {
  auto path = nlp::FindModelFile("", name);
  if (!path.ok()) {
    *error = path.status().message();
    return "";
  }
  return *path;
}

// The three shipped models, loaded once (nlp::Linguistics, as brief loads them); nullptr with
// *error set when they cannot be read.
const nlp::Linguistics* SharedModels(std::string* error) {
  static const Result<nlp::Linguistics>* models =
      new Result<nlp::Linguistics>(nlp::Linguistics::Load(""));
  if (!models->ok()) {
    *error = models->status().message();
    return nullptr;
  }
  return &models->value();
}

// The corpus's words and the tagger's tags for them, computed once outside any timing (for the
// benchmarks that time a model fed by the tagger).
struct TaggedCorpus {
  std::vector<std::vector<std::string_view>> words;
  std::vector<nlp::TaggedSentence> tags;
};

const TaggedCorpus& SharedTaggedCorpus(const Corpus& c, const nlp::Tagger& tagger) {
  static const TaggedCorpus* tagged = [&] {
    auto* t = new TaggedCorpus;
    t->words.resize(c.sentences.size());
    t->tags.resize(c.sentences.size());
    for (size_t i = 0; i < c.sentences.size(); ++i) {
      t->words[i].assign(c.sentences[i].begin(), c.sentences[i].end());
      tagger.Tag(t->words[i], &t->tags[i]);
    }
    return t;
  }();
  return *tagged;
}

void BM_Baseline_HashWords(benchmark::State& state) {
  const Corpus& c = EwtTest();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  for (auto _ : state) {
    uint64_t sum = 0;
    for (const auto& sentence : c.sentences) {
      for (const std::string& w : sentence) sum += nlp::FeatureKey(1, nlp::NormalizeWord(w));
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.words));
}

void BM_Tagger(benchmark::State& state) {
  const Corpus& c = EwtTest();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  std::string error;
  const nlp::Linguistics* m = SharedModels(&error);
  if (m == nullptr) return state.SkipWithError(error.c_str());
  nlp::TaggedSentence out;
  std::vector<std::string_view> words;
  for (auto _ : state) {
    for (const auto& sentence : c.sentences) {
      words.assign(sentence.begin(), sentence.end());
      m->tagger().Tag(words, &out);
      benchmark::DoNotOptimize(out.upos.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.words));
  state.counters["words/s/core"] = benchmark::Counter(
      static_cast<double>(state.iterations() * c.words), benchmark::Counter::kIsRate);
}

void BM_TaggerLoad(benchmark::State& state) {
  std::string error;
  const std::string path = ModelPath("tagger.bin", &error);
  if (path.empty()) return state.SkipWithError(error.c_str());
  for (auto _ : state) {
    auto tagger = nlp::Tagger::Load(path);
    if (!tagger.ok()) return state.SkipWithError(tagger.status().message().c_str());
    benchmark::DoNotOptimize(tagger->upos_labels().data());
  }
}

void BM_Parser(benchmark::State& state) {
  const Corpus& c = EwtTest();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  std::string error;
  const nlp::Linguistics* m = SharedModels(&error);
  if (m == nullptr) return state.SkipWithError(error.c_str());
  const TaggedCorpus& t = SharedTaggedCorpus(c, m->tagger());
  nlp::ParsedSentence out;
  for (auto _ : state) {
    for (size_t i = 0; i < t.words.size(); ++i) {
      m->parser().Parse(t.words[i], t.tags[i], &out);
      benchmark::DoNotOptimize(out.heads.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.words));
  state.counters["words/s/core"] = benchmark::Counter(
      static_cast<double>(state.iterations() * c.words), benchmark::Counter::kIsRate);
}

void BM_TagAndParse(benchmark::State& state) {
  const Corpus& c = EwtTest();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  std::string error;
  const nlp::Linguistics* m = SharedModels(&error);
  if (m == nullptr) return state.SkipWithError(error.c_str());
  nlp::TaggedSentence tags;
  nlp::ParsedSentence out;
  std::vector<std::string_view> words;
  for (auto _ : state) {
    for (const auto& sentence : c.sentences) {
      words.assign(sentence.begin(), sentence.end());
      m->tagger().Tag(words, &tags);
      m->parser().Parse(words, tags, &out);
      benchmark::DoNotOptimize(out.heads.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.words));
  state.counters["words/s/core"] = benchmark::Counter(
      static_cast<double>(state.iterations() * c.words), benchmark::Counter::kIsRate);
}

void BM_ParserLoad(benchmark::State& state) {
  std::string error;
  const std::string path = ModelPath("parser.bin", &error);
  if (path.empty()) return state.SkipWithError(error.c_str());
  for (auto _ : state) {
    auto parser = nlp::Parser::Load(path);
    if (!parser.ok()) return state.SkipWithError(parser.status().message().c_str());
    benchmark::DoNotOptimize(parser->labels().data());
  }
}

void BM_Ner(benchmark::State& state) {
  const Corpus& c = EwtTest();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  std::string error;
  const nlp::Linguistics* m = SharedModels(&error);
  if (m == nullptr) return state.SkipWithError(error.c_str());
  const TaggedCorpus& t = SharedTaggedCorpus(c, m->tagger());
  nlp::RecognizedSentence out;
  nlp::NerDocumentMemory memory;
  for (auto _ : state) {
    memory.Clear();
    for (size_t i = 0; i < t.words.size(); ++i) {
      m->ner().Recognize(t.words[i], t.tags[i], &memory, &out);
      benchmark::DoNotOptimize(out.tags.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.words));
  state.counters["words/s/core"] = benchmark::Counter(
      static_cast<double>(state.iterations() * c.words), benchmark::Counter::kIsRate);
}

void BM_TagAndNer(benchmark::State& state) {
  const Corpus& c = EwtTest();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  std::string error;
  const nlp::Linguistics* m = SharedModels(&error);
  if (m == nullptr) return state.SkipWithError(error.c_str());
  nlp::TaggedSentence tags;
  nlp::RecognizedSentence out;
  nlp::NerDocumentMemory memory;
  std::vector<std::string_view> words;
  for (auto _ : state) {
    memory.Clear();
    for (const auto& sentence : c.sentences) {
      words.assign(sentence.begin(), sentence.end());
      m->tagger().Tag(words, &tags);
      m->ner().Recognize(words, tags, &memory, &out);
      benchmark::DoNotOptimize(out.tags.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.words));
  state.counters["words/s/core"] = benchmark::Counter(
      static_cast<double>(state.iterations() * c.words), benchmark::Counter::kIsRate);
}

void BM_NerLoad(benchmark::State& state) {
  std::string error;
  const std::string path = ModelPath("ner.bin", &error);
  if (path.empty()) return state.SkipWithError(error.c_str());
  for (auto _ : state) {
    auto ner = nlp::EntityRecognizer::Load(path);
    if (!ner.ok()) return state.SkipWithError(ner.status().message().c_str());
    benchmark::DoNotOptimize(ner->types().data());
  }
}

BENCHMARK(BM_Baseline_HashWords)->Arg(25094)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tagger)->Arg(25094)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TaggerLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Parser)->Arg(25094)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TagAndParse)->Arg(25094)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParserLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Ner)->Arg(25094)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TagAndNer)->Arg(25094)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NerLoad)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace corroborate::bench

int main(int argc, char** argv) { return corroborate::bench::RunBenchmarks(argc, argv); }
