// Building the word-sense lexicon from WordNet; see lexicon_build.h.
#include "nlp/lexicon_build.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <unordered_map>

#include "core/read_file.h"
#include "nlp/model_file.h"

namespace corroborate::nlp {
namespace {

// The parts of speech read, in the order their senses are listed for a word: verbs first, as
// the events a claim reports are mostly verbs.
constexpr char kPos[] = {'v', 'n', 'a'};
constexpr const char* kPosName[] = {"verb", "noun", "adj"};

int PosIndex(char pos) {
  switch (pos) {
    case 'v':
      return 0;
    case 'n':
      return 1;
    case 'a':
    case 's':  // adjective satellite
      return 2;
    case 'r':  // adverbs: pointed to, never read
      return 3;
    default:
      return -1;
  }
}

uint64_t SynsetKey(int pos, uint32_t offset) { return (static_cast<uint64_t>(pos) << 32) | offset; }

struct Pointer {
  char symbol = 0;      // '+' derivation, '@' hypernym
  uint64_t target = 0;  // SynsetKey
  uint8_t source = 0;   // word number in the synset (1-based), 0 for the whole synset
};

struct Synset {
  std::vector<std::string> words;  // lowercase, '_' for spaces, adjective markers removed
  std::vector<Pointer> pointers;
};

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && line[pos] == ' ') ++pos;
    if (pos >= line.size()) break;
    size_t end = line.find(' ', pos);
    if (end == std::string_view::npos) end = line.size();
    out.push_back(line.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

bool ParseUnsigned(std::string_view s, int base, uint64_t* out) {
  if (s.empty() || s.size() > 12) return false;
  uint64_t v = 0;
  for (char c : s) {
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : 99;
    if (d >= base) return false;
    v = v * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
  }
  *out = v;
  return true;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// A lemma a claim's tokens can spell: ASCII letters with inner hyphens, or two such words
// ("step_down"); nothing longer.
bool IsUsableLemma(std::string_view lemma) {
  if (lemma.size() < 2) return false;
  int words = 1;
  for (size_t i = 0; i < lemma.size(); ++i) {
    const char c = lemma[i];
    if (c >= 'a' && c <= 'z') continue;
    if ((c == '-' || c == '_') && i > 0 && i + 1 < lemma.size()) {
      if (c == '_') ++words;
      continue;
    }
    return false;
  }
  return words <= 2;
}

std::string Hex(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%08x", v);
  return buf;
}

// Calls fn(line_number, line) for each line that is not licence text (which starts with a
// space in WordNet's files).
template <typename Fn>
Status ForEachLine(const std::string& path, bool required, uint32_t* crc, Fn fn) {
  Result<std::string> bytes = ReadFileToString(path);
  if (!bytes.ok()) {
    if (!required && bytes.status().code() == Status::Code::kNotFound) return Status::Ok();
    return bytes.status();
  }
  *crc = Crc32(*bytes);
  std::string_view text = *bytes;
  size_t pos = 0, number = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == ' ') continue;
    if (Status s = fn(number, line); !s.ok()) return s;
  }
  return Status::Ok();
}

class WordNetReader {
 public:
  WordNetReader(std::string dir, const LexiconBuildOptions& options)
      : dir_(std::move(dir)), options_(options) {}

  Status ReadData(int pos) {
    const std::string path = dir_ + "/data." + kPosName[pos];
    uint32_t crc = 0;
    Status s = ForEachLine(path, true, &crc, [&](size_t n, std::string_view line) {
      auto bad = [&](const char* what) {
        return Status::InvalidInput(path + ":" + std::to_string(n) + ": " + what);
      };
      const size_t bar = line.find(" | ");
      const std::vector<std::string_view> f = Fields(line.substr(0, bar));
      uint64_t offset, count, pointers;
      if (f.size() < 4 || !ParseUnsigned(f[0], 10, &offset) || offset > UINT32_MAX) {
        return bad("bad synset offset");
      }
      if (!ParseUnsigned(f[3], 16, &count) || count == 0 || f.size() < 5 + 2 * count) {
        return bad("bad word count");
      }
      Synset synset;
      for (size_t w = 0; w < count; ++w) {
        std::string_view word = f[4 + 2 * w];
        if (const size_t paren = word.find('('); paren != std::string_view::npos) {
          word = word.substr(0, paren);  // "(a)", "(p)", "(ip)" adjective markers
        }
        synset.words.push_back(Lower(word));
      }
      size_t i = 4 + 2 * count;
      if (!ParseUnsigned(f[i], 10, &pointers) || f.size() < i + 1 + 4 * pointers) {
        return bad("bad pointer count");
      }
      ++i;
      for (size_t p = 0; p < pointers; ++p, i += 4) {
        const std::string_view symbol = f[i];
        uint64_t target, source_target;
        if (!ParseUnsigned(f[i + 1], 10, &target) || target > UINT32_MAX || f[i + 2].size() != 1 ||
            PosIndex(f[i + 2][0]) < 0 || !ParseUnsigned(f[i + 3], 16, &source_target)) {
          return bad("bad pointer");
        }
        if (symbol != "+" && symbol != "@") continue;
        synset.pointers.push_back({symbol[0],
                                   SynsetKey(PosIndex(f[i + 2][0]), static_cast<uint32_t>(target)),
                                   static_cast<uint8_t>(source_target >> 8)});
      }
      synsets_[SynsetKey(pos, static_cast<uint32_t>(offset))] = std::move(synset);
      return Status::Ok();
    });
    if (s.ok()) crcs_.emplace_back("data." + std::string(kPosName[pos]), crc);
    return s;
  }

  // cntlist.rev: "lemma%ss_type:... sense_number tag_count".
  Status ReadTagCounts() {
    const std::string path = dir_ + "/cntlist.rev";
    uint32_t crc = 0;
    Status s = ForEachLine(path, false, &crc, [&](size_t n, std::string_view line) {
      const std::vector<std::string_view> f = Fields(line);
      uint64_t sense, tags;
      const size_t percent = f.empty() ? std::string_view::npos : f[0].find('%');
      if (f.size() != 3 || percent == std::string_view::npos || percent + 1 >= f[0].size() ||
          !ParseUnsigned(f[1], 10, &sense) || !ParseUnsigned(f[2], 10, &tags)) {
        return Status::InvalidInput(path + ":" + std::to_string(n) + ": bad tag-count line");
      }
      const char type = f[0][percent + 1];
      const int pos = type == '1' ? 1 : type == '2' ? 0 : (type == '3' || type == '5') ? 2 : -1;
      if (pos < 0) return Status::Ok();
      tags_[TagKey(Lower(f[0].substr(0, percent)), pos, sense)] += static_cast<int>(tags);
      return Status::Ok();
    });
    if (s.ok() && crc != 0) crcs_.emplace_back("cntlist.rev", crc);
    return s;
  }

  // index.POS: the senses each lemma keeps, as synset keys with their related synsets.
  Status ReadIndex(int pos) {
    const std::string path = dir_ + "/index." + kPosName[pos];
    uint32_t crc = 0;
    Status s = ForEachLine(path, true, &crc, [&](size_t n, std::string_view line) {
      auto bad = [&](const char* what) {
        return Status::InvalidInput(path + ":" + std::to_string(n) + ": " + what);
      };
      const std::vector<std::string_view> f = Fields(line);
      uint64_t senses, pointer_kinds;
      if (f.size() < 4 || !ParseUnsigned(f[2], 10, &senses) ||
          !ParseUnsigned(f[3], 10, &pointer_kinds) || f.size() != 6 + pointer_kinds + senses) {
        return bad("field count does not match its sense and pointer counts");
      }
      const std::string lemma = Lower(f[0]);
      if (!IsUsableLemma(lemma)) return Status::Ok();
      if (pos != 0 && lemma.find('_') != std::string::npos) return Status::Ok();
      std::vector<uint32_t> offsets;
      for (size_t k = 0; k < senses; ++k) {
        uint64_t offset;
        if (!ParseUnsigned(f[6 + pointer_kinds + k], 10, &offset) || offset > UINT32_MAX) {
          return bad("bad synset offset");
        }
        offsets.push_back(static_cast<uint32_t>(offset));
      }
      std::vector<uint64_t> concepts = SelectConcepts(lemma, pos, offsets);
      if (!concepts.empty()) {
        by_lemma_[pos][lemma] = entries_.size();
        entries_.push_back({lemma, std::move(concepts)});
      }
      return Status::Ok();
    });
    if (s.ok()) crcs_.emplace_back("index." + std::string(kPosName[pos]), crc);
    return s;
  }

  // POS.exc: "inflected base…"; the inflected form gets the concepts of its bases.
  Status ReadExceptions(int pos) {
    const std::string name = std::string(kPosName[pos]) + ".exc";
    const std::string path = dir_ + "/" + name;
    uint32_t crc = 0;
    size_t added = 0;
    Status s = ForEachLine(path, false, &crc, [&](size_t n, std::string_view line) {
      const std::vector<std::string_view> f = Fields(line);
      if (f.size() < 2) {
        return Status::InvalidInput(path + ":" + std::to_string(n) +
                                    ": expected a form and a base");
      }
      const std::string form = Lower(f[0]);
      if (!IsUsableLemma(form) || form.find('_') != std::string::npos) return Status::Ok();
      std::vector<uint64_t> concepts;
      for (size_t b = 1; b < f.size(); ++b) {
        auto it = by_lemma_[pos].find(Lower(f[b]));
        if (it == by_lemma_[pos].end()) continue;
        for (uint64_t c : entries_[it->second].second) concepts.push_back(c);
      }
      if (concepts.empty()) return Status::Ok();
      exceptions_.push_back({form, std::move(concepts)});
      ++added;
      return Status::Ok();
    });
    if (s.ok() && crc != 0) {
      crcs_.emplace_back(name, crc);
      exception_count_ += added;
    }
    return s;
  }

  Lexicon Finish(std::vector<std::pair<std::string, std::string>>* provenance) {
    // Dense ids in synset order, so the same database gives the same ids.
    std::vector<uint64_t> used;
    for (const auto* list : {&entries_, &exceptions_}) {
      for (const auto& [word, concepts] : *list)
        used.insert(used.end(), concepts.begin(), concepts.end());
    }
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    Lexicon lexicon;
    for (const auto* list : {&entries_, &exceptions_}) {
      for (const auto& [word, concepts] : *list) {
        std::vector<uint32_t> ids;
        for (uint64_t c : concepts) {
          ids.push_back(
              static_cast<uint32_t>(std::lower_bound(used.begin(), used.end(), c) - used.begin()));
        }
        std::string key = word;
        std::replace(key.begin(), key.end(), '_', ' ');
        lexicon.Add(key, ids);
      }
    }
    lexicon.Finish(options_.max_concepts);
    for (const auto& [name, crc] : crcs_) {
      provenance->emplace_back("wordnet:" + name, "crc32 " + Hex(crc));
    }
    provenance->emplace_back("wordnet", "WordNet 3.0, Princeton University (WordNet licence)");
    provenance->emplace_back("counts", std::to_string(entries_.size()) + " lemmas, " +
                                           std::to_string(exception_count_) + " irregular forms, " +
                                           std::to_string(used.size()) + " concepts");
    return lexicon;
  }

 private:
  static std::string TagKey(const std::string& lemma, int pos, uint64_t sense) {
    return lemma + '%' + kPos[pos] + std::to_string(sense);
  }

  int TagCount(const std::string& lemma, int pos, size_t sense) const {
    auto it = tags_.find(TagKey(lemma, pos, sense));
    return it == tags_.end() ? 0 : it->second;
  }

  std::vector<uint64_t> SelectConcepts(const std::string& lemma, int pos,
                                       const std::vector<uint32_t>& offsets) const {
    const int limit = pos == 0   ? options_.verb_senses
                      : pos == 1 ? options_.noun_senses
                                 : options_.adj_senses;
    int total = 0;
    for (size_t k = 0; k < offsets.size(); ++k) total += TagCount(lemma, pos, k + 1);
    std::vector<uint64_t> out;
    auto add = [&](uint64_t key) {
      if (std::find(out.begin(), out.end(), key) == out.end()) out.push_back(key);
    };
    for (size_t k = 0; k < offsets.size() && static_cast<int>(k) < limit; ++k) {
      const int tags = TagCount(lemma, pos, k + 1);
      if (k > 0 && total >= options_.min_total &&
          (tags < options_.min_tags || tags < options_.min_share * total)) {
        continue;
      }
      const uint64_t key = SynsetKey(pos, offsets[k]);
      auto it = synsets_.find(key);
      if (it == synsets_.end()) continue;  // an index naming a synset the data lacks
      add(key);
      const Synset& synset = it->second;
      const auto word = std::find(synset.words.begin(), synset.words.end(), lemma);
      const size_t number = static_cast<size_t>(word - synset.words.begin()) + 1;
      for (const Pointer& p : synset.pointers) {
        const bool other_pos = static_cast<int>(p.target >> 32) != pos;
        if (p.symbol == '+' && options_.derivations && other_pos && p.source == number &&
            synsets_.count(p.target)) {
          add(p.target);
        } else if (p.symbol == '@' && options_.verb_hypernyms && pos == 0 &&
                   synsets_.count(p.target)) {
          add(p.target);
        }
      }
    }
    return out;
  }

  std::string dir_;
  const LexiconBuildOptions& options_;
  std::unordered_map<uint64_t, Synset> synsets_;
  std::unordered_map<std::string, int> tags_;
  std::unordered_map<std::string, size_t> by_lemma_[3];  // lemma -> index into entries_
  std::vector<std::pair<std::string, std::vector<uint64_t>>> entries_;     // index order
  std::vector<std::pair<std::string, std::vector<uint64_t>>> exceptions_;  // file order
  std::vector<std::pair<std::string, uint32_t>> crcs_;
  size_t exception_count_ = 0;
};

}  // namespace

Result<Lexicon> BuildLexicon(const std::string& dir, const LexiconBuildOptions& options,
                             std::vector<std::pair<std::string, std::string>>* provenance) {
  WordNetReader reader(dir, options);
  for (int pos = 0; pos < 3; ++pos) {
    if (Status s = reader.ReadData(pos); !s.ok()) return s;
  }
  if (Status s = reader.ReadTagCounts(); !s.ok()) return s;
  for (int pos = 0; pos < 3; ++pos) {
    if (Status s = reader.ReadIndex(pos); !s.ok()) return s;
  }
  for (int pos = 0; pos < 3; ++pos) {
    if (Status s = reader.ReadExceptions(pos); !s.ok()) return s;
  }
  return reader.Finish(provenance);
}

}  // namespace corroborate::nlp
