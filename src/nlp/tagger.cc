// Part-of-speech tagger and lemmatiser: training, model file, tagging; see tagger.h.
#include "nlp/tagger.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "nlp/lemmatizer.h"
#include "nlp/perceptron.h"
#include "nlp/tagger_features.h"
#include "nlp/train_util.h"

namespace corroborate::nlp {
namespace {

constexpr char kKind[] = "tagger";
constexpr uint32_t kMaxLabels = 1024;
// Words seen fewer times get no tag-lexicon feature, so training sees "unknown" words too.
constexpr uint32_t kLexiconMinCount = 2;
// Folds for the second pass's first-pass training tags.
constexpr uint32_t kJackknifeFolds = 4;

uint32_t Argmax(const float* scores, size_t n) {
  uint32_t best = 0;
  for (uint32_t c = 1; c < n; ++c) {
    if (scores[c] > scores[best]) best = c;
  }
  return best;
}

void SaveLabels(const std::vector<std::string>& labels, const std::string& section,
                ModelWriter* writer) {
  ByteWriter w;
  w.U32(static_cast<uint32_t>(labels.size()));
  for (const std::string& l : labels) w.String(l);
  writer->AddSection(section, std::move(w.bytes()));
}

Status LoadLabels(const ModelFile& file, const std::string& section,
                  std::vector<std::string>* labels) {
  ByteReader r = file.Reader(section);
  uint32_t n = 0;
  r.U32(&n);
  if (r.ok() && (n == 0 || n > kMaxLabels)) r.Fail("bad label count " + std::to_string(n));
  for (uint32_t i = 0; i < n && r.ok(); ++i) {
    std::string label;
    r.String(&label, 64);
    labels->push_back(std::move(label));
  }
  if (r.ok() && !r.AtEnd()) r.Fail("unexpected bytes at the end");
  return r.ok() ? Status::Ok() : file.Error(r.error());
}

// Label ids in order of first appearance in the data (deterministic).
uint32_t LabelId(const std::string& label, std::vector<std::string>* labels,
                 std::unordered_map<std::string, uint32_t>* ids) {
  auto [it, added] = ids->emplace(label, static_cast<uint32_t>(labels->size()));
  if (added) labels->push_back(label);
  return it->second;
}

}  // namespace

struct Tagger::Impl {
  std::vector<std::string> upos_labels;
  std::vector<std::string> xpos_labels;
  TagLexicon lexicon;
  LinearModel upos;   // first pass, left to right
  LinearModel upos2;  // second pass, also sees the first pass's tags to the right
  LinearModel xpos;
  Lemmatizer lemmatizer;
  bool use_clusters = false;  // section "clusters": cluster-prefix features
  WordClusters clusters;

  const WordClusters* cluster_table() const { return use_clusters ? &clusters : nullptr; }

  // One greedy left-to-right pass over a sentence whose features are in f. hints: the first
  // pass's tags (nullptr in the first pass). score(keys, scores) scores one word.
  template <class ScoreFn>
  void RunPass(const SentenceFeatures& f, const uint16_t* hints, ScoreFn&& score,
               TaggedSentence* out, uint16_t* tags) const {
    uint32_t prev1 = kNoTag, prev2 = kNoTag;
    out->scores.resize(std::max(upos_labels.size(), xpos_labels.size()));
    for (size_t i = 0; i < f.normalized.size(); ++i) {
      AddTagFeatures(f, i, prev1, prev2, &out->keys);
      if (hints != nullptr) AddHintFeatures(f, i, hints, &out->keys);
      score(out->keys, out->scores.data());
      const uint32_t tag = Argmax(out->scores.data(), upos_labels.size());
      tags[i] = static_cast<uint16_t>(tag);
      prev2 = prev1;
      prev1 = tag;
    }
  }

  // UPOS of every word into out->upos_ids (both passes), with features already in f.
  void TagUpos(const SentenceFeatures& f, TaggedSentence* out) const {
    const size_t n = f.normalized.size();
    out->upos_ids.resize(n);
    auto first = [this](const std::vector<uint64_t>& k, float* s) { upos.ScoreKeys(k, s); };
    if (upos2.num_rows() == 0) {
      RunPass(f, nullptr, first, out, out->upos_ids.data());
      return;
    }
    out->hints.resize(n);
    RunPass(f, nullptr, first, out, out->hints.data());
    auto second = [this](const std::vector<uint64_t>& k, float* s) { upos2.ScoreKeys(k, s); };
    RunPass(f, out->hints.data(), second, out, out->upos_ids.data());
  }

  void TagXpos(const SentenceFeatures& f, TaggedSentence* out) const {
    const size_t n = f.normalized.size();
    out->xpos.resize(n);
    out->scores.resize(std::max(upos_labels.size(), xpos_labels.size()));
    for (size_t i = 0; i < n; ++i) {
      XposFeatures(f, i, out->upos_ids[i], i > 0 ? out->upos_ids[i - 1] : kNoTag, &out->keys);
      xpos.ScoreKeys(out->keys, out->scores.data());
      out->xpos[i] = xpos_labels[Argmax(out->scores.data(), xpos_labels.size())];
    }
  }
};

Tagger::Tagger() : impl_(std::make_unique<Impl>()) {}
Tagger::~Tagger() = default;
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;

const std::vector<std::string>& Tagger::upos_labels() const { return impl_->upos_labels; }
const std::vector<std::string>& Tagger::xpos_labels() const { return impl_->xpos_labels; }

void Tagger::Tag(std::span<const std::string_view> words, TaggedSentence* out) const {
  thread_local SentenceFeatures features;
  const Impl& m = *impl_;
  ExtractWordFeatures(words, m.lexicon, &features, m.cluster_table());
  m.TagUpos(features, out);
  out->upos.resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) out->upos[i] = m.upos_labels[out->upos_ids[i]];
  m.TagXpos(features, out);
  out->lemmas.resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    out->lemmas[i] = m.lemmatizer.Lemmatize(words[i], out->upos_ids[i]);
  }
}

namespace {

// The training sentences with gold label ids.
struct TrainingSet {
  const std::vector<ConlluSentence>* sentences = nullptr;
  std::vector<std::vector<uint16_t>> upos;
  std::vector<std::vector<uint16_t>> xpos;
};

void WordsOf(const ConlluSentence& s, std::vector<std::string_view>* words) {
  words->clear();
  for (const ConlluWord& w : s.words) words->push_back(w.form);
}

// First-pass tags of sentences (by index) with model m.upos replaced by `first`.
std::vector<std::vector<uint16_t>> PredictFirstPass(const Tagger::Impl& m, const LinearModel& first,
                                                    const std::vector<ConlluSentence>& sentences,
                                                    std::span<const uint32_t> which) {
  std::vector<std::vector<uint16_t>> out(sentences.size());
  SentenceFeatures f;
  TaggedSentence scratch;
  std::vector<std::string_view> words;
  for (uint32_t index : which) {
    WordsOf(sentences[index], &words);
    ExtractWordFeatures(words, m.lexicon, &f, m.cluster_table());
    out[index].resize(words.size());
    m.RunPass(
        f, nullptr, [&first](const std::vector<uint64_t>& k, float* s) { first.ScoreKeys(k, s); },
        &scratch, out[index].data());
  }
  return out;
}

}  // namespace

// Trains one UPOS pass on the sentences `subset` of ts (hints: first-pass tags per training
// sentence, or nullptr for the first pass), keeping the epoch that scores best on dev.
static LinearModel TrainUposPass(const Tagger::Impl& m, const TrainingSet& ts,
                                 const std::vector<uint32_t>& subset,
                                 const std::vector<std::vector<uint16_t>>* hints,
                                 const std::function<double(const LinearModel&)>& dev_score,
                                 EpochLoopOptions loop) {
  AveragedPerceptron perceptron(static_cast<uint32_t>(m.upos_labels.size()));
  SentenceFeatures f;
  TaggedSentence scratch;
  std::vector<std::string_view> words;
  std::vector<uint16_t> tags;
  auto train_epoch = [&](const std::vector<uint32_t>& order,
                         const std::function<void(size_t)>& report) {
    size_t done = 0;
    for (uint32_t position : order) {
      const uint32_t index = subset[position];
      WordsOf((*ts.sentences)[index], &words);
      ExtractWordFeatures(words, m.lexicon, &f, m.cluster_table());
      const std::vector<uint16_t>& gold = ts.upos[index];
      const uint16_t* sentence_hints = hints ? (*hints)[index].data() : nullptr;
      tags.resize(words.size());
      // Learn word by word as the pass runs: score with the current weights, update on error.
      size_t i = 0;
      m.RunPass(
          f, sentence_hints,
          [&](const std::vector<uint64_t>& keys, float* scores) {
            perceptron.Tick();
            perceptron.ScoreKeys(keys, scores);
            const uint32_t guess = Argmax(scores, m.upos_labels.size());
            perceptron.Train(keys, gold[i], guess);
            ++i;
          },
          &scratch, tags.data());
      if (++done % 256 == 0) report(done);
    }
  };
  LinearModel best, current;
  RunEpochs(
      loop, subset.size(), train_epoch,
      [&] {
        current = perceptron.Average();
        return dev_score(current);
      },
      [&] { best = current; });
  return best;
}

static LinearModel TrainXpos(const Tagger::Impl& m, const TrainingSet& ts,
                             const std::function<double(const LinearModel&)>& dev_score,
                             EpochLoopOptions loop) {
  AveragedPerceptron perceptron(static_cast<uint32_t>(m.xpos_labels.size()));
  SentenceFeatures f;
  std::vector<std::string_view> words;
  std::vector<uint64_t> keys;
  std::vector<float> scores(m.xpos_labels.size());
  auto train_epoch = [&](const std::vector<uint32_t>& order,
                         const std::function<void(size_t)>& report) {
    size_t done = 0;
    for (uint32_t index : order) {
      WordsOf((*ts.sentences)[index], &words);
      ExtractWordFeatures(words, m.lexicon, &f, m.cluster_table());
      const std::vector<uint16_t>& upos = ts.upos[index];
      for (size_t i = 0; i < words.size(); ++i) {
        // Learns from the gold UPOS; at run time its features use the predicted one.
        XposFeatures(f, i, upos[i], i > 0 ? upos[i - 1] : kNoTag, &keys);
        perceptron.Tick();
        perceptron.ScoreKeys(keys, scores.data());
        perceptron.Train(keys, ts.xpos[index][i], Argmax(scores.data(), scores.size()));
      }
      if (++done % 256 == 0) report(done);
    }
  };
  LinearModel best, current;
  RunEpochs(
      loop, ts.sentences->size(), train_epoch,
      [&] {
        current = perceptron.Average();
        return dev_score(current);
      },
      [&] { best = current; });
  return best;
}

Result<Tagger> Tagger::Train(const std::vector<ConlluSentence>& train,
                             const std::vector<ConlluSentence>& dev,
                             const TaggerTrainOptions& options) {
  Tagger tagger;
  Impl& m = *tagger.impl_;
  TrainingSet ts;
  ts.sentences = &train;
  std::unordered_map<std::string, uint32_t> upos_ids, xpos_ids;
  ts.upos.resize(train.size());
  ts.xpos.resize(train.size());
  for (size_t s = 0; s < train.size(); ++s) {
    for (size_t i = 0; i < train[s].words.size(); ++i) {
      const ConlluWord& w = train[s].words[i];
      const uint32_t u = LabelId(w.upos, &m.upos_labels, &upos_ids);
      ts.upos[s].push_back(static_cast<uint16_t>(u));
      ts.xpos[s].push_back(static_cast<uint16_t>(LabelId(w.xpos, &m.xpos_labels, &xpos_ids)));
      const int capitalised = i == 0 ? -1 : (w.form[0] >= 'A' && w.form[0] <= 'Z' ? 1 : 0);
      m.lexicon.Add(NormalizeWord(w.form), u, capitalised);
    }
  }
  if (m.upos_labels.empty()) return Status::InvalidInput("no training sentences");
  if (m.upos_labels.size() > kMaxLexiconTags || m.xpos_labels.size() > kMaxLabels) {
    return Status::InvalidInput("too many tags in the training data");
  }
  m.lexicon.Finish(kLexiconMinCount);
  if (options.clusters != nullptr && !options.clusters->empty()) {
    m.clusters = *options.clusters;
    m.use_clusters = true;
  }

  EpochLoopOptions loop;
  loop.epochs = options.epochs;
  loop.seed = options.seed;
  loop.quiet = options.quiet;
  std::vector<uint32_t> all(train.size()), dev_all(dev.size());
  for (uint32_t i = 0; i < all.size(); ++i) all[i] = i;
  for (uint32_t i = 0; i < dev_all.size(); ++i) dev_all[i] = i;

  // Dev accuracy of a first-pass model, or of a second pass given first-pass dev tags.
  const std::vector<std::vector<uint16_t>>* dev_hints = nullptr;
  auto dev_accuracy = [&](const LinearModel& model) {
    size_t correct = 0, total = 0;
    SentenceFeatures f;
    TaggedSentence scratch;
    std::vector<std::string_view> words;
    std::vector<uint16_t> tags;
    for (size_t s = 0; s < dev.size(); ++s) {
      WordsOf(dev[s], &words);
      ExtractWordFeatures(words, m.lexicon, &f, m.cluster_table());
      tags.resize(words.size());
      m.RunPass(
          f, dev_hints ? (*dev_hints)[s].data() : nullptr,
          [&model](const std::vector<uint64_t>& k, float* sc) { model.ScoreKeys(k, sc); }, &scratch,
          tags.data());
      for (size_t i = 0; i < words.size(); ++i) {
        correct += m.upos_labels[tags[i]] == dev[s].words[i].upos;
        ++total;
      }
    }
    return total ? static_cast<double>(correct) / total : 0.0;
  };

  // First pass on everything: the model used at run time.
  loop.name = "tagger pass 1";
  m.upos = TrainUposPass(m, ts, all, nullptr, dev_accuracy, loop);

  if (options.two_pass) {
    // The second pass must learn from first-pass tags as wrong as they are on new text, so
    // its training tags come from first passes trained without each sentence (jackknifing).
    std::vector<uint32_t> shuffled = all;
    Rng rng(options.seed ^ 0x6a09e667f3bcc909ull);
    Shuffle(&shuffled, &rng);
    std::vector<std::vector<uint16_t>> train_hints(train.size());
    for (uint32_t fold = 0; fold < kJackknifeFolds; ++fold) {
      std::vector<uint32_t> in, out;
      for (size_t i = 0; i < shuffled.size(); ++i) {
        (i % kJackknifeFolds == fold ? out : in).push_back(shuffled[i]);
      }
      std::sort(in.begin(), in.end());
      std::sort(out.begin(), out.end());
      loop.name = "tagger fold " + std::to_string(fold + 1) + "/" + std::to_string(kJackknifeFolds);
      LinearModel partial = TrainUposPass(m, ts, in, nullptr, dev_accuracy, loop);
      std::vector<std::vector<uint16_t>> predicted = PredictFirstPass(m, partial, train, out);
      for (uint32_t index : out) train_hints[index] = std::move(predicted[index]);
    }
    const std::vector<std::vector<uint16_t>> first_on_dev =
        PredictFirstPass(m, m.upos, dev, dev_all);
    dev_hints = &first_on_dev;
    loop.name = "tagger pass 2";
    m.upos2 = TrainUposPass(m, ts, all, &train_hints, dev_accuracy, loop);
    dev_hints = nullptr;
  }

  // XPOS, chosen by dev accuracy with predicted UPOS.
  loop.name = "tagger xpos";
  m.xpos = TrainXpos(
      m, ts,
      [&](const LinearModel& model) {
        size_t correct = 0, total = 0;
        SentenceFeatures f;
        TaggedSentence out;
        std::vector<std::string_view> words;
        for (const ConlluSentence& s : dev) {
          WordsOf(s, &words);
          ExtractWordFeatures(words, m.lexicon, &f, m.cluster_table());
          m.TagUpos(f, &out);
          for (size_t i = 0; i < words.size(); ++i) {
            XposFeatures(f, i, out.upos_ids[i], i > 0 ? out.upos_ids[i - 1] : kNoTag, &out.keys);
            out.scores.resize(m.xpos_labels.size());
            model.ScoreKeys(out.keys, out.scores.data());
            correct +=
                m.xpos_labels[Argmax(out.scores.data(), m.xpos_labels.size())] == s.words[i].xpos;
            ++total;
          }
        }
        return total ? static_cast<double>(correct) / total : 0.0;
      },
      loop);
  m.lemmatizer.Train(train, m.upos_labels, options.seed);
  return tagger;
}

std::string Tagger::Serialize(const std::vector<std::pair<std::string, std::string>>& meta) const {
  const Impl& m = *impl_;
  ModelWriter w(kKind);
  SaveLabels(m.upos_labels, "labels.upos", &w);
  SaveLabels(m.xpos_labels, "labels.xpos", &w);
  m.lexicon.Save("lexicon.tags", &w);
  if (m.use_clusters) m.clusters.Save("clusters", &w);
  m.upos.Save("upos", &w);
  if (m.upos2.num_rows() > 0) m.upos2.Save("upos2", &w);
  m.xpos.Save("xpos", &w);
  m.lemmatizer.Save(&w);
  for (const auto& [k, v] : meta) w.AddMeta(k, v);
  return w.Serialize();
}

Status Tagger::Save(const std::string& path,
                    const std::vector<std::pair<std::string, std::string>>& meta) const {
  return WriteFileAtomically(path, Serialize(meta));
}

Result<Tagger> Tagger::Load(const std::string& path) {
  Result<ModelFile> file = ModelFile::Load(path, kKind);
  if (!file.ok()) return file.status();
  return FromModelFile(*file);
}

Result<Tagger> Tagger::FromModelFile(const ModelFile& file) {
  if (file.kind() != kKind) return file.Error("is a " + file.kind() + " model, expected tagger");
  Tagger tagger;
  Impl& m = *tagger.impl_;
  if (Status s = LoadLabels(file, "labels.upos", &m.upos_labels); !s.ok()) return s;
  if (Status s = LoadLabels(file, "labels.xpos", &m.xpos_labels); !s.ok()) return s;
  if (m.upos_labels.size() > kMaxLexiconTags) {
    return file.Error("section 'labels.upos': more than " + std::to_string(kMaxLexiconTags) +
                      " tags");
  }
  if (Status s = m.lexicon.Load(file, "lexicon.tags"); !s.ok()) return s;
  // Models trained without clusters have no such section and keep their features.
  if (file.Has("clusters")) {
    if (Status s = m.clusters.Load(file, "clusters"); !s.ok()) return s;
    m.use_clusters = true;
  }
  if (Status s = m.upos.Load(file, "upos"); !s.ok()) return s;
  if (Status s = m.xpos.Load(file, "xpos"); !s.ok()) return s;
  if (file.Has("upos2.rows")) {
    if (Status s = m.upos2.Load(file, "upos2"); !s.ok()) return s;
    if (m.upos2.num_classes() != m.upos_labels.size()) {
      return file.Error("class counts of the models do not match their label lists");
    }
  }
  if (m.upos.num_classes() != m.upos_labels.size() ||
      m.xpos.num_classes() != m.xpos_labels.size()) {
    return file.Error("class counts of the models do not match their label lists");
  }
  if (Status s = m.lemmatizer.Load(file, static_cast<uint32_t>(m.upos_labels.size())); !s.ok()) {
    return s;
  }
  return tagger;
}

TaggerScores EvaluateTagger(const Tagger& tagger, const std::vector<ConlluSentence>& gold) {
  TaggerScores scores;
  TaggedSentence out;
  std::vector<std::string_view> words;
  for (const ConlluSentence& s : gold) {
    words.clear();
    for (const ConlluWord& w : s.words) words.push_back(w.form);
    tagger.Tag(words, &out);
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ConlluWord& w = s.words[i];
      const bool upos = out.upos[i] == w.upos;
      const bool xpos = out.xpos[i] == w.xpos;
      const bool lemma = out.lemmas[i] == w.lemma;
      ++scores.words;
      scores.upos_correct += upos;
      scores.xpos_correct += xpos;
      scores.lemma_correct += lemma;
      scores.upos_xpos_lemma_correct += upos && xpos && lemma;
    }
  }
  return scores;
}

}  // namespace corroborate::nlp
