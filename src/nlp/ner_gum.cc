// Names from GUM's entity mentions; see ner_gum.h.
#include "nlp/ner_gum.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "nlp/ner_features.h"
#include "nlp/tagger_features.h"
#include "nlp/training_data.h"

namespace corroborate::nlp {
namespace {

struct Mention {
  uint32_t begin = 0;
  uint32_t last = 0;  // inclusive
  int type = -1;      // NerCorpusTypes() index, -1 for other GUM types
  std::string identity;
  std::string id;
};

int MentionType(std::string_view gum_type) {
  if (gum_type == "person") return 0;
  if (gum_type == "organization") return 1;
  if (gum_type == "place") return 2;
  return -1;
}

// "Durham%2C_England" -> "Durham,_England".
std::string PercentDecode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    auto hex = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      return -1;
    };
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// Lowercased words of a Wikipedia identity ("Barack_Obama" -> barack, obama).
std::vector<std::string> IdentityWords(std::string_view identity) {
  std::vector<std::string> words;
  const std::string decoded = PercentDecode(identity);
  size_t pos = 0;
  while (pos <= decoded.size()) {
    size_t end = decoded.find_first_of("_(),", pos);
    if (end == std::string::npos) end = decoded.size();
    if (end > pos) words.push_back(NormalizeWord(std::string_view(decoded).substr(pos, end - pos)));
    pos = end + 1;
  }
  return words;
}

// Parses the mention brackets of one word's MISC "Entity=" value.
void ParseEntityField(std::string_view value, uint32_t word, std::vector<Mention>* open,
                      std::vector<Mention>* done) {
  size_t pos = 0;
  while (pos < value.size()) {
    if (value[pos] == '(') {
      size_t end = value.find_first_of("()", pos + 1);
      if (end == std::string_view::npos) end = value.size();
      const std::string_view desc = value.substr(pos + 1, end - pos - 1);
      // id-type-infstat-salience-centering-minspan-link[-identity]; the identity may itself
      // contain '-'.
      std::array<std::string_view, 7> fields{};
      size_t field_pos = 0;
      size_t f = 0;
      for (; f < fields.size(); ++f) {
        const size_t dash = desc.find('-', field_pos);
        if (dash == std::string_view::npos) {
          fields[f] = desc.substr(field_pos);
          field_pos = desc.size() + 1;
          ++f;
          break;
        }
        fields[f] = desc.substr(field_pos, dash - field_pos);
        field_pos = dash + 1;
      }
      Mention m;
      m.begin = m.last = word;
      m.id = std::string(fields[0]);
      m.type = MentionType(fields[1]);
      if (f == fields.size() && field_pos <= desc.size()) {
        m.identity = std::string(desc.substr(field_pos));
      }
      if (end < value.size() && value[end] == ')') {  // opens and closes on this word
        done->push_back(std::move(m));
        pos = end + 1;
      } else {
        open->push_back(std::move(m));
        pos = end;
      }
    } else {
      size_t end = value.find(')', pos);
      if (end == std::string_view::npos) return;
      const std::string_view id = value.substr(pos, end - pos);
      for (size_t k = open->size(); k-- > 0;) {
        if ((*open)[k].id == id) {
          (*open)[k].last = word;
          done->push_back(std::move((*open)[k]));
          open->erase(open->begin() + static_cast<ptrdiff_t>(k));
          break;
        }
      }
      pos = end + 1;
    }
  }
}

bool IsProperNoun(const ConlluWord& w) {
  return w.upos == "PROPN" || w.xpos == "NNP" || w.xpos == "NNPS";
}

// Capitalised and a proper noun, or a capitalised adjective/noun/verb inside a name
// ("United Kingdom" where GUM tags "United" VERB).
bool IsNameWord(const ConlluWord& w) {
  if (!StartsWithCapital(w.form)) return false;
  return IsProperNoun(w) || w.upos == "ADJ" || w.upos == "NOUN" || w.upos == "VERB" ||
         w.upos == "NUM";
}

bool IsConnector(std::string_view lower) {
  return lower == "of" || lower == "the" || lower == "and" || lower == "&" || lower == "-" ||
         lower == "'s" || lower == "de" || lower == "for" || lower == "on" || lower == "du";
}

bool IsTitle(std::string_view form) {
  std::string lower = NormalizeWord(form);
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  static constexpr std::string_view kTitles[] = {
      "mr",         "mrs",       "ms",       "miss",      "dr",        "prof",     "professor",
      "sir",        "dame",      "lord",     "lady",      "president", "senator",  "sen",
      "rep",        "gov",       "governor", "mayor",     "judge",     "justice",  "king",
      "queen",      "prince",    "princess", "pope",      "gen",       "general",  "col",
      "colonel",    "capt",      "captain",  "sgt",       "lt",        "minister", "prime",
      "chancellor", "secretary", "chairman", "rev",       "reverend",  "father",   "emperor",
      "empress",    "chief",     "officer",  "detective", "inspector", "coach",    "uncle",
      "aunt",       "grandma",   "grandpa",  "saint",     "st"};
  for (std::string_view t : kTitles) {
    if (lower == t) return true;
  }
  return false;
}

// The name inside a mention, or false when it has none.
bool NameSpan(const ConlluSentence& s, const Mention& m, EntitySpan* span) {
  const std::vector<ConlluWord>& w = s.words;
  uint32_t first = m.begin, last = m.last;
  bool found = false;
  if (!m.identity.empty()) {
    const std::vector<std::string> identity = IdentityWords(m.identity);
    uint32_t a = UINT32_MAX, b = 0;
    for (uint32_t i = m.begin; i <= m.last; ++i) {
      if (!StartsWithCapital(w[i].form)) continue;
      const std::string lower = NormalizeWord(w[i].form);
      if (std::find(identity.begin(), identity.end(), lower) != identity.end()) {
        a = std::min(a, i);
        b = i;
      }
    }
    if (a != UINT32_MAX) {
      first = a;
      last = b;
      found = true;
    }
  }
  if (!found) {
    uint32_t start = m.begin;
    while (start <= m.last && !(IsNameWord(w[start]) && IsProperNoun(w[start]))) ++start;
    if (start > m.last) return false;
    uint32_t end = start;
    for (uint32_t k = start + 1; k <= m.last; ++k) {
      if (IsNameWord(w[k])) {
        end = k;
      } else if (!IsConnector(NormalizeWord(w[k].form))) {
        break;
      }
    }
    first = start;
    last = end;
  }
  if (m.type == 0) {
    while (first < last && IsTitle(w[first].form)) ++first;
  }
  bool proper = false;
  for (uint32_t i = first; i <= last; ++i) proper |= IsProperNoun(w[i]);
  if (!proper) return false;
  *span = {first, last + 1, static_cast<uint16_t>(m.type)};
  return true;
}

}  // namespace

std::vector<EntitySpan> GumSentenceEntities(const ConlluSentence& sentence) {
  std::vector<Mention> open, done;
  for (uint32_t i = 0; i < sentence.words.size(); ++i) {
    std::string_view misc = sentence.words[i].misc;
    size_t pos = 0;
    while (pos <= misc.size()) {
      size_t end = misc.find('|', pos);
      if (end == std::string_view::npos) end = misc.size();
      const std::string_view item = misc.substr(pos, end - pos);
      if (item.starts_with("Entity=")) ParseEntityField(item.substr(7), i, &open, &done);
      pos = end + 1;
    }
  }
  std::vector<EntitySpan> candidates;
  for (const Mention& m : done) {
    EntitySpan span;
    if (m.type >= 0 && m.last < sentence.words.size() && NameSpan(sentence, m, &span)) {
      candidates.push_back(span);
    }
  }
  // Outer names first; a name overlapping one already kept is dropped.
  std::sort(candidates.begin(), candidates.end(), [](const EntitySpan& a, const EntitySpan& b) {
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    return a.begin < b.begin;
  });
  std::vector<EntitySpan> kept;
  std::vector<bool> covered(sentence.words.size(), false);
  for (const EntitySpan& c : candidates) {
    bool free = true;
    for (uint32_t i = c.begin; i < c.end; ++i) free &= !covered[i];
    if (!free) continue;
    for (uint32_t i = c.begin; i < c.end; ++i) covered[i] = true;
    kept.push_back(c);
  }
  std::sort(kept.begin(), kept.end(),
            [](const EntitySpan& a, const EntitySpan& b) { return a.begin < b.begin; });
  return kept;
}

Result<std::vector<NerSentence>> ReadGumEntities(const std::string& path, size_t* kept,
                                                 size_t* dropped) {
  ConlluReader reader = ConlluReader::Open(path);
  std::vector<NerSentence> out;
  ConlluSentence sentence;
  bool shippable = false;
  while (reader.Next(&sentence)) {
    if (sentence.newdoc) {
      shippable = GumDocumentIsShippable(sentence.newdoc_id);
      ++(shippable ? *kept : *dropped);
    }
    if (!shippable) continue;
    NerSentence s;
    for (const ConlluWord& w : sentence.words) s.words.push_back(w.form);
    s.entities = GumSentenceEntities(sentence);
    s.doc_start = sentence.newdoc;
    out.push_back(std::move(s));
  }
  if (!reader.status().ok()) return reader.status();
  return out;
}

}  // namespace corroborate::nlp
