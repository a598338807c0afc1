#include "reconcile/quotes.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/disjoint_sets.h"
#include "core/strings.h"
#include "story/shingles.h"

namespace corroborate {
namespace {

// A previous quote this close (sentences and bytes) still owns a pronoun attribution.
constexpr uint32_t kPronounSentences = 3;
constexpr uint32_t kPronounBytes = 600;
// A word shared by more quotes than this is not followed when looking for candidate pairs.
constexpr size_t kMinPostingCap = 50;
constexpr double kJaccard = 0.6;
// Longer "quotes" (a broken attribution swallowing a paragraph) are compared by word sets only,
// so the contiguous-containment scan stays cheap.
constexpr size_t kMaxContainmentWords = 1000;

enum class PronounKind { kNone, kPerson, kOther };

PronounKind Pronoun(std::string_view lower) {
  static const std::unordered_set<std::string_view> kPersonal = {"he", "she", "his", "her", "him"};
  static const std::unordered_set<std::string_view> kOthers = {"they", "them", "their", "we",
                                                               "it",   "i",    "you"};
  if (kPersonal.count(lower)) return PronounKind::kPerson;
  if (kOthers.count(lower)) return PronounKind::kOther;
  return PronounKind::kNone;
}

bool IsStopword(uint64_t h) {
  static const std::unordered_set<uint64_t> kStop = [] {
    std::unordered_set<uint64_t> s;
    for (std::string_view w :
         {"the",  "a",     "an",  "and",  "or",  "of", "to",   "in",   "on", "at", "for", "with",
          "is",   "are",   "was", "were", "be",  "it", "this", "that", "we", "i",  "you", "he",
          "she",  "they",  "not", "no",   "but", "as", "by",   "from", "s",  "t",  "our", "us",
          "will", "would", "has", "have", "had", "do", "does", "its",  "so", "if", "all"}) {
      s.insert(Hash64(w));
    }
    return s;
  }();
  return kStop.count(h) > 0;
}

// One quote occurrence in one article.
struct Occurrence {
  size_t doc = 0;
  TextSpan text;
  bool direct = true;
  int32_t entity = -1;          // resolved speaker, -1 when unresolved
  std::string description;      // "a U.S. official" when the speaker is not a named entity
  std::vector<uint64_t> words;  // normalised word hashes, in order
  std::vector<uint64_t> set;    // sorted unique words
};

std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> out;
  for (std::string_view w : ShingleWords(text)) out.push_back(Hash64(AsciiLower(w)));
  return out;
}

// "A U.S. official," -> "a U.S. official".
std::string Description(std::string_view raw) {
  std::string s = CollapseWhitespace(raw);
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ';' || s.back() == ':')) {
    s.pop_back();
  }
  for (std::string_view article : {"A ", "An ", "The "}) {
    if (StartsWith(s, article)) {
      s[0] = static_cast<char>(s[0] - 'A' + 'a');
      break;
    }
  }
  return s;
}

// Entity lookup by spelling, for speaker spans the analyzer did not tag as mentions.
class SpellingIndex {
 public:
  explicit SpellingIndex(const ResolvedEntities& resolved) {
    for (size_t e = 0; e < resolved.entities.size(); ++e) {
      const AccountEntity& ent = resolved.entities[e];
      Add(&full_, NameKey(ent.name), static_cast<int32_t>(e));
      for (const std::string& v : ent.variants) Add(&full_, NameKey(v), static_cast<int32_t>(e));
      if (ent.type == EntityType::kPerson) {
        std::string key = NameKey(ent.name);
        Add(&last_, key.substr(key.rfind(' ') == std::string::npos ? 0 : key.rfind(' ') + 1),
            static_cast<int32_t>(e));
      }
    }
  }
  // The entity spelled so (full name, variant, or a person's unique surname); -1 when none.
  int32_t Lookup(std::string_view spelling) const {
    std::string key = NameKey(spelling);
    if (key.empty()) return -1;
    auto it = full_.find(key);
    if (it != full_.end()) return std::max(it->second, -1);
    it = last_.find(key);
    return it != last_.end() ? std::max(it->second, -1) : -1;
  }

 private:
  // -2 marks a key shared by several entities: ambiguous, never used.
  static void Add(std::unordered_map<std::string, int32_t>* map, const std::string& key,
                  int32_t e) {
    if (key.empty()) return;
    auto [it, fresh] = map->emplace(key, e);
    if (!fresh && it->second != e) it->second = -2;
  }
  std::unordered_map<std::string, int32_t> full_;
  std::unordered_map<std::string, int32_t> last_;
};

// Whether the attribution holds words besides the mention (and articles, punctuation).
bool HasOtherWords(std::string_view text, const TextSpan& speaker, const TextSpan& mention) {
  auto has_word = [&](uint32_t b, uint32_t e) {
    if (e <= b) return false;
    TextSpan part{b, e};
    for (std::string_view w : ShingleWords(part.Of(text))) {
      std::string lw = AsciiLower(w);
      if (lw != "the" && lw != "a" && lw != "an" && lw != "s") return true;
    }
    return false;
  };
  return has_word(speaker.begin, mention.begin) || has_word(mention.end, speaker.end);
}

bool Contains(const std::vector<uint64_t>& longer, const std::vector<uint64_t>& shorter) {
  if (shorter.empty() || shorter.size() > longer.size()) return false;
  for (size_t i = 0; i + shorter.size() <= longer.size(); ++i) {
    if (std::equal(shorter.begin(), shorter.end(), longer.begin() + static_cast<ptrdiff_t>(i))) {
      return true;
    }
  }
  return false;
}

// How strongly two occurrences are the same statement; 0 when they are not.
double Similarity(const Occurrence& a, const Occurrence& b) {
  bool same_speaker = a.entity >= 0 && a.entity == b.entity;
  if (a.entity >= 0 && b.entity >= 0 && a.entity != b.entity) return 0;
  const Occurrence& s = a.words.size() <= b.words.size() ? a : b;
  const Occurrence& l = a.words.size() <= b.words.size() ? b : a;
  size_t inter = IntersectionSize(a.set, b.set);
  size_t uni = a.set.size() + b.set.size() - inter;
  double jaccard = uni == 0 ? 0 : static_cast<double>(inter) / static_cast<double>(uni);
  if (jaccard >= kJaccard && (uni >= 2 || same_speaker)) return 1 + jaccard;
  // A part of a longer quote: enough words, and not only function words. Unresolved speakers
  // need a longer overlap, since nothing else ties the two together.
  size_t min_words = same_speaker ? 2 : 3;
  bool content =
      std::any_of(s.words.begin(), s.words.end(), [](uint64_t w) { return !IsStopword(w); });
  if (s.words.size() >= min_words && l.words.size() <= kMaxContainmentWords && content &&
      Contains(l.words, s.words)) {
    return static_cast<double>(s.words.size()) / static_cast<double>(l.words.size());
  }
  return 0;
}

}  // namespace

std::vector<AccountQuote> AlignQuotes(const StoryInput& story, const ResolvedEntities& entities) {
  SpellingIndex spellings(entities);
  auto entity_type = [&](int32_t e) {
    return e >= 0 && static_cast<size_t>(e) < entities.entities.size()
               ? entities.entities[static_cast<size_t>(e)].type
               : EntityType::kOther;
  };

  // 1. Occurrences with resolved speakers, per document in text order.
  std::vector<Occurrence> occ;
  for (size_t d = 0; d < story.docs.size(); ++d) {
    const AnnotatedDoc* doc = story.docs[d];
    if (doc == nullptr || doc->article == nullptr) continue;
    std::string_view text = doc->text();
    const std::vector<int32_t>* entity_of =
        d < entities.entity_of.size() ? &entities.entity_of[d] : nullptr;
    auto mention_entity = [&](size_t m) -> int32_t {
      return entity_of != nullptr && m < entity_of->size() ? (*entity_of)[m] : -1;
    };
    std::vector<size_t> order(doc->quotes.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return doc->quotes[a].text.begin < doc->quotes[b].text.begin;
    });
    auto inside_quote = [&](const TextSpan& span) {
      for (const Quote& q : doc->quotes) {
        if (q.direct && q.text.Contains(span)) return true;
      }
      return false;
    };
    const Quote* prev = nullptr;
    int32_t prev_entity = -1;
    std::string prev_description;
    std::unordered_set<uint64_t> seen_spans;
    for (size_t qi : order) {
      const Quote& q = doc->quotes[qi];
      std::string_view words_text = q.text.Of(text);
      if (Trim(words_text).empty()) continue;
      if (!seen_spans.insert((static_cast<uint64_t>(q.text.begin) << 32) | q.text.end).second) {
        continue;  // the same span reported twice
      }
      Occurrence o;
      o.doc = d;
      o.text = q.text;
      o.direct = q.direct;
      std::string speaker(Trim(q.speaker.Of(text)));
      PronounKind pronoun = Pronoun(AsciiLower(speaker));
      if (speaker.empty()) {
        // No attribution: nothing to resolve.
      } else if (pronoun != PronounKind::kNone) {
        bool near_prev = prev != nullptr && q.sentence >= prev->sentence &&
                         q.sentence - prev->sentence <= kPronounSentences &&
                         q.text.begin >= prev->text.end &&
                         q.text.begin - prev->text.end <= kPronounBytes;
        if (near_prev && (prev_entity >= 0 || !prev_description.empty())) {
          o.entity = prev_entity;
          o.description = prev_description;
        } else if (pronoun == PronounKind::kPerson) {
          // The nearest person named before the attribution, outside quoted words.
          uint32_t anchor = std::min(q.speaker.begin, q.text.begin);
          if (q.speaker.begin > q.text.end) anchor = q.speaker.begin;
          int64_t best = -1;
          for (size_t m = 0; m < doc->entities.size(); ++m) {
            const EntityMention& em = doc->entities[m];
            int32_t e = mention_entity(m);
            if (e < 0 || entity_type(e) != EntityType::kPerson || em.span.end > anchor) continue;
            if (inside_quote(em.span)) continue;
            if (static_cast<int64_t>(em.span.begin) > best) best = em.span.begin, o.entity = e;
          }
        }
      } else {
        // A named speaker: the entity mention in the attribution (a person first, then the
        // widest overlap), else a spelling of a known entity, else a description.
        int32_t best_e = -1;
        uint32_t best_overlap = 0;
        bool best_person = false;
        TextSpan best_span;
        for (size_t m = 0; m < doc->entities.size(); ++m) {
          const EntityMention& em = doc->entities[m];
          int32_t e = mention_entity(m);
          if (e < 0 || !em.span.Overlaps(q.speaker)) continue;
          uint32_t overlap =
              std::min(em.span.end, q.speaker.end) - std::max(em.span.begin, q.speaker.begin);
          bool person = entity_type(e) == EntityType::kPerson;
          if (best_e < 0 || (person && !best_person) ||
              (person == best_person && overlap > best_overlap)) {
            best_e = e, best_overlap = overlap, best_person = person, best_span = em.span;
          }
        }
        if (best_e >= 0 && !best_person && HasOtherWords(text, q.speaker, best_span)) {
          best_e = -1;  // "a U.S. official", "two NATO diplomats": described, not named
        } else if (best_e < 0) {
          best_e = spellings.Lookup(speaker);
        }
        o.entity = best_e;
        if (best_e < 0) o.description = Description(speaker);
      }
      o.words = WordHashes(words_text);
      o.set = o.words;
      std::sort(o.set.begin(), o.set.end());
      o.set.erase(std::unique(o.set.begin(), o.set.end()), o.set.end());
      prev = &q;
      prev_entity = o.entity;
      prev_description = o.description;
      if (!o.words.empty()) occ.push_back(std::move(o));
    }
  }

  // 2. Candidate pairs through shared selective keys; scored; merged strongest first. A key is a
  // word, or a (speaker, word) pair for attributed quotes. Keys found in more than
  // max(kMinPostingCap, n / 50) occurrences ("the", "we", a prolific speaker's "will") propose
  // no pairs, so the cost stays near-linear in the number of quotes; the score still uses every
  // word, and the speaker-scoped keys keep a trimmed quote with its fuller wording even when
  // all its words are common.
  const size_t n = occ.size();
  auto keys_of = [&](const Occurrence& o) {
    std::vector<uint64_t> keys(o.set);
    if (o.entity >= 0) {
      for (uint64_t w : o.set) {
        keys.push_back(w ^ (0x9E3779B97F4A7C15ULL * (static_cast<uint64_t>(o.entity) + 1)));
      }
    }
    return keys;
  };
  std::unordered_map<uint64_t, uint32_t> frequency;
  for (const Occurrence& o : occ) {
    for (uint64_t k : keys_of(o)) ++frequency[k];
  }
  const uint32_t cap = static_cast<uint32_t>(std::max<size_t>(kMinPostingCap, n / 50));
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  std::vector<std::pair<double, std::pair<uint32_t, uint32_t>>> pairs;
  std::unordered_set<uint64_t> tried;
  for (uint32_t i = 0; i < n; ++i) {
    for (uint64_t k : keys_of(occ[i])) {
      if (frequency[k] > cap) continue;
      std::vector<uint32_t>& list = postings[k];
      for (uint32_t j : list) {
        if (!tried.insert((static_cast<uint64_t>(j) << 32) | i).second) continue;
        double score = Similarity(occ[j], occ[i]);
        if (score > 0) pairs.push_back({score, {j, i}});
      }
      list.push_back(i);
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  DisjointSets sets(n);
  std::vector<int32_t> group_entity(n);
  for (size_t i = 0; i < n; ++i) group_entity[i] = occ[i].entity;
  for (const auto& [score, p] : pairs) {
    size_t a = sets.Find(p.first), b = sets.Find(p.second);
    if (a == b) continue;
    int32_t ea = group_entity[a], eb = group_entity[b];
    if (ea >= 0 && eb >= 0 && ea != eb) continue;  // never join two different speakers
    size_t root = sets.Union(a, b);
    group_entity[root] = ea >= 0 ? ea : eb;
  }

  // 3. One AccountQuote per group.
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < n; ++i) groups[sets.Find(i)].push_back(i);
  struct Built {
    AccountQuote quote;
    size_t articles = 0;
    size_t first = 0;  // index of the first occurrence (doc order, then offset)
  };
  std::vector<Built> built;
  for (auto& [root, list] : groups) {
    Built b;
    b.first = list.front();
    AccountQuote& q = b.quote;
    q.direct = false;
    int32_t e = group_entity[root];
    size_t longest = list.front();
    std::vector<std::pair<std::string, int>> descriptions;
    std::unordered_set<uint32_t> articles;
    for (size_t i : list) {
      const Occurrence& o = occ[i];
      q.direct = q.direct || o.direct;
      Evidence ev = o.doc < story.article_index.size()
                        ? story.At(o.doc, o.text)
                        : Evidence{static_cast<uint32_t>(o.doc), o.text};
      q.evidence.push_back(ev);
      articles.insert(ev.article);
      const Occurrence& l = occ[longest];
      if (o.words.size() > l.words.size() ||
          (o.words.size() == l.words.size() && o.text.size() > l.text.size())) {
        longest = i;
      }
      if (!o.description.empty()) {
        auto it = std::find_if(descriptions.begin(), descriptions.end(),
                               [&](const auto& d) { return IEquals(d.first, o.description); });
        if (it == descriptions.end()) {
          descriptions.emplace_back(o.description, 1);
        } else {
          ++it->second;
        }
      }
    }
    const Occurrence& l = occ[longest];
    q.text = std::string(Trim(l.text.Of(story.docs[l.doc]->text())));
    if (e >= 0 && static_cast<size_t>(e) < entities.entities.size()) {
      q.speaker = entities.entities[static_cast<size_t>(e)].id;
      q.speaker_name = entities.entities[static_cast<size_t>(e)].name;
    } else if (!descriptions.empty()) {
      q.speaker_name =
          std::max_element(descriptions.begin(), descriptions.end(),
                           [](const auto& x, const auto& y) { return x.second < y.second; })
              ->first;
    }
    b.articles = articles.size();
    built.push_back(std::move(b));
  }
  std::stable_sort(built.begin(), built.end(), [](const Built& a, const Built& b) {
    return a.articles != b.articles ? a.articles > b.articles : a.first < b.first;
  });
  std::vector<AccountQuote> out;
  out.reserve(built.size());
  for (Built& b : built) {
    b.quote.id = "q" + std::to_string(out.size() + 1);
    out.push_back(std::move(b.quote));
  }
  return out;
}

}  // namespace corroborate
