// Entity recogniser: loading, saving, decoding and scoring; see ner.h. Training is in
// ner_train.cc.
#include "nlp/ner.h"

#include <ctime>
#include <utility>

#include "nlp/ner_model.h"
#include "nlp/tagger.h"

namespace corroborate::nlp {

namespace {

constexpr std::string_view kNorp = "NORP";
constexpr uint32_t kMaxTypes = 64;

// Words [begin, end) the gazetteer marks as one demonym, capitalised and tagged O.
void AddNorpSpans(std::span<const std::string_view> words, const NerSentenceFeatures& f,
                  std::span<const uint16_t> tags, uint16_t norp_type,
                  std::vector<EntitySpan>* entities) {
  const uint16_t unit = GazetteerMarkBit(GazetteerKind::kDemonym, 3);
  const uint16_t first = GazetteerMarkBit(GazetteerKind::kDemonym, 0);
  const uint16_t last = GazetteerMarkBit(GazetteerKind::kDemonym, 2);
  std::vector<EntitySpan> norp;
  for (size_t i = 0; i < words.size(); ++i) {
    size_t end = 0;
    if (f.gazetteer[i] & unit) {
      end = i + 1;
    } else if (f.gazetteer[i] & first) {
      for (size_t j = i + 1; j < words.size(); ++j) {
        if (f.gazetteer[j] & last) {
          end = j + 1;
          break;
        }
      }
    }
    if (end == 0 || !StartsWithCapital(words[i])) continue;
    bool outside = true;
    for (size_t j = i; j < end; ++j) outside &= tags[j] == kOutsideTag;
    if (!outside) continue;
    norp.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end), norp_type});
    i = end - 1;
  }
  if (norp.empty()) return;
  // Merge in word order (the spans are disjoint).
  std::vector<EntitySpan> merged;
  merged.reserve(entities->size() + norp.size());
  size_t a = 0, b = 0;
  while (a < entities->size() || b < norp.size()) {
    if (b == norp.size() || (a < entities->size() && (*entities)[a].begin < norp[b].begin)) {
      merged.push_back((*entities)[a++]);
    } else {
      merged.push_back(norp[b++]);
    }
  }
  *entities = std::move(merged);
}

}  // namespace

void EntityRecognizer::Impl::Decode(const LinearModel& weights,
                                    std::span<const std::string_view> words,
                                    std::span<const std::string_view> upos,
                                    std::span<const std::string_view> xpos,
                                    NerDocumentMemory* memory, RecognizedSentence* out) const {
  const size_t n = words.size();
  if (!uses_pos || upos.size() != n || xpos.size() != n) upos = xpos = {};
  ExtractNerFeatures(words, upos, xpos, resources(), memory, &out->features);
  const uint32_t num_tags = NumBilouTags(learnt_types);
  out->tags.resize(n);
  out->scores.resize(num_tags);
  uint16_t prev1 = kNoPreviousTag, prev2 = kNoPreviousTag;
  for (size_t i = 0; i < n; ++i) {
    AddNerTagFeatures(out->features, i, prev1, prev2, &out->keys);
    weights.ScoreKeys(out->keys, out->scores.data());
    const bool last = i + 1 == n;
    uint16_t best = kOutsideTag;
    float best_score = 0;
    bool found = false;
    for (uint16_t t = 0; t < num_tags; ++t) {
      if (!AllowedAfter(prev1, t, last)) continue;
      if (!found || out->scores[t] > best_score) {
        best = t;
        best_score = out->scores[t];
        found = true;
      }
    }
    out->tags[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
  TagsToSpans(out->tags, &out->entities);
  if (memory != nullptr) memory->Remember(out->features.normalized, words, out->tags);
  if (norp) {
    AddNorpSpans(words, out->features, out->tags, static_cast<uint16_t>(learnt_types),
                 &out->entities);
  }
}

TagLexicon BuildCasingLexicon(const std::vector<std::vector<std::string>>& sentences,
                              uint32_t min_count) {
  TagLexicon lexicon;
  for (const std::vector<std::string>& sentence : sentences) {
    for (size_t i = 0; i < sentence.size(); ++i) {
      lexicon.Add(NormalizeWord(sentence[i]), 0, i == 0 ? -1 : StartsWithCapital(sentence[i]));
    }
  }
  lexicon.Finish(min_count);
  return lexicon;
}

EntityRecognizer::EntityRecognizer() = default;
EntityRecognizer::~EntityRecognizer() = default;
EntityRecognizer::EntityRecognizer(EntityRecognizer&&) noexcept = default;
EntityRecognizer& EntityRecognizer::operator=(EntityRecognizer&&) noexcept = default;

EntityRecognizer EntityRecognizer::FromImpl(std::unique_ptr<Impl> impl) {
  EntityRecognizer r;
  r.impl_ = std::move(impl);
  return r;
}

Result<EntityRecognizer> EntityRecognizer::Load(const std::string& path) {
  Result<ModelFile> file = ModelFile::Load(path, "ner");
  if (!file.ok()) return file.status();
  return FromModelFile(*file);
}

Result<EntityRecognizer> EntityRecognizer::FromModelFile(const ModelFile& file) {
  if (file.kind() != "ner") {
    return file.Error("is a " + file.kind() + " model, expected ner");
  }
  auto impl = std::make_unique<Impl>();
  ByteReader r = file.Reader("ner.config");
  uint32_t version = 0, flags = 0, learnt = 0;
  r.U32(&version);
  r.U32(&flags);
  r.U32(&learnt);
  if (r.ok() && version != kNerFeatureVersion) {
    r.Fail("feature version " + std::to_string(version) + " (this build reads " +
           std::to_string(kNerFeatureVersion) + "; retrain with `corroborate train ner`)");
  }
  if (r.ok() && (learnt == 0 || learnt > kMaxTypes)) r.Fail("bad number of entity types");
  if (r.ok() && (flags & ~(kNerUsesPos | kNerNorp | kNerCues | kNerClusters)) != 0) {
    r.Fail("unknown flags");
  }
  impl->learnt_types = learnt;
  impl->uses_pos = (flags & kNerUsesPos) != 0;
  impl->norp = (flags & kNerNorp) != 0;
  impl->use_cues = (flags & kNerCues) != 0;
  impl->use_clusters = (flags & kNerClusters) != 0;
  const uint32_t names = learnt + (impl->norp ? 1 : 0);
  for (uint32_t i = 0; r.ok() && i < names; ++i) {
    std::string name;
    if (r.String(&name, 64)) impl->types.push_back(std::move(name));
  }
  if (r.ok() && !r.AtEnd()) r.Fail("unexpected bytes at the end");
  if (!r.ok()) return file.Error(r.error());
  if (Status s = impl->model.Load(file, "ner"); !s.ok()) return s;
  if (impl->model.num_classes() != NumBilouTags(learnt)) {
    return file.Error("section 'ner.weights': " + std::to_string(impl->model.num_classes()) +
                      " classes for " + std::to_string(learnt) + " entity types");
  }
  if (Status s = impl->gazetteer.Load(file, "gaz"); !s.ok()) return s;
  if (Status s = impl->casing.Load(file, "casing"); !s.ok()) return s;
  if (impl->use_cues) {
    if (Status s = impl->cues.Load(file, "cues"); !s.ok()) return s;
  }
  if (impl->use_clusters) {
    if (Status s = impl->clusters.Load(file, "clusters"); !s.ok()) return s;
  }
  return FromImpl(std::move(impl));
}

std::string EntityRecognizer::Serialize(
    const std::vector<std::pair<std::string, std::string>>& meta) const {
  ModelWriter writer("ner");
  ByteWriter config;
  config.U32(kNerFeatureVersion);
  config.U32((impl_->uses_pos ? kNerUsesPos : 0) | (impl_->norp ? kNerNorp : 0) |
             (impl_->use_cues ? kNerCues : 0) | (impl_->use_clusters ? kNerClusters : 0));
  config.U32(impl_->learnt_types);
  for (const std::string& type : impl_->types) config.String(type);
  writer.AddSection("ner.config", std::move(config.bytes()));
  impl_->model.Save("ner", &writer);
  impl_->gazetteer.Save("gaz", &writer);
  impl_->casing.Save("casing", &writer);
  if (impl_->use_cues) impl_->cues.Save("cues", &writer);
  if (impl_->use_clusters) impl_->clusters.Save("clusters", &writer);
  for (const auto& [key, value] : meta) writer.AddMeta(key, value);
  return writer.Serialize();
}

Status EntityRecognizer::Save(const std::string& path,
                              const std::vector<std::pair<std::string, std::string>>& meta) const {
  return WriteFileAtomically(path, Serialize(meta));
}

void EntityRecognizer::Recognize(std::span<const std::string_view> words,
                                 std::span<const std::string_view> upos,
                                 std::span<const std::string_view> xpos, NerDocumentMemory* memory,
                                 RecognizedSentence* out) const {
  impl_->Decode(impl_->model, words, upos, xpos, memory, out);
}

void EntityRecognizer::Recognize(std::span<const std::string_view> words,
                                 const TaggedSentence& tags, NerDocumentMemory* memory,
                                 RecognizedSentence* out) const {
  impl_->Decode(impl_->model, words, tags.upos, tags.xpos, memory, out);
}

const std::vector<std::string>& EntityRecognizer::types() const { return impl_->types; }
bool EntityRecognizer::uses_pos() const { return impl_->uses_pos; }
size_t EntityRecognizer::num_features() const { return impl_->model.num_rows(); }
size_t EntityRecognizer::num_weights() const { return impl_->model.num_weights(); }
size_t EntityRecognizer::num_gazetteer_names() const { return impl_->gazetteer.num_names(); }

void CountEntityMatches(std::span<const EntitySpan> gold, std::span<const EntitySpan> predicted,
                        const std::vector<std::string>& predicted_types, NerScores* scores) {
  auto corpus_type = [&](uint16_t type) -> int {
    if (type >= predicted_types.size()) return -1;
    for (size_t t = 0; t < scores->types.size(); ++t) {
      if (scores->types[t].type == predicted_types[type]) return static_cast<int>(t);
    }
    return -1;
  };
  for (const EntitySpan& g : gold) {
    if (g.type < scores->types.size()) ++scores->types[g.type].gold;
  }
  for (const EntitySpan& p : predicted) {
    const int t = corpus_type(p.type);
    if (t < 0) continue;
    ++scores->types[t].predicted;
    for (const EntitySpan& g : gold) {
      if (g.begin == p.begin && g.end == p.end && g.type == t) {
        ++scores->types[t].correct;
        break;
      }
    }
  }
}

void SumEntityScores(NerScores* scores) {
  scores->overall = NerTypeScores{"overall"};
  for (const NerTypeScores& t : scores->types) {
    scores->overall.gold += t.gold;
    scores->overall.predicted += t.predicted;
    scores->overall.correct += t.correct;
  }
}

NerScores EvaluateNer(const EntityRecognizer& recognizer, const std::vector<NerSentence>& gold,
                      const Tagger* tagger) {
  NerScores scores;
  for (const std::string& type : NerCorpusTypes()) scores.types.push_back({type});
  TaggedSentence tags;
  RecognizedSentence out;
  NerDocumentMemory memory;
  std::vector<std::string_view> words;
  const bool tag = tagger != nullptr && recognizer.uses_pos();
  const std::clock_t start = std::clock();
  for (const NerSentence& s : gold) {
    words.assign(s.words.begin(), s.words.end());
    if (s.doc_start) memory.Clear();
    if (tag) {
      tagger->Tag(words, &tags);
      recognizer.Recognize(words, tags, &memory, &out);
    } else {
      recognizer.Recognize(words, {}, {}, &memory, &out);
    }
    CountEntityMatches(s.entities, out.entities, recognizer.types(), &scores);
    ++scores.sentences;
    scores.words += words.size();
  }
  scores.seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  SumEntityScores(&scores);
  return scores;
}

}  // namespace corroborate::nlp
