// Entity recogniser training: greedy left-to-right decoding with the model's own previous
// tags as history (so training sees the errors decoding will make), perceptron updates on
// every wrong tag, the epoch chosen by exact-span F1 on the dev set. Deterministic: the order
// of examples comes from the seeded Rng, and nothing depends on addresses or time.
#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "nlp/feature_key.h"
#include "nlp/gazetteer_sources.h"
#include "nlp/ner.h"
#include "nlp/ner_cues.h"
#include "nlp/ner_model.h"
#include "nlp/perceptron.h"
#include "nlp/tagger.h"
#include "nlp/train_util.h"

namespace corroborate::nlp {
namespace {

constexpr uint32_t kDomainCopy = 299;  // feature template of the per-corpus copies

// A sentence ready for training or scoring: views of its words and tags, and gold BILOU tags.
struct PreparedSentence {
  std::vector<std::string_view> words;
  std::vector<std::string_view> upos, xpos;  // empty without a tagger
  std::vector<uint16_t> gold;
  const NerSentence* source = nullptr;
};

std::vector<PreparedSentence> Prepare(const std::vector<NerSentence>& sentences,
                                      const Tagger* tagger) {
  std::vector<PreparedSentence> out(sentences.size());
  TaggedSentence tags;
  for (size_t s = 0; s < sentences.size(); ++s) {
    PreparedSentence& p = out[s];
    p.source = &sentences[s];
    p.words.assign(sentences[s].words.begin(), sentences[s].words.end());
    SpansToTags(sentences[s].entities, static_cast<uint32_t>(p.words.size()), &p.gold);
    if (tagger != nullptr) {
      tagger->Tag(p.words, &tags);
      p.upos = tags.upos;  // views of the tagger's label strings
      p.xpos = tags.xpos;
    }
  }
  return out;
}

std::string LowercaseAscii(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Documents as ranges [first, last) of sentences.
std::vector<std::pair<uint32_t, uint32_t>> Documents(const std::vector<NerSentence>& sentences) {
  std::vector<std::pair<uint32_t, uint32_t>> docs;
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    if (docs.empty() || sentences[i].doc_start) docs.emplace_back(i, i);
    docs.back().second = i + 1;
  }
  return docs;
}

// train plus lowercase copies of about `share` of its documents (chosen by the seed).
std::vector<NerSentence> WithLowercaseCopies(const std::vector<NerSentence>& train, double share,
                                             uint64_t seed) {
  std::vector<NerSentence> out = train;
  if (share <= 0) return out;
  Rng rng(seed ^ 0x10ca5eull);
  const uint64_t threshold = static_cast<uint64_t>(share * 1000000);
  for (const auto& [first, last] : Documents(train)) {
    if (rng.Below(1000000) >= threshold) continue;
    for (uint32_t s = first; s < last; ++s) {
      NerSentence copy = train[s];
      for (std::string& w : copy.words) w = LowercaseAscii(w);
      out.push_back(std::move(copy));
    }
  }
  return out;
}

double DevF1(const EntityRecognizer::Impl& impl, const LinearModel& weights,
             const std::vector<PreparedSentence>& dev) {
  NerScores scores;
  for (const std::string& type : NerCorpusTypes()) scores.types.push_back({type});
  RecognizedSentence out;
  NerDocumentMemory memory;
  for (const PreparedSentence& p : dev) {
    if (p.source->doc_start) memory.Clear();
    impl.Decode(weights, p.words, p.upos, p.xpos, &memory, &out);
    CountEntityMatches(p.source->entities, out.entities, impl.types, &scores);
  }
  SumEntityScores(&scores);
  return scores.overall.f1();
}

}  // namespace

Result<NerTrainResources> BuildNerResources(
    const std::vector<NerSentence>& train, const std::string& gazetteer_dir,
    const NerResourceOptions& options,
    std::vector<std::pair<std::string, std::string>>* provenance) {
  NerTrainResources resources;
  std::vector<std::vector<std::string>> text;
  text.reserve(train.size());
  for (const NerSentence& s : train) text.push_back(s.words);
  resources.casing = BuildCasingLexicon(text, options.casing_min_count);
  GazetteerSourceOptions gazetteer_options;
  gazetteer_options.min_population = options.min_population;
  const TagLexicon& casing = resources.casing;
  gazetteer_options.is_common_word = [&casing](std::string_view w) {
    const uint32_t mask = casing.Mask(w);
    return mask != 0 && CasingBucket(mask) <= 1;  // never or rarely capitalised
  };
  Result<Gazetteer> gazetteer = BuildGazetteer(gazetteer_dir, gazetteer_options, provenance);
  if (!gazetteer.ok()) return gazetteer.status();
  resources.gazetteer = std::move(gazetteer).value();
  if (options.cues) {
    NerCueOptions cue_options;
    cue_options.min_names = options.cue_min_names;
    resources.cues = BuildNerCueLexicon(train, cue_options);
    resources.use_cues = true;
  }
  return resources;
}

Result<EntityRecognizer> EntityRecognizer::Train(const std::vector<NerSentence>& train,
                                                 const std::vector<NerSentence>& dev,
                                                 NerTrainResources resources,
                                                 const NerTrainOptions& options) {
  if (train.empty()) return Status::InvalidInput("no training sentences");
  auto impl = std::make_unique<Impl>();
  impl->types = NerCorpusTypes();
  impl->learnt_types = static_cast<uint32_t>(impl->types.size());
  impl->norp = options.norp;
  if (impl->norp) impl->types.emplace_back("NORP");
  impl->uses_pos = resources.tagger != nullptr;
  impl->gazetteer = std::move(resources.gazetteer);
  impl->casing = std::move(resources.casing);
  impl->use_cues = resources.use_cues;
  impl->cues = std::move(resources.cues);
  impl->use_clusters = resources.use_clusters && !resources.clusters.empty();
  impl->clusters = std::move(resources.clusters);

  const std::vector<NerSentence> augmented =
      WithLowercaseCopies(train, options.lowercase_share, options.seed);
  const std::vector<PreparedSentence> train_set = Prepare(augmented, resources.tagger);
  const std::vector<PreparedSentence> dev_set = Prepare(dev, resources.tagger);
  const uint32_t num_tags = NumBilouTags(impl->learnt_types);
  AveragedPerceptron perceptron(num_tags);
  // Corpora annotated in other styles (domain > 0) also train per-corpus corrections, copies
  // of their features keyed by the corpus, which absorb what only that corpus does (Daume
  // 2007's feature augmentation, with the UNER copy folded into the shared weights). The
  // corrections are not part of the model: at run time only the shared weights apply.
  AveragedPerceptron corrections(num_tags);
  std::vector<uint64_t> domain_keys;
  std::vector<float> domain_scores(num_tags);
  LinearModel current, best;
  NerSentenceFeatures features;
  std::vector<uint64_t> keys;
  std::vector<float> scores(num_tags);
  const NerResources lookups = impl->resources();

  std::vector<uint16_t> predicted;
  NerDocumentMemory memory;
  auto train_sentence = [&](const PreparedSentence& p) {
    ExtractNerFeatures(p.words, p.upos, p.xpos, lookups, &memory, &features);
    predicted.resize(p.words.size());
    uint16_t prev1 = kNoPreviousTag, prev2 = kNoPreviousTag;
    const uint8_t domain = p.source->domain;
    for (size_t i = 0; i < p.words.size(); ++i) {
      AddNerTagFeatures(features, i, prev1, prev2, &keys);
      perceptron.ScoreKeys(keys, scores.data());
      if (domain != 0) {
        domain_keys.clear();
        for (uint64_t k : keys) domain_keys.push_back(FeatureKey(kDomainCopy, k, domain));
        corrections.ScoreKeys(domain_keys, domain_scores.data());
        for (uint32_t t = 0; t < num_tags; ++t) scores[t] += domain_scores[t];
      }
      const bool last = i + 1 == p.words.size();
      uint16_t guess = kOutsideTag;
      bool found = false;
      for (uint16_t t = 0; t < num_tags; ++t) {
        if (!AllowedAfter(prev1, t, last)) continue;
        if (!found || scores[t] > scores[guess]) {
          guess = t;
          found = true;
        }
      }
      perceptron.Tick();
      perceptron.Train(keys, p.gold[i], guess);
      if (domain != 0) {
        corrections.Tick();
        corrections.Train(domain_keys, p.gold[i], guess);
      }
      prev2 = prev1;
      prev1 = guess;
      predicted[i] = guess;
    }
    memory.Remember(features.normalized, p.words, predicted);
  };
  // Examples are whole documents, their sentences in order, so that the document memory sees
  // during training what it will see when decoding.
  const std::vector<std::pair<uint32_t, uint32_t>> documents = Documents(augmented);
  auto train_epoch = [&](const std::vector<uint32_t>& order,
                         const std::function<void(size_t)>& report) {
    size_t done = 0;
    for (uint32_t doc : order) {
      memory.Clear();
      for (uint32_t s = documents[doc].first; s < documents[doc].second; ++s) {
        train_sentence(train_set[s]);
      }
      if (++done % 64 == 0) report(done);
    }
  };
  int epochs_run = 0;
  auto evaluate = [&]() {
    current = perceptron.Average(options.prune_below);
    ++epochs_run;
    // Without a dev set the last epoch is kept.
    return dev_set.empty() ? static_cast<double>(epochs_run) : DevF1(*impl, current, dev_set);
  };
  auto keep_best = [&]() { best = current; };

  EpochLoopOptions loop;
  loop.epochs = options.epochs;
  loop.seed = options.seed;
  loop.quiet = options.quiet;
  loop.name = "ner";
  const EpochLoopResult result =
      RunEpochs(loop, documents.size(), train_epoch, evaluate, keep_best);
  if (result.best_epoch == 0) return Status::Internal("ner training ran no epoch");
  if (!options.quiet) {
    std::fprintf(stderr, "ner: best epoch %d, dev F1 %.2f\n", result.best_epoch,
                 100 * result.best_score);
  }
  impl->model = std::move(best);
  return FromImpl(std::move(impl));
}

}  // namespace corroborate::nlp
