// Lemmatiser; see lemmatizer.h.
#include "nlp/lemmatizer.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/utf8.h"
#include "nlp/feature_key.h"
#include "nlp/train_util.h"

namespace corroborate::nlp {
namespace {

constexpr uint32_t kMaxScripts = 65535;
// Scripts seen fewer times are irregular forms: the lexicon keeps them, the classifier not.
constexpr uint32_t kMinClassifierScriptCount = 2;
constexpr int kClassifierEpochs = 4;

enum Template : uint32_t {
  kLexicon = 100,
  kBias,
  kUpos,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kSuffix5,
  kShape,
  kLength,
};

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string AsciiLowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool HasAsciiUpper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Features of (form, UPOS) for the script classifier; every one is conjoined with the UPOS.
void ClassifierKeys(std::string_view form, uint32_t upos, std::vector<uint64_t>* keys) {
  const std::string lower = AsciiLowercase(form);
  const uint64_t cap = form.empty() ? 0
                                    : (form[0] >= 'A' && form[0] <= 'Z' ? 1 : 0) +
                                          (HasAsciiUpper(form.substr(1)) ? 2 : 0);
  keys->clear();
  keys->push_back(FeatureKey(kBias, uint64_t{0}));
  keys->push_back(FeatureKey(kUpos, upos, cap));
  keys->push_back(FeatureKey(kSuffix1, utf8::LastCodepoints(lower, 1), upos));
  keys->push_back(FeatureKey(kSuffix2, utf8::LastCodepoints(lower, 2), upos));
  keys->push_back(FeatureKey(kSuffix3, utf8::LastCodepoints(lower, 3), upos));
  keys->push_back(FeatureKey(kSuffix4, utf8::LastCodepoints(lower, 4), upos));
  keys->push_back(FeatureKey(kSuffix5, utf8::LastCodepoints(lower, 5), upos));
  keys->push_back(FeatureKey(kLength, std::min<uint64_t>(lower.size(), 8), upos));
}

uint64_t LexiconKey(std::string_view form, uint32_t upos) {
  return FeatureKey(kLexicon, form, upos);
}

}  // namespace

EditScript ScriptFor(std::string_view form, std::string_view lemma) {
  EditScript s;
  std::string base(form);
  // Lowercase when the lemma has no capitals the form has ("The" -> "the"); capitalise when
  // only the lemma starts with a capital ("kerala" -> "Kerala"); keep otherwise.
  if (HasAsciiUpper(form) && !HasAsciiUpper(lemma)) {
    s.casing = EditScript::kLower;
    base = AsciiLowercase(form);
  } else if (!form.empty() && !lemma.empty() && form[0] >= 'a' && form[0] <= 'z' &&
             lemma[0] == form[0] - 'a' + 'A') {
    s.casing = EditScript::kCapitalize;
    base[0] = lemma[0];
  }
  size_t common = 0;
  while (common < base.size() && common < lemma.size() && base[common] == lemma[common]) {
    ++common;
  }
  while (common > 0 && common < base.size() && IsContinuation(base[common])) --common;
  s.strip = static_cast<uint32_t>(base.size() - common);
  s.append.assign(lemma.substr(common));
  return s;
}

std::string ApplyScript(const EditScript& script, std::string_view form) {
  std::string base = script.casing == EditScript::kLower ? AsciiLowercase(form) : std::string(form);
  if (script.casing == EditScript::kCapitalize && !base.empty() && base[0] >= 'a' &&
      base[0] <= 'z') {
    base[0] = static_cast<char>(base[0] - 'a' + 'A');
  }
  if (script.strip > base.size()) return std::string(form);
  const size_t keep = base.size() - script.strip;
  if (keep < base.size() && IsContinuation(base[keep])) return std::string(form);
  base.resize(keep);
  base += script.append;
  if (base.empty()) return std::string(form);
  return base;
}

void Lemmatizer::Train(const std::vector<ConlluSentence>& sentences,
                       const std::vector<std::string>& upos_labels, uint64_t seed) {
  *this = Lemmatizer();
  num_upos_ = static_cast<uint32_t>(upos_labels.size());
  std::unordered_map<std::string, uint32_t> upos_index;
  for (uint32_t i = 0; i < upos_labels.size(); ++i) upos_index[upos_labels[i]] = i;

  // Script ids in order of first appearance (deterministic); counts per (form, UPOS) script.
  std::map<std::tuple<uint8_t, uint32_t, std::string>, uint32_t> script_ids;
  std::vector<uint32_t> script_counts;
  struct Item {
    std::string form;
    uint32_t upos;
    uint32_t script;
  };
  std::vector<Item> items;
  // Id 0 is the identity, so even an empty training set gives a usable model.
  scripts_.push_back(EditScript());
  script_counts.push_back(0);
  script_ids.emplace(std::make_tuple(uint8_t{0}, 0u, std::string()), 0);
  std::map<std::pair<std::string, uint32_t>, std::map<uint32_t, uint32_t>> pair_scripts;
  for (const ConlluSentence& s : sentences) {
    for (const ConlluWord& w : s.words) {
      auto u = upos_index.find(w.upos);
      if (u == upos_index.end() || w.lemma.empty() || w.lemma == "_") continue;
      EditScript script = ScriptFor(w.form, w.lemma);
      auto key = std::make_tuple(script.casing, script.strip, script.append);
      auto [it, added] = script_ids.emplace(key, static_cast<uint32_t>(scripts_.size()));
      if (added) {
        if (scripts_.size() >= kMaxScripts) continue;
        scripts_.push_back(script);
        script_counts.push_back(0);
      }
      ++script_counts[it->second];
      ++pair_scripts[{w.form, u->second}][it->second];
      items.push_back({w.form, u->second, it->second});
    }
  }
  // Lexicon: the most frequent script of each (form, UPOS); ties to the lower id.
  for (const auto& [pair, counts] : pair_scripts) {
    uint32_t best = 0, best_count = 0;
    for (const auto& [id, count] : counts) {
      if (count > best_count) best = id, best_count = count;
    }
    const uint64_t key = LexiconKey(pair.first, pair.second);
    if (lexicon_index_.Insert(key, static_cast<int32_t>(lexicon_keys_.size())) ==
        static_cast<int32_t>(lexicon_keys_.size())) {
      lexicon_keys_.push_back(key);
      lexicon_scripts_.push_back(static_cast<uint16_t>(best));
    }
  }
  // Classifier over the regular scripts, trained on each (form, UPOS) pair once so frequent
  // irregular words do not dominate what unseen words get.
  AveragedPerceptron perceptron(static_cast<uint32_t>(scripts_.size()));
  std::vector<const Item*> order;
  std::map<std::pair<std::string, uint32_t>, bool> seen;
  for (const Item& item : items) {
    if (script_counts[item.script] < kMinClassifierScriptCount) continue;
    if (seen.emplace(std::make_pair(item.form, item.upos), true).second) order.push_back(&item);
  }
  Rng rng(seed);
  std::vector<uint64_t> keys;
  std::vector<float> scores(scripts_.size());
  for (int epoch = 0; epoch < kClassifierEpochs; ++epoch) {
    Shuffle(&order, &rng);
    for (const Item* item : order) {
      ClassifierKeys(item->form, item->upos, &keys);
      perceptron.Tick();
      perceptron.ScoreKeys(keys, scores.data());
      uint32_t guess = 0;
      for (uint32_t c = 1; c < scores.size(); ++c) {
        if (scores[c] > scores[guess]) guess = c;
      }
      perceptron.Train(keys, item->script, guess);
    }
  }
  classifier_ = perceptron.Average();
}

uint32_t Lemmatizer::ScriptId(std::string_view form, uint32_t upos) const {
  int32_t row = lexicon_index_.Find(LexiconKey(form, upos));
  if (row >= 0) return lexicon_scripts_[row];
  if (scripts_.empty()) return 0;
  thread_local std::vector<uint64_t> keys;
  thread_local std::vector<float> scores_buffer;
  ClassifierKeys(form, upos, &keys);
  scores_buffer.resize(scripts_.size());
  float* scores = scores_buffer.data();
  classifier_.ScoreKeys(keys, scores);
  uint32_t best = 0;
  for (uint32_t c = 1; c < scripts_.size(); ++c) {
    if (scores[c] > scores[best]) best = c;
  }
  return best;
}

std::string Lemmatizer::Lemmatize(std::string_view form, uint32_t upos) const {
  if (scripts_.empty()) return std::string(form);
  return ApplyScript(scripts_[ScriptId(form, upos)], form);
}

void Lemmatizer::Save(ModelWriter* writer) const {
  ByteWriter w;
  w.U32(static_cast<uint32_t>(scripts_.size()));
  for (const EditScript& s : scripts_) {
    w.U8(s.casing);
    w.U32(s.strip);
    w.String(s.append);
  }
  w.Array(lexicon_keys_);
  w.Array(lexicon_scripts_);
  writer->AddSection("lemma.lexicon", std::move(w.bytes()));
  classifier_.Save("lemma", writer);
}

Status Lemmatizer::Load(const ModelFile& file, uint32_t num_upos) {
  *this = Lemmatizer();
  num_upos_ = num_upos;
  ByteReader r = file.Reader("lemma.lexicon");
  uint32_t n = 0;
  r.U32(&n);
  if (r.ok() && n > kMaxScripts) r.Fail("too many edit scripts");
  for (uint32_t i = 0; i < n && r.ok(); ++i) {
    EditScript s;
    r.U8(&s.casing);
    r.U32(&s.strip);
    r.String(&s.append, 1024);
    if (r.ok() && s.casing > EditScript::kCapitalize) r.Fail("bad edit script");
    scripts_.push_back(std::move(s));
  }
  r.Array(&lexicon_keys_, uint64_t{1} << 26);
  r.Array(&lexicon_scripts_, uint64_t{1} << 26);
  if (r.ok() && !r.AtEnd()) r.Fail("unexpected bytes at the end");
  if (r.ok() && lexicon_keys_.size() != lexicon_scripts_.size()) {
    r.Fail("keys and scripts differ in number");
  }
  for (size_t i = 0; r.ok() && i < lexicon_keys_.size(); ++i) {
    if (lexicon_scripts_[i] >= scripts_.size()) r.Fail("edit script index out of range");
    if (lexicon_keys_[i] == 0 || lexicon_index_.Insert(lexicon_keys_[i], static_cast<int32_t>(i)) !=
                                     static_cast<int32_t>(i)) {
      r.Fail("duplicate or zero keys");
    }
  }
  if (!r.ok()) {
    *this = Lemmatizer();
    return file.Error(r.error());
  }
  if (Status s = classifier_.Load(file, "lemma"); !s.ok()) {
    *this = Lemmatizer();
    return s;
  }
  if (classifier_.num_classes() != scripts_.size()) {
    *this = Lemmatizer();
    return file.Error("section 'lemma.rows': " + std::to_string(classifier_.num_classes()) +
                      " classes for " + std::to_string(n) + " edit scripts");
  }
  return Status::Ok();
}

}  // namespace corroborate::nlp
