// Parser training: the averaged perceptron learns from the dynamic oracle (Goldberg & Nivre
// 2012, 2013). In every state the model scores all transitions; the best-scoring transition
// of least cost is the one it should have chosen; when its own choice costs more, the weights
// move towards the former and away from the latter. From options.explore_from_epoch on, the
// parse then continues with the model's own (wrong) choice with probability
// options.explore_probability, so training visits the states the parser will meet after its
// mistakes; otherwise it continues with the correct choice. Deterministic: the seed fixes the
// sentence order and the exploration.
#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>

#include "nlp/parser.h"
#include "nlp/parser_model.h"
#include "nlp/parser_tags.h"
#include "nlp/parser_tree.h"
#include "nlp/train_util.h"

namespace corroborate::nlp {
namespace {

// Longer training sentences are not projectivised (quadratic); the least-cost oracle copes.
constexpr size_t kMaxProjectivizeWords = 400;

struct Example {
  std::vector<ParserToken> tokens;
  GoldTree gold;
};

struct TrainingSet {
  std::vector<Example> examples;
  size_t skipped = 0;  // sentences without a complete tree
  size_t lifted_sentences = 0;
  size_t lifts = 0;
};

std::vector<std::string_view> Column(const ConlluSentence& s, std::string ConlluWord::*field) {
  std::vector<std::string_view> out;
  out.reserve(s.words.size());
  for (const ConlluWord& w : s.words) out.push_back(w.*field);
  return out;
}

// Gold tree and tokens of one sentence; false when its heads are not a complete tree.
// tags: the tags to train with, nullptr for the gold ones.
bool MakeExample(const ConlluSentence& s, const SentenceTags* tags,
                 const std::unordered_map<std::string, uint32_t>& ids, bool projectivize,
                 Example* ex, int* lifts) {
  const size_t n = s.words.size();
  std::vector<int32_t> heads(n + 1, 0);
  for (size_t i = 0; i < n; ++i) heads[i + 1] = s.words[i].head;
  if (!IsTree(heads)) return false;
  *lifts = projectivize && n <= kMaxProjectivizeWords ? Projectivize(&heads) : 0;
  ex->gold.heads = std::move(heads);
  ex->gold.labels.assign(n + 1, -1);
  for (size_t i = 0; i < n; ++i) {
    auto it = ids.find(s.words[i].deprel);
    if (it != ids.end()) ex->gold.labels[i + 1] = static_cast<int32_t>(it->second);
  }
  ex->gold.IndexChildren();
  const std::vector<std::string_view> words = Column(s, &ConlluWord::form);
  std::vector<std::string_view> upos = Column(s, &ConlluWord::upos);
  std::vector<std::string_view> xpos = Column(s, &ConlluWord::xpos);
  if (tags != nullptr && tags->upos.size() == n && tags->xpos.size() == n) {
    upos.assign(tags->upos.begin(), tags->upos.end());
    xpos.assign(tags->xpos.begin(), tags->xpos.end());
  }
  PrepareParserTokens(words, upos, xpos, &ex->tokens);
  return true;
}

// The features seen at least min_count times along the least-cost paths of the training trees.
FeatureIndex FrequentFeatures(const TrainingSet& set, const TransitionSystem& system,
                              uint32_t min_count) {
  FeatureIndex seen;
  std::vector<uint32_t> counts;
  ParseState state;
  std::vector<int32_t> costs(system.num_classes());
  uint64_t keys[kMaxParserFeatures];
  for (const Example& ex : set.examples) {
    state.Init(static_cast<int32_t>(ex.tokens.size() - 2));
    while (!system.IsTerminal(state)) {
      if (const int32_t forced = system.ForcedClass(state); forced >= 0) {
        system.Apply(static_cast<uint32_t>(forced), &state);
        continue;
      }
      const size_t count = ExtractParserFeatures(system.kind(), state, ex.tokens, keys);
      for (size_t k = 0; k < count; ++k) {
        const auto row =
            static_cast<size_t>(seen.Insert(keys[k], static_cast<int32_t>(counts.size())));
        if (row == counts.size()) counts.push_back(0);
        ++counts[row];
      }
      system.Costs(state, ex.gold, costs.data());
      system.Apply(
          static_cast<uint32_t>(std::min_element(costs.begin(), costs.end()) - costs.begin()),
          &state);
    }
  }
  // Walk the examples again to list the frequent keys in a deterministic order.
  FeatureIndex frequent;
  int32_t next = 0;
  for (const Example& ex : set.examples) {
    state.Init(static_cast<int32_t>(ex.tokens.size() - 2));
    while (!system.IsTerminal(state)) {
      if (const int32_t forced = system.ForcedClass(state); forced >= 0) {
        system.Apply(static_cast<uint32_t>(forced), &state);
        continue;
      }
      const size_t count = ExtractParserFeatures(system.kind(), state, ex.tokens, keys);
      for (size_t k = 0; k < count; ++k) {
        if (counts[static_cast<size_t>(seen.Find(keys[k]))] >= min_count &&
            frequent.Insert(keys[k], next) == next) {
          ++next;
        }
      }
      system.Costs(state, ex.gold, costs.data());
      system.Apply(
          static_cast<uint32_t>(std::min_element(costs.begin(), costs.end()) - costs.begin()),
          &state);
    }
  }
  return frequent;
}

// One sentence of dynamic-oracle training.
class OracleTrainer {
 public:
  // features: the only features to learn (nullptr: all).
  OracleTrainer(const TransitionSystem& system, AveragedPerceptron* perceptron,
                const FeatureIndex* features)
      : system_(system),
        perceptron_(perceptron),
        features_(features),
        scores_(system.num_classes()),
        costs_(system.num_classes()) {}

  void Train(const Example& ex, bool explore, double explore_probability, Rng* rng) {
    const auto n = static_cast<int32_t>(ex.tokens.size() - 2);
    state_.Init(n);
    const uint64_t threshold = static_cast<uint64_t>(explore_probability * (1u << 20));
    while (!system_.IsTerminal(state_)) {
      if (const int32_t forced = system_.ForcedClass(state_); forced >= 0) {
        system_.Apply(static_cast<uint32_t>(forced), &state_);  // nothing to learn
        continue;
      }
      size_t count = ExtractParserFeatures(system_.kind(), state_, ex.tokens, keys_);
      if (features_ != nullptr) {
        size_t kept = 0;
        for (size_t k = 0; k < count; ++k) {
          if (features_->Find(keys_[k]) != FeatureIndex::kAbsent) keys_[kept++] = keys_[k];
        }
        count = kept;
      }
      const std::span<const uint64_t> keys(keys_, count);
      perceptron_->Tick();
      perceptron_->ScoreKeys(keys, scores_.data());
      system_.Costs(state_, ex.gold, costs_.data());
      const uint32_t guess = system_.BestValid(state_, scores_.data());
      int32_t least = TransitionSystem::kInvalid;
      for (int32_t c : costs_) least = std::min(least, c);
      uint32_t best = guess;
      if (costs_[guess] != least) {
        bool found = false;
        for (uint32_t c = 0; c < costs_.size(); ++c) {
          if (costs_[c] == least && (!found || scores_[c] > scores_[best])) {
            best = c;
            found = true;
          }
        }
        perceptron_->Train(keys, best, guess);
      }
      const bool follow_guess = explore && rng->Below(1u << 20) < threshold;
      system_.Apply(follow_guess ? guess : best, &state_);
    }
  }

 private:
  const TransitionSystem& system_;
  AveragedPerceptron* perceptron_;
  const FeatureIndex* features_;
  ParseState state_;
  std::vector<float> scores_;
  std::vector<int32_t> costs_;
  uint64_t keys_[kMaxParserFeatures];
};

}  // namespace

Result<Parser> Parser::Train(const std::vector<ConlluSentence>& train,
                             const std::vector<ConlluSentence>& dev,
                             const ParserTrainOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->kind = options.system;
  // Labels in order of first appearance (deterministic).
  std::unordered_map<std::string, uint32_t> ids;
  for (const ConlluSentence& s : train) {
    for (const ConlluWord& w : s.words) {
      if (ids.emplace(w.deprel, static_cast<uint32_t>(impl->labels.size())).second) {
        impl->labels.push_back(w.deprel);
      }
    }
  }
  auto root = ids.find("root");
  if (root == ids.end()) {
    return Status::InvalidInput("parser training data has no 'root' relation");
  }
  impl->root_label = root->second;

  if (options.train_tags != nullptr && options.train_tags->size() != train.size()) {
    return Status::InvalidInput("parser training: " + std::to_string(options.train_tags->size()) +
                                " tagged sentences for " + std::to_string(train.size()));
  }
  TrainingSet set;
  set.examples.reserve(train.size());
  for (size_t i = 0; i < train.size(); ++i) {
    Example ex;
    int lifts = 0;
    const SentenceTags* tags = options.train_tags ? &(*options.train_tags)[i] : nullptr;
    if (!MakeExample(train[i], tags, ids, options.projectivize, &ex, &lifts)) {
      ++set.skipped;
      continue;
    }
    if (lifts > 0) {
      ++set.lifted_sentences;
      set.lifts += static_cast<size_t>(lifts);
    }
    set.examples.push_back(std::move(ex));
  }
  if (set.examples.empty()) return Status::InvalidInput("no parser training sentence has a tree");
  if (!options.quiet) {
    std::fprintf(stderr,
                 "parser: %zu training sentences (%zu without a tree skipped), %zu labels, "
                 "%zu arcs lifted in %zu non-projective sentences\n",
                 set.examples.size(), set.skipped, impl->labels.size(), set.lifts,
                 set.lifted_sentences);
  }

  const TransitionSystem system = impl->System();
  AveragedPerceptron perceptron(system.num_classes());
  FeatureIndex frequent;
  if (options.min_feature_count > 1) {
    frequent = FrequentFeatures(set, system, options.min_feature_count);
    if (!options.quiet) {
      std::fprintf(stderr, "parser: %zu features seen at least %u times\n", frequent.size(),
                   options.min_feature_count);
    }
  }
  OracleTrainer trainer(system, &perceptron, options.min_feature_count > 1 ? &frequent : nullptr);
  Rng explore_rng(options.seed * 0x9E3779B97F4A7C15ull + 7);
  int epoch = 0;
  auto train_epoch = [&](const std::vector<uint32_t>& order,
                         const std::function<void(size_t)>& report) {
    ++epoch;
    const bool explore = epoch >= options.explore_from_epoch && options.explore_probability > 0;
    size_t done = 0;
    for (uint32_t index : order) {
      trainer.Train(set.examples[index], explore, options.explore_probability, &explore_rng);
      if (++done % 256 == 0) report(done);
    }
  };
  Parser candidate, best;
  auto evaluate = [&] {
    auto snapshot = std::make_unique<Impl>();
    snapshot->kind = impl->kind;
    snapshot->labels = impl->labels;
    snapshot->root_label = impl->root_label;
    snapshot->model = perceptron.Average(options.prune_below);
    candidate = FromImpl(std::move(snapshot));
    // Without a dev set, the training set stands in (small synthetic treebanks).
    return EvaluateParser(candidate, dev.empty() ? train : dev, options.dev_tagger).las();
  };
  EpochLoopOptions loop;
  loop.epochs = options.epochs;
  loop.seed = options.seed;
  loop.quiet = options.quiet;
  loop.name = "parser";
  EpochLoopResult result = RunEpochs(loop, set.examples.size(), train_epoch, evaluate,
                                     [&] { best = std::move(candidate); });
  if (result.best_epoch == 0) return Status::InvalidInput("parser training ran no epoch");
  return best;
}

}  // namespace corroborate::nlp
