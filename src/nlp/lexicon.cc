// The word-sense lexicon; see lexicon.h.
#include "nlp/lexicon.h"

#include <algorithm>
#include <string>

#include "core/strings.h"
#include "nlp/feature_key.h"

namespace corroborate::nlp {
namespace {

constexpr uint32_t kKeyTemplate = 0x4C58434E;  // "LXCN": keeps word keys apart from others
// Far above WordNet (~150k lemmas, ~120k synsets), so a damaged count is refused before
// anything is allocated.
constexpr uint64_t kMaxEntries = 1ull << 24;

// WordNet's regular inflection detachments (the "morphy" rules of its documentation), nouns
// then verbs (the adjective ones, -er/-est, are left out: "leader" is not "lead"): suffix and
// what replaces it.
constexpr std::pair<std::string_view, std::string_view> kDetachments[] = {
    {"ses", "s"},   {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
    {"men", "man"}, {"ies", "y"}, {"s", ""},    {"es", "e"},    {"es", ""},
    {"ed", "e"},    {"ed", ""},   {"ing", "e"}, {"ing", ""}};

}  // namespace

uint64_t LexiconKeyHash(std::string_view word) { return FeatureKey(kKeyTemplate, word); }

void Lexicon::Add(std::string_view word, const std::vector<uint32_t>& concepts) {
  if (word.empty() || concepts.empty()) return;
  pending_.push_back({LexiconKeyHash(word), concepts});
}

void Lexicon::Finish(size_t max_concepts) {
  // Stable: a word added twice keeps its lists in the order they were added.
  std::stable_sort(pending_.begin(), pending_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  keys_.clear();
  begin_.assign(1, 0);
  concepts_.clear();
  for (size_t i = 0; i < pending_.size();) {
    size_t j = i;
    std::vector<uint32_t> merged;
    for (; j < pending_.size() && pending_[j].first == pending_[i].first; ++j) {
      for (uint32_t c : pending_[j].second) {
        if (merged.size() >= max_concepts) break;
        if (std::find(merged.begin(), merged.end(), c) == merged.end()) merged.push_back(c);
      }
    }
    keys_.push_back(pending_[i].first);
    for (uint32_t c : merged) {
      concepts_.push_back(c);
      num_concepts_ = std::max(num_concepts_, c + 1);
    }
    begin_.push_back(static_cast<uint32_t>(concepts_.size()));
    i = j;
  }
  pending_.clear();
  pending_.shrink_to_fit();
}

std::span<const uint32_t> Lexicon::Find(std::string_view word) const {
  if (word.empty() || keys_.empty()) return {};
  const uint64_t h = LexiconKeyHash(word);
  auto it = std::lower_bound(keys_.begin(), keys_.end(), h);
  if (it == keys_.end() || *it != h) return {};
  const size_t k = static_cast<size_t>(it - keys_.begin());
  return std::span<const uint32_t>(concepts_).subspan(begin_[k], begin_[k + 1] - begin_[k]);
}

std::span<const uint32_t> Lexicon::Concepts(std::string_view word,
                                            std::string_view particle) const {
  std::string key(word);
  if (!particle.empty()) key.append(" ").append(particle);
  std::span<const uint32_t> found = Find(key);
  if (!found.empty()) return found;
  std::string base;
  for (const auto& [suffix, replacement] : kDetachments) {
    if (word.size() <= suffix.size() + 2 || !EndsWith(word, suffix)) continue;
    base.assign(word.substr(0, word.size() - suffix.size()));
    base += replacement;
    // "stepped" -> "stepp" -> "step": a consonant doubled before -ed/-ing ("added" finds
    // "add" first).
    const size_t n = base.size();
    const bool doubled = replacement.empty() && (suffix == "ed" || suffix == "ing") && n >= 3 &&
                         base[n - 1] == base[n - 2] &&
                         std::string_view("aeiouslz").find(base[n - 1]) == std::string_view::npos;
    std::string single = doubled ? base.substr(0, n - 1) : std::string();
    if (!particle.empty()) {
      base.append(" ").append(particle);
      if (doubled) single.append(" ").append(particle);
    }
    found = Find(base);
    if (found.empty() && doubled) found = Find(single);
    if (!found.empty()) return found;
  }
  return {};
}

std::string Lexicon::Serialize(const std::vector<std::pair<std::string, std::string>>& meta) const {
  ModelWriter writer(kLexiconKind);
  auto add = [&](const char* name, const auto& values) {
    ByteWriter w;
    w.Array(values);
    writer.AddSection(name, std::move(w.bytes()));
  };
  add("lexicon.keys", keys_);
  add("lexicon.begin", begin_);
  add("lexicon.concepts", concepts_);
  writer.AddMeta("concepts", std::to_string(num_concepts_));
  for (const auto& [key, value] : meta) writer.AddMeta(key, value);
  return writer.Serialize();
}

Status Lexicon::Save(const std::string& path,
                     const std::vector<std::pair<std::string, std::string>>& meta) const {
  return WriteFileAtomically(path, Serialize(meta));
}

Result<Lexicon> Lexicon::Load(const std::string& path) {
  Result<ModelFile> file = ModelFile::Load(path, kLexiconKind);
  if (!file.ok()) return file.status();
  return FromModelFile(*file);
}

Result<Lexicon> Lexicon::FromModelFile(const ModelFile& file) {
  if (file.kind() != kLexiconKind) {
    return file.Error("is a '" + file.kind() + "' model, not a lexicon");
  }
  Lexicon t;
  auto read = [&](const char* name, auto* values) -> Status {
    ByteReader r = file.Reader(name);
    r.Array(values, kMaxEntries);
    if (r.ok() && !r.AtEnd()) r.Fail("trailing bytes");
    return r.ok() ? Status::Ok() : file.Error(r.error());
  };
  if (Status s = read("lexicon.keys", &t.keys_); !s.ok()) return s;
  if (Status s = read("lexicon.begin", &t.begin_); !s.ok()) return s;
  if (Status s = read("lexicon.concepts", &t.concepts_); !s.ok()) return s;
  const std::string count = file.Meta("concepts");
  if (count.empty() || count.size() > 9 ||
      !std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return file.Error("meta 'concepts': missing or not a number");
  }
  t.num_concepts_ = static_cast<uint32_t>(std::stoul(count));
  if (t.begin_.size() != t.keys_.size() + 1 || t.begin_.front() != 0 ||
      t.begin_.back() != t.concepts_.size()) {
    return file.Error("section 'lexicon.begin': does not match the keys and concepts");
  }
  for (size_t k = 0; k < t.keys_.size(); ++k) {
    if (k > 0 && t.keys_[k - 1] >= t.keys_[k]) {
      return file.Error("section 'lexicon.keys': not sorted and unique");
    }
    if (t.begin_[k] > t.begin_[k + 1]) {
      return file.Error("section 'lexicon.begin': offsets decrease");
    }
  }
  for (uint32_t c : t.concepts_) {
    if (c >= t.num_concepts_) return file.Error("section 'lexicon.concepts': id out of range");
  }
  return t;
}

}  // namespace corroborate::nlp
