// Hashed gazetteer; see gazetteer.h.
#include "nlp/gazetteer.h"

#include "nlp/feature_key.h"
#include "nlp/tagger_features.h"

namespace corroborate::nlp {
namespace {

// Keys are FNV-1a over the words, one terminator each, then the splitmix finaliser (as
// FeatureKey), under their own template id so they never equal a feature key by design.
constexpr uint32_t kGazetteerTemplate = 0x6a7e;

uint64_t Extend(uint64_t state, std::string_view word) {
  return feature_key_detail::Bytes(state, word);
}
uint64_t StartKey() { return feature_key_detail::Start(kGazetteerTemplate); }
uint64_t FinishKey(uint64_t state) { return feature_key_detail::Finish(state); }

bool IsSplitPunctuation(char c) {
  return c == ',' || c == '(' || c == ')' || c == '"' || c == ';' || c == ':';
}

void AppendPiece(std::string_view piece, std::vector<std::string>* words) {
  while (!piece.empty() && IsSplitPunctuation(piece.front())) {
    words->push_back(std::string(1, piece.front()));
    piece.remove_prefix(1);
  }
  std::vector<std::string> tail;
  while (!piece.empty() && IsSplitPunctuation(piece.back())) {
    tail.push_back(std::string(1, piece.back()));
    piece.remove_suffix(1);
  }
  if (piece.size() > 2 && (piece.ends_with("'s") || piece.ends_with("'S"))) {
    words->push_back(NormalizeWord(piece.substr(0, piece.size() - 2)));
    words->push_back("'s");
  } else if (!piece.empty()) {
    words->push_back(NormalizeWord(piece));
  }
  words->insert(words->end(), tail.rbegin(), tail.rend());
}

}  // namespace

std::vector<std::string> GazetteerNameWords(std::string_view name) {
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < name.size()) {
    size_t end = name.find(' ', pos);
    if (end == std::string_view::npos) end = name.size();
    if (end > pos) AppendPiece(name.substr(pos, end - pos), &words);
    pos = end + 1;
  }
  return words;
}

int32_t Gazetteer::Entry(uint64_t key) {
  const int32_t row = index_.Insert(key, static_cast<int32_t>(keys_.size()));
  if (static_cast<size_t>(row) == keys_.size()) {
    keys_.push_back(key);
    flags_.push_back(0);
  }
  return row;
}

void Gazetteer::AddWords(std::span<const std::string> words, GazetteerKind kind) {
  if (words.empty() || words.size() > kMaxGazetteerWords) return;
  uint64_t state = StartKey();
  for (size_t i = 0; i < words.size(); ++i) {
    state = Extend(state, words[i]);
    const int32_t row = Entry(FinishKey(state));
    if (i + 1 < words.size()) {
      flags_[row] |= kContinues;
    } else {
      const uint8_t bit = static_cast<uint8_t>(1u << static_cast<uint32_t>(kind));
      if ((flags_[row] & 0x0F) == 0) ++names_;
      flags_[row] |= bit;
    }
  }
}

void Gazetteer::Add(std::string_view name, GazetteerKind kind) {
  const std::vector<std::string> words = GazetteerNameWords(name);
  AddWords(words, kind);
  if (name.find('-') == std::string_view::npos) return;
  std::string split;
  for (char c : name) {
    if (c == '-') {
      split += " - ";
    } else {
      split.push_back(c);
    }
  }
  AddWords(GazetteerNameWords(split), kind);
}

bool Gazetteer::Contains(std::span<const std::string> normalized_words, GazetteerKind kind) const {
  uint64_t state = StartKey();
  for (const std::string& w : normalized_words) state = Extend(state, w);
  const int32_t row = index_.Find(FinishKey(state));
  return row >= 0 && (flags_[row] & (1u << static_cast<uint32_t>(kind))) != 0;
}

void Gazetteer::Mark(std::span<const std::string> normalized, std::vector<uint16_t>* marks) const {
  marks->assign(normalized.size(), 0);
  if (keys_.empty()) return;
  size_t i = 0;
  while (i < normalized.size()) {
    uint64_t state = StartKey();
    size_t best_len = 0;
    uint8_t best_kinds = 0;
    for (size_t len = 1; len <= kMaxGazetteerWords && i + len <= normalized.size(); ++len) {
      state = Extend(state, normalized[i + len - 1]);
      const int32_t row = index_.Find(FinishKey(state));
      if (row < 0) break;
      if ((flags_[row] & 0x0F) != 0) {
        best_len = len;
        best_kinds = flags_[row] & 0x0F;
      }
      if ((flags_[row] & kContinues) == 0) break;
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    for (uint32_t k = 0; k < kNumGazetteerKinds; ++k) {
      if ((best_kinds & (1u << k)) == 0) continue;
      const auto kind = static_cast<GazetteerKind>(k);
      if (best_len == 1) {
        (*marks)[i] |= GazetteerMarkBit(kind, 3);
        continue;
      }
      (*marks)[i] |= GazetteerMarkBit(kind, 0);
      for (size_t j = i + 1; j + 1 < i + best_len; ++j) (*marks)[j] |= GazetteerMarkBit(kind, 1);
      (*marks)[i + best_len - 1] |= GazetteerMarkBit(kind, 2);
    }
    i += best_len;
  }
}

void Gazetteer::Save(std::string_view prefix, ModelWriter* writer) const {
  ByteWriter keys, flags;
  keys.U64(names_);
  keys.Array(keys_);
  flags.Array(flags_);
  writer->AddSection(std::string(prefix) + ".keys", std::move(keys.bytes()));
  writer->AddSection(std::string(prefix) + ".flags", std::move(flags.bytes()));
}

Status Gazetteer::Load(const ModelFile& file, std::string_view prefix) {
  *this = Gazetteer();
  constexpr uint64_t kMaxEntries = uint64_t{1} << 24;
  const std::string keys_name = std::string(prefix) + ".keys";
  const std::string flags_name = std::string(prefix) + ".flags";
  ByteReader keys = file.Reader(keys_name);
  uint64_t names = 0;
  keys.U64(&names);
  keys.Array(&keys_, kMaxEntries);
  if (keys.ok() && !keys.AtEnd()) keys.Fail("unexpected bytes at the end");
  if (!keys.ok()) return file.Error(keys.error());
  ByteReader flags = file.Reader(flags_name);
  flags.Array(&flags_, kMaxEntries);
  if (flags.ok() && !flags.AtEnd()) flags.Fail("unexpected bytes at the end");
  if (flags.ok() && flags_.size() != keys_.size()) {
    flags.Fail("has " + std::to_string(flags_.size()) + " entries for " +
               std::to_string(keys_.size()) + " keys");
  }
  if (!flags.ok()) return file.Error(flags.error());
  if (names > keys_.size()) {
    return file.Error("section '" + keys_name + "': more names than entries");
  }
  names_ = names;
  index_.Reserve(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == 0 ||
        index_.Insert(keys_[i], static_cast<int32_t>(i)) != static_cast<int32_t>(i)) {
      *this = Gazetteer();
      return file.Error("section '" + keys_name + "': duplicate or zero keys");
    }
  }
  return Status::Ok();
}

}  // namespace corroborate::nlp
