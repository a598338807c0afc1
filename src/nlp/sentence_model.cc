// Sentence-boundary classifier; see sentence_model.h.
#include "nlp/sentence_model.h"

#include <algorithm>
#include <cstdio>
#include <span>

#include "nlp/feature_key.h"
#include "nlp/train_util.h"

namespace corroborate::nlp {
namespace {

constexpr std::string_view kKind = "sentences";
constexpr uint32_t kContinue = 0, kStart = 1;
constexpr uint64_t kMaxAbbreviations = 1 << 22;

// What a token is, as far as sentence ends go.
enum TokenClass : uint8_t {
  kNone = 0,  // outside the line
  kUpperWord,
  kLowerWord,
  kOtherWord,  // starts with a non-ASCII letter or a symbol
  kNumber,
  kAbbrevDot,  // a word with its final period ("Mr.", "U.S.", "J.")
  kStop,       // "."
  kStopRun,    // "?", "!", "?!"
  kEllipsis,   // "...", "…"
  kComma,
  kColon,   // ":" ";"
  kOpener,  // ( [ { “ ‘ «
  kCloser,  // ) ] } ” ’ »
  kQuote,   // " ' (either way)
  kDash,    // - -- — –
  kOtherPunct,
  kNumClasses
};

bool IsOneOf(std::string_view t, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (t == s) return true;
  }
  return false;
}

TokenClass Classify(std::string_view t) {
  if (t.empty()) return kOtherPunct;
  const unsigned char c = static_cast<unsigned char>(t[0]);
  if (c >= 'A' && c <= 'Z') return t.size() > 1 && t.back() == '.' ? kAbbrevDot : kUpperWord;
  if (c >= 'a' && c <= 'z') return t.size() > 1 && t.back() == '.' ? kAbbrevDot : kLowerWord;
  if (c >= '0' && c <= '9') return kNumber;
  if (t == ".") return kStop;
  if (t.find_first_not_of("!?") == std::string_view::npos) return kStopRun;
  if (t.find_first_not_of('.') == std::string_view::npos || t == "\u2026") return kEllipsis;
  if (t == ",") return kComma;
  if (t == ":" || t == ";") return kColon;
  if (IsOneOf(t, {"(", "[", "{", "\u201C", "\u2018", "\u00AB", "\u2039"})) return kOpener;
  if (IsOneOf(t, {")", "]", "}", "\u201D", "\u2019", "\u00BB", "\u203A"})) return kCloser;
  if (t == "\"" || t == "'" || t == "`" || t == "``" || t == "''") return kQuote;
  if (t.find_first_not_of('-') == std::string_view::npos || t == "\u2014" || t == "\u2013") {
    return kDash;
  }
  // A non-ASCII letter or symbol (the punctuation that matters is matched above).
  return c >= 0x80 ? kOtherWord : kOtherPunct;
}

bool IsWord(uint8_t cls) { return cls == kUpperWord || cls == kLowerWord || cls == kOtherWord; }

uint64_t LowerHash(std::string_view t) {
  using namespace feature_key_detail;
  uint64_t h = kFnvOffset;
  for (char ch : t) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    h = (h ^ c) * kFnvPrime;
  }
  return h;
}

// "Xxxx" -> "Xx", "U.S." -> "X.X.", "2019" -> "d", "'s" -> "'x"; runs collapsed, at most 8.
uint64_t ShapeHash(std::string_view t) {
  using namespace feature_key_detail;
  uint64_t h = kFnvOffset;
  char last = 0;
  int n = 0;
  for (size_t i = 0; i < t.size() && n < 8; ++i) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    char s;
    if (c >= 'A' && c <= 'Z') {
      s = 'X';
    } else if (c >= 'a' && c <= 'z') {
      s = 'x';
    } else if (c >= '0' && c <= '9') {
      s = 'd';
    } else if (c >= 0x80) {
      s = c >= 0xC0 ? 'u' : last;  // continuation bytes add nothing
    } else {
      s = static_cast<char>(c);
    }
    if (s == last) continue;
    last = s;
    h = (h ^ static_cast<unsigned char>(s)) * kFnvPrime;
    ++n;
  }
  return h;
}

// The word a period sits on: "Mr." itself, or "etc" before a separate ".".
size_t WordBeforePeriod(const SentenceLine& line, std::span<const SentenceScratch::TokenInfo> info,
                        size_t p, uint64_t* hash) {
  if (info[p].cls == kAbbrevDot) {
    std::string_view t = line.tokens[p];
    *hash = LowerHash(t.substr(0, t.size() - 1));
    return p;
  }
  if (info[p].cls == kStop && p > 0 && IsWord(info[p - 1].cls) && !line.space_before[p]) {
    *hash = info[p - 1].lower;
    return p - 1;
  }
  return SIZE_MAX;
}

uint8_t LengthBucket(size_t n) {
  if (n <= 4) return static_cast<uint8_t>(n);
  if (n <= 7) return 5;
  if (n <= 12) return 6;
  if (n <= 20) return 7;
  if (n <= 35) return 8;
  return 9;
}

uint8_t AbbreviationBucket(uint32_t ends, uint32_t total) {
  const double r = static_cast<double>(ends) / total;
  return r < 0.1 ? 1 : r < 0.5 ? 2 : r < 0.9 ? 3 : 4;
}

// Feature templates (ids are stored in model files through the keys: never renumber).
enum Template : uint32_t {
  kBias = 1,
  kRule,
  kRuleClasses,
  kLowerPrev,
  kLowerNext,
  kLowerPair,
  kLowerPrev2,
  kLowerNext2,
  kLowerPrev2Pair,
  kShapeAt,  // + offset in the number
  kShapePair,
  kClassWindow,
  kClassPair,
  kNextWordClass,
  kPrevNonCloser,
  kSpace,
  kSinceStart,
  kToEnd,
  kRuleSinceStart,
  kAbbreviation,
  kOpenBracketQuote,
  kLowerPrevNextClass,
  kLowerStopWordNextClass,
  kRuleSpaceNext,
  kKnownAbbreviation,
  kNextWordCased,
  kNextPair,
  kPrevClassNextWordCased,
};

struct GapState {
  size_t since_start = 0;  // tokens since the last sentence start
  int brackets = 0;        // open brackets before the gap
  bool in_quote = false;   // an odd number of straight / unmatched curly quotes before it
};

void GapFeatures(const SentenceLine& line, std::span<const SentenceScratch::TokenInfo> info,
                 size_t i, const GapState& state, std::vector<uint64_t>* keys) {
  keys->clear();
  const size_t n = info.size();
  auto cls = [&](ptrdiff_t j) -> uint64_t {
    return j >= 0 && static_cast<size_t>(j) < n ? info[static_cast<size_t>(j)].cls
                                                : uint64_t{kNone};
  };
  auto lower = [&](ptrdiff_t j) -> uint64_t {
    return j >= 0 && static_cast<size_t>(j) < n ? info[static_cast<size_t>(j)].lower : 0;
  };
  auto shape = [&](ptrdiff_t j) -> uint64_t {
    return j >= 0 && static_cast<size_t>(j) < n ? info[static_cast<size_t>(j)].shape : 0;
  };
  const ptrdiff_t k = static_cast<ptrdiff_t>(i);
  const uint64_t rule = line.rule_start[i];
  keys->push_back(FeatureKey(kBias, 0));
  keys->push_back(FeatureKey(kRule, rule));
  keys->push_back(FeatureKey(kRuleClasses, rule, cls(k - 1) << 8 | cls(k)));
  keys->push_back(FeatureKey(kLowerPrev, lower(k - 1)));
  keys->push_back(FeatureKey(kLowerNext, lower(k)));
  keys->push_back(FeatureKey(kLowerPair, lower(k - 1), lower(k)));
  keys->push_back(FeatureKey(kLowerPrev2, lower(k - 2)));
  keys->push_back(FeatureKey(kLowerNext2, lower(k + 1)));
  keys->push_back(FeatureKey(kLowerPrev2Pair, lower(k - 2), lower(k - 1)));
  for (ptrdiff_t d = -3; d <= 2; ++d) {
    keys->push_back(FeatureKey(kShapeAt + static_cast<uint32_t>(100 * (d + 3)), shape(k + d)));
  }
  keys->push_back(FeatureKey(kShapePair, shape(k - 1), shape(k)));
  uint64_t window = 0;
  for (ptrdiff_t d = -3; d <= 2; ++d) window = window << 5 | cls(k + d);
  keys->push_back(FeatureKey(kClassWindow, window));
  keys->push_back(FeatureKey(kClassPair, cls(k - 1), cls(k)));
  // The next word, past opening quotes and brackets, and whether any came first.
  size_t w = i;
  while (w < n && w < i + 3 && (info[w].cls == kOpener || info[w].cls == kQuote)) ++w;
  const uint64_t next_word =
      (w < n ? uint64_t{info[w].cls} : uint64_t{kNone}) | (w > i ? 0x100 : 0);
  keys->push_back(FeatureKey(kNextWordClass, next_word));
  // The token ending the sentence before the gap, past closing quotes and brackets.
  size_t p = i - 1;
  while (p > 0 && p + 3 > i && (info[p].cls == kCloser || info[p].cls == kQuote)) --p;
  keys->push_back(FeatureKey(kPrevNonCloser, info[p].cls, std::min<size_t>(i - 1 - p, 2)));
  keys->push_back(FeatureKey(kSpace, line.space_before[i], cls(k - 1)));
  const uint64_t since = LengthBucket(state.since_start);
  keys->push_back(FeatureKey(kSinceStart, since));
  keys->push_back(FeatureKey(kToEnd, LengthBucket(n - i)));
  keys->push_back(FeatureKey(kRuleSinceStart, rule, since));
  keys->push_back(FeatureKey(kAbbreviation, info[p].abbrev, next_word));
  keys->push_back(FeatureKey(kOpenBracketQuote, state.brackets > 0, state.in_quote));
  keys->push_back(FeatureKey(kLowerPrevNextClass, lower(k - 1), next_word));
  keys->push_back(FeatureKey(kLowerStopWordNextClass, info[p].lower, next_word));
  keys->push_back(FeatureKey(kRuleSpaceNext, rule << 1 | line.space_before[i], next_word));
  keys->push_back(FeatureKey(kNextWordCased, lower(k), cls(k)));
  keys->push_back(FeatureKey(kNextPair, lower(k), lower(k + 1)));
  keys->push_back(FeatureKey(kPrevClassNextWordCased, info[p].cls, lower(k) << 5 ^ cls(k)));
  if (!line.abbreviation.empty() && line.abbreviation[p] != 0) {
    keys->push_back(FeatureKey(kKnownAbbreviation, line.abbreviation[p], next_word));
  }
}

void Advance(std::span<const SentenceScratch::TokenInfo> info, size_t i, bool start,
             GapState* state) {
  const uint8_t c = info[i].cls;
  if (start) {
    state->since_start = 0;
    state->brackets = 0;
    state->in_quote = false;
  }
  ++state->since_start;
  if (c == kOpener) state->brackets = std::min(state->brackets + 1, 3);
  if (c == kCloser && state->brackets > 0) --state->brackets;
  if (c == kQuote) state->in_quote = !state->in_quote;
}

// Runs the classifier over a line; train (when not null) learns from gold_start as it goes.
template <class Scorer>
void DecideLine(const SentenceLine& line, std::span<const SentenceScratch::TokenInfo> info,
                const Scorer& score, float override_margin, AveragedPerceptron* train,
                std::vector<uint64_t>* keys, std::vector<uint8_t>* starts) {
  const size_t n = info.size();
  starts->assign(n, 0);
  if (n == 0) return;
  (*starts)[0] = 1;
  GapState state;
  Advance(info, 0, true, &state);
  float scores[2];
  for (size_t i = 1; i < n; ++i) {
    GapFeatures(line, info, i, state, keys);
    score(*keys, scores);
    // Overriding the rules takes a margin (none while training).
    const float margin = scores[kStart] - scores[kContinue];
    const bool start = line.rule_start[i] ? margin > -override_margin : margin > override_margin;
    const uint32_t guess = start ? kStart : kContinue;
    if (train != nullptr) {
      train->Tick();
      train->Train(*keys, line.gold_start[i] ? kStart : kContinue, guess);
    }
    (*starts)[i] = guess == kStart;
    Advance(info, i, guess == kStart, &state);
  }
}

}  // namespace

void SentenceModel::Prepare(const SentenceLine& line, SentenceScratch* scratch) const {
  const size_t n = line.tokens.size();
  scratch->info.resize(n);
  for (size_t i = 0; i < n; ++i) {
    SentenceScratch::TokenInfo& t = scratch->info[i];
    t.lower = LowerHash(line.tokens[i]);
    t.shape = ShapeHash(line.tokens[i]);
    t.cls = Classify(line.tokens[i]);
    t.abbrev = 0;
  }
  if (abbreviations_.empty()) return;
  for (size_t i = 0; i < n; ++i) {
    uint64_t h;
    if (WordBeforePeriod(line, scratch->info, i, &h) == SIZE_MAX) continue;
    auto it = abbreviations_.find(h);
    scratch->info[i].abbrev = it == abbreviations_.end() ? 5 : it->second;
  }
}

void SentenceModel::Decide(const SentenceLine& line, SentenceScratch* scratch,
                           std::vector<uint8_t>* starts) const {
  Prepare(line, scratch);
  DecideLine(
      line, scratch->info,
      [this](std::span<const uint64_t> keys, float* s) { model_.ScoreKeys(keys, s); },
      override_margin_, nullptr, &scratch->keys, starts);
}

SentenceGapScores EvaluateSentenceModel(const SentenceModel& model,
                                        const std::vector<SentenceLine>& lines) {
  SentenceGapScores s;
  SentenceScratch scratch;
  std::vector<uint8_t> starts;
  for (const SentenceLine& line : lines) {
    model.Decide(line, &scratch, &starts);
    for (size_t i = 1; i < starts.size(); ++i) {
      s.gold += line.gold_start[i];
      s.predicted += starts[i];
      s.correct += starts[i] && line.gold_start[i];
    }
  }
  return s;
}

Result<SentenceModel> SentenceModel::Train(const std::vector<SentenceLine>& train,
                                           const std::vector<SentenceLine>& dev,
                                           const SentenceTrainOptions& options) {
  if (train.empty()) return Status::InvalidInput("no training lines for the sentence model");
  SentenceModel model;
  // The abbreviation lexicon: how often a period after each word ended a sentence.
  std::unordered_map<uint64_t, std::pair<uint32_t, uint32_t>> counts;  // ends, total
  SentenceScratch scratch;
  for (const SentenceLine& line : train) {
    model.Prepare(line, &scratch);
    for (size_t i = 0; i + 1 < line.tokens.size(); ++i) {
      uint64_t h;
      if (WordBeforePeriod(line, scratch.info, i, &h) == SIZE_MAX) continue;
      auto& c = counts[h];
      c.first += line.gold_start[i + 1];
      ++c.second;
    }
  }
  for (const auto& [h, c] : counts) {
    if (c.second >= options.abbrev_min_count) {
      model.abbreviations_[h] = AbbreviationBucket(c.first, c.second);
    }
  }

  std::vector<SentenceScratch> prepared(train.size());
  for (size_t l = 0; l < train.size(); ++l) model.Prepare(train[l], &prepared[l]);
  AveragedPerceptron perceptron(2);
  std::vector<uint64_t> keys;
  std::vector<uint8_t> starts;
  auto train_epoch = [&](const std::vector<uint32_t>& order,
                         const std::function<void(size_t)>& report) {
    size_t done = 0;
    for (uint32_t index : order) {
      DecideLine(
          train[index], prepared[index].info,
          [&perceptron](std::span<const uint64_t> k, float* s) { perceptron.ScoreKeys(k, s); },
          0.0f, &perceptron, &keys, &starts);
      if (++done % 1024 == 0) report(done);
    }
  };
  EpochLoopOptions loop;
  loop.epochs = options.epochs;
  loop.seed = options.seed;
  loop.quiet = options.quiet;
  loop.name = "sentences";
  LinearModel best;
  RunEpochs(
      loop, train.size(), train_epoch,
      [&] {
        model.model_ = perceptron.Average(options.prune_below);
        return EvaluateSentenceModel(model, dev).f1();
      },
      [&] { best = model.model_; });
  model.model_ = std::move(best);
  // The largest margin for overriding the rules that costs at most options.margin_cost of dev
  // F1: edited text, where the rules are right, then keeps them unless the model is sure.
  double best_f1 = EvaluateSentenceModel(model, dev).f1();
  float chosen = 0;
  for (float margin : {0.25f, 0.5f, 1.0f, 1.5f, 2.0f, 3.0f, 4.0f, 6.0f, 8.0f}) {
    model.override_margin_ = margin;
    const double f1 = EvaluateSentenceModel(model, dev).f1();
    if (f1 > best_f1) best_f1 = f1;
    if (f1 >= best_f1 - options.margin_cost) chosen = margin;
  }
  model.override_margin_ = chosen;
  if (!options.quiet) std::fprintf(stderr, "sentences: override margin %g\n", chosen);
  return model;
}

std::string SentenceModel::Serialize(
    const std::vector<std::pair<std::string, std::string>>& meta) const {
  ModelWriter w{std::string(kKind)};
  model_.Save("boundary", &w);
  std::vector<std::pair<uint64_t, uint8_t>> sorted(abbreviations_.begin(), abbreviations_.end());
  std::sort(sorted.begin(), sorted.end());
  ByteWriter abbrev;
  abbrev.U64(sorted.size());
  for (const auto& [h, bucket] : sorted) {
    abbrev.U64(h);
    abbrev.U8(bucket);
  }
  w.AddSection("abbreviations", std::move(abbrev.bytes()));
  ByteWriter decision;
  decision.F32(override_margin_);
  w.AddSection("decision", std::move(decision.bytes()));
  for (const auto& [k, v] : meta) w.AddMeta(k, v);
  return w.Serialize();
}

Status SentenceModel::Save(const std::string& path,
                           const std::vector<std::pair<std::string, std::string>>& meta) const {
  return WriteFileAtomically(path, Serialize(meta));
}

Result<SentenceModel> SentenceModel::Load(const std::string& path) {
  Result<ModelFile> file = ModelFile::Load(path, kKind);
  if (!file.ok()) return file.status();
  return FromModelFile(*file);
}

Result<SentenceModel> SentenceModel::FromModelFile(const ModelFile& file) {
  if (file.kind() != kKind) {
    return file.Error("is a " + file.kind() + " model, expected sentences");
  }
  SentenceModel model;
  if (Status s = model.model_.Load(file, "boundary"); !s.ok()) return s;
  if (model.model_.num_classes() != 2) {
    return file.Error("section 'boundary.rows': " + std::to_string(model.model_.num_classes()) +
                      " classes, expected 2");
  }
  ByteReader r = file.Reader("abbreviations");
  uint64_t count = 0;
  if (r.U64(&count) && count > kMaxAbbreviations) r.Fail("too many abbreviations");
  for (uint64_t i = 0; r.ok() && i < count; ++i) {
    uint64_t h;
    uint8_t bucket;
    if (r.U64(&h) && r.U8(&bucket)) {
      if (bucket < 1 || bucket > 4) {
        r.Fail("abbreviation bucket " + std::to_string(bucket) + " out of range");
      } else {
        model.abbreviations_[h] = bucket;
      }
    }
  }
  if (r.ok() && !r.AtEnd()) r.Fail("trailing bytes");
  if (!r.ok()) return file.Error(r.error());
  ByteReader d = file.Reader("decision");
  if (d.F32(&model.override_margin_) &&
      (model.override_margin_ < 0 || model.override_margin_ > 1e6f)) {
    d.Fail("override margin out of range");
  }
  if (d.ok() && !d.AtEnd()) d.Fail("trailing bytes");
  if (!d.ok()) return file.Error(d.error());
  return model;
}

}  // namespace corroborate::nlp
