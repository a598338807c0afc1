// Quote occurrences (quote_occurrences.h): each article's quotes with resolved speakers.
#include "reconcile/quote_occurrences.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/strings.h"
#include "reconcile/quote_speakers.h"
#include "story/shingles.h"

namespace corroborate {
namespace {

// A previous quote this close (sentences and bytes) still owns a pronoun attribution.
constexpr uint32_t kPronounSentences = 3;
constexpr uint32_t kPronounBytes = 600;

enum class PronounKind { kNone, kPerson, kOther };

PronounKind Pronoun(std::string_view lower) {
  static const std::unordered_set<std::string_view> kPersonal = {"he", "she", "his", "her", "him"};
  static const std::unordered_set<std::string_view> kOthers = {"they", "them", "their", "we",
                                                               "it",   "i",    "you"};
  if (kPersonal.count(lower)) return PronounKind::kPerson;
  if (kOthers.count(lower)) return PronounKind::kOther;
  return PronounKind::kNone;
}

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

// "Varga’s spokesman", "the minister's aide": the mention is the owner, not the speaker.
bool PossessiveOwner(std::string_view text, const TextSpan& speaker, const TextSpan& mention) {
  if (mention.end >= speaker.end) return false;
  std::string_view after = TextSpan{mention.end, speaker.end}.Of(text);
  bool possessive = StartsWith(after, "'s ") || StartsWith(after, "\xE2\x80\x99s ") ||
                    StartsWith(after, "' ") || StartsWith(after, "\xE2\x80\x99 ");
  return possessive && !Trim(after.substr(after.find(' '))).empty();
}

// Gender per entity: from the names' first words, then from honorifics before mentions
// ("Ms Lind"); a conflict leaves it unknown.
std::vector<Gender> EntityGenders(const StoryInput& story, const ResolvedEntities& entities) {
  std::vector<Gender> gender(entities.entities.size(), Gender::kUnknown);
  std::vector<uint8_t> gender_conflict(entities.entities.size(), 0);
  auto note_gender = [&](int32_t e, Gender g) {
    if (e < 0 || static_cast<size_t>(e) >= gender.size() || g == Gender::kUnknown) return;
    if (gender[e] == Gender::kUnknown && !gender_conflict[e]) {
      gender[e] = g;
    } else if (gender[e] != g) {
      gender[e] = Gender::kUnknown, gender_conflict[e] = 1;
    }
  };
  for (size_t e = 0; e < entities.entities.size(); ++e) {
    const AccountEntity& ent = entities.entities[e];
    if (ent.type != EntityType::kPerson) continue;
    note_gender(static_cast<int32_t>(e), NameGender(ent.name));
    for (const std::string& v : ent.variants) note_gender(static_cast<int32_t>(e), NameGender(v));
  }
  for (size_t d = 0; d < story.docs.size() && d < entities.entity_of.size(); ++d) {
    const AnnotatedDoc* doc = story.docs[d];
    if (doc == nullptr || doc->article == nullptr) continue;
    std::string_view text = doc->text();
    for (size_t m = 0; m < doc->entities.size() && m < entities.entity_of[d].size(); ++m) {
      const EntityMention& em = doc->entities[m];
      int32_t e = entities.entity_of[d][m];
      if (e < 0 || EntityTypeOf(entities, e) != EntityType::kPerson ||
          em.span.begin > text.size()) {
        continue;
      }
      uint32_t from = em.span.begin > 8 ? em.span.begin - 8 : 0;
      note_gender(e, HonorificGender(text.substr(from, em.span.begin - from)));
    }
  }
  return gender;
}

// The speakers of one article's quotes. A pronoun attribution continues the previous quote's
// speaker ("“…,” he added"), so the quotes are read in text order.
class ArticleQuoteReader {
 public:
  ArticleQuoteReader(size_t d, const AnnotatedDoc& doc, const ResolvedEntities& entities,
                     const std::vector<Gender>& gender, const SpellingIndex& spellings)
      : d_(d),
        doc_(doc),
        text_(doc.text()),
        entity_of_(d < entities.entity_of.size() ? &entities.entity_of[d] : nullptr),
        entities_(entities),
        gender_(gender),
        spellings_(spellings) {}

  // Appends the article's occurrences to *occ.
  void Read(std::vector<QuoteOccurrence>* occ) {
    std::vector<size_t> order(doc_.quotes.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return doc_.quotes[a].text.begin < doc_.quotes[b].text.begin;
    });
    const size_t doc_first_occ = occ->size();
    std::unordered_set<uint64_t> seen_spans;
    for (size_t qi : order) {
      const Quote& q = doc_.quotes[qi];
      std::string_view words_text = q.text.Of(text_);
      if (Trim(words_text).empty()) continue;
      if (!seen_spans.insert((static_cast<uint64_t>(q.text.begin) << 32) | q.text.end).second) {
        continue;  // the same span reported twice
      }
      QuoteOccurrence o;
      o.doc = d_;
      o.text = q.text;
      o.direct = q.direct;
      o.sentence = q.sentence;
      o.cue = AsciiLower(CollapseWhitespace(q.cue.Of(text_)));
      std::string speaker(Trim(q.speaker.Of(text_)));
      o.speaker_written = CollapseWhitespace(speaker);
      PronounKind pronoun = Pronoun(AsciiLower(speaker));
      if (speaker.empty()) {
        // No attribution: nothing to resolve.
      } else if (pronoun != PronounKind::kNone) {
        ResolvePronoun(q, speaker, pronoun, &o);
      } else {
        ResolveNamed(q, speaker, *occ, doc_first_occ, &o);
      }
      o.anonymous = o.entity < 0 && IsAnonymousDescription(o.description);
      o.words = WordHashes(words_text);
      o.set = SortedUnique(o.words);
      o.wording = AnalyzeWording(words_text, q.direct && NegatedBefore(text_, q.text.begin));
      prev_ = &q;
      prev_entity_ = o.entity;
      prev_description_ = o.description;
      if (!o.words.empty()) occ->push_back(std::move(o));
    }
  }

 private:
  int32_t MentionEntity(size_t m) const {
    return entity_of_ != nullptr && m < entity_of_->size() ? (*entity_of_)[m] : -1;
  }
  EntityType TypeOf(int32_t e) const { return EntityTypeOf(entities_, e); }
  Gender GenderOf(int32_t e) const {
    return e >= 0 && static_cast<size_t>(e) < gender_.size() ? gender_[e] : Gender::kUnknown;
  }

  bool InsideQuote(const TextSpan& span) const {
    for (const Quote& q : doc_.quotes) {
      if (q.direct && q.text.Contains(span)) return true;
    }
    return false;
  }

  // The person a "he"/"she" before anchor most likely means: named in [lo, anchor) outside
  // quoted words, in the latest sentence that names one, and first in it (the subject,
  // usually: "Solovey rejected reports about Chernetsky. “…,” she said."); by position alone
  // when the doc has no sentences. -1 when none.
  int32_t NearestPerson(uint32_t lo, uint32_t anchor, Gender wanted) const {
    const bool has_sentences = !doc_.sentences.empty();
    int32_t found = -1;
    const EntityMention* best = nullptr;
    for (size_t m = 0; m < doc_.entities.size(); ++m) {
      const EntityMention& em = doc_.entities[m];
      int32_t e = MentionEntity(m);
      if (e < 0 || TypeOf(e) != EntityType::kPerson || em.span.end > anchor) continue;
      if (!GendersAgree(GenderOf(e), wanted)) continue;  // "she" is not Mr Roe
      if (em.span.begin < lo || InsideQuote(em.span)) continue;
      bool better =
          best == nullptr ||
          (has_sentences ? em.sentence > best->sentence ||
                               (em.sentence == best->sentence && em.span.begin < best->span.begin)
                         : em.span.begin > best->span.begin);
      if (better) best = &em, found = e;
    }
    return found;
  }

  // "the ministry", "The company": the organisation named just before whose name holds the
  // head noun ("the Kestrian foreign ministry"), or for a company-like head the one
  // organisation named in this or the two sentences before. -1 when none or unsure.
  int32_t DefiniteReferent(const TextSpan& at, uint32_t s_at, std::string_view written) const {
    std::string_view head = DefiniteHead(written);
    if (head.empty() || entity_of_ == nullptr) return -1;
    int32_t by_name = -1;
    uint32_t by_name_at = 0;
    std::unordered_set<int32_t> nearby;
    for (size_t m = 0; m < doc_.entities.size() && m < entity_of_->size(); ++m) {
      const EntityMention& em = doc_.entities[m];
      int32_t e = (*entity_of_)[m];
      if (e < 0 || em.span.end > at.begin || InsideQuote(em.span)) continue;
      EntityType t = TypeOf(e);
      if (t == EntityType::kPerson || t == EntityType::kPlace) continue;
      std::string name = AsciiLower(entities_.entities[static_cast<size_t>(e)].name);
      if (name.find(head) != std::string::npos && (by_name < 0 || em.span.begin >= by_name_at)) {
        by_name = e, by_name_at = em.span.begin;
      }
      if (t == EntityType::kOrganization && em.sentence <= s_at && em.sentence + 2 >= s_at) {
        nearby.insert(e);
      }
    }
    if (by_name >= 0) return by_name;
    if (IsOrganisationHead(head) && nearby.size() == 1) return *nearby.begin();
    return -1;
  }

  // "he", "she", "they": the previous quote's speaker when close and compatible, else for
  // "he"/"she" the person last named before the quote.
  void ResolvePronoun(const Quote& q, const std::string& speaker, PronounKind pronoun,
                      QuoteOccurrence* o) const {
    const Gender wanted = PronounGender(AsciiLower(speaker));
    bool near_prev = prev_ != nullptr && q.sentence >= prev_->sentence &&
                     q.sentence - prev_->sentence <= kPronounSentences &&
                     q.text.begin >= prev_->text.end &&
                     q.text.begin - prev_->text.end <= kPronounBytes;
    // "he"/"she" continue a person or a described speaker, never an organisation, and
    // only one whose gender agrees; "they" never continues one named person.
    bool compatible =
        pronoun == PronounKind::kPerson
            ? (!prev_description_.empty() || TypeOf(prev_entity_) == EntityType::kPerson) &&
                  GendersAgree(GenderOf(prev_entity_), wanted)
            : !(AsciiLower(speaker) == "they" && prev_entity_ >= 0 &&
                TypeOf(prev_entity_) == EntityType::kPerson);
    // A new paragraph that names a person after the last quote and its attribution hands
    // "he"/"she" to that person ("His counterpart, Jan Roe, spoke later. “…,” he said.").
    uint32_t anchor = std::min(q.speaker.begin, q.text.begin);
    if (q.speaker.begin > q.text.end) anchor = q.speaker.begin;
    uint32_t after_prev = prev_ != nullptr ? std::max(prev_->text.end, prev_->speaker.end) : 0;
    if (near_prev && pronoun == PronounKind::kPerson && anchor > after_prev &&
        text_.substr(after_prev, anchor - after_prev).find('\n') != std::string_view::npos) {
      near_prev = NearestPerson(after_prev, anchor, wanted) < 0;
    }
    if (near_prev && compatible && (prev_entity_ >= 0 || !prev_description_.empty())) {
      o->entity = prev_entity_;
      o->description = prev_description_;
    } else if (pronoun == PronounKind::kPerson) {
      o->entity = NearestPerson(0, anchor, wanted);
    }
  }

  // A named speaker: the entity mention in the attribution (a person first, then the widest
  // overlap), else a spelling of a known entity, else a description. occ[doc_first_occ, …) are
  // this article's earlier occurrences.
  void ResolveNamed(const Quote& q, const std::string& speaker,
                    const std::vector<QuoteOccurrence>& occ, size_t doc_first_occ,
                    QuoteOccurrence* o) const {
    int32_t best_e = -1;
    uint32_t best_overlap = 0;
    bool best_person = false;
    TextSpan best_span;
    for (size_t m = 0; m < doc_.entities.size(); ++m) {
      const EntityMention& em = doc_.entities[m];
      int32_t e = MentionEntity(m);
      if (e < 0 || !em.span.Overlaps(q.speaker)) continue;
      uint32_t overlap =
          std::min(em.span.end, q.speaker.end) - std::max(em.span.begin, q.speaker.begin);
      bool person = TypeOf(e) == EntityType::kPerson;
      if (best_e < 0 || (person && !best_person) ||
          (person == best_person && overlap > best_overlap)) {
        best_e = e, best_overlap = overlap, best_person = person, best_span = em.span;
      }
    }
    if (best_e >= 0 && PossessiveOwner(text_, q.speaker, best_span)) {
      best_e = -1;  // "Varga’s spokesman": someone speaking for Varga
    } else if (best_e >= 0 && !best_person && HasOtherWords(text_, q.speaker, best_span)) {
      best_e = -1;  // "a U.S. official", "two NATO diplomats": described, not named
    } else if (best_e < 0) {
      best_e = spellings_.Lookup(speaker);
    }
    if (best_e < 0) best_e = DefiniteReferent(q.speaker, q.sentence, speaker);
    o->entity = best_e;
    if (best_e < 0) o->description = Description(speaker);
    // "the ministry" after "the Kestrian foreign ministry said": the fuller description.
    std::string_view head = best_e < 0 ? DefiniteHead(speaker) : std::string_view();
    for (size_t k = occ.size(); !head.empty() && k > doc_first_occ; --k) {
      const std::string& earlier = occ[k - 1].description;
      if (earlier.size() > o->description.size() && EndsWith(AsciiLower(earlier), head) &&
          !IsAnonymousDescription(earlier)) {
        o->description = earlier;
        break;
      }
    }
  }

  const size_t d_;
  const AnnotatedDoc& doc_;
  const std::string_view text_;
  const std::vector<int32_t>* const entity_of_;
  const ResolvedEntities& entities_;
  const std::vector<Gender>& gender_;
  const SpellingIndex& spellings_;
  // The previous quote read and its speaker.
  const Quote* prev_ = nullptr;
  int32_t prev_entity_ = -1;
  std::string prev_description_;
};

}  // namespace

EntityType EntityTypeOf(const ResolvedEntities& entities, int32_t e) {
  return e >= 0 && static_cast<size_t>(e) < entities.entities.size()
             ? entities.entities[static_cast<size_t>(e)].type
             : EntityType::kOther;
}

std::vector<QuoteOccurrence> ReadQuoteOccurrences(const StoryInput& story,
                                                  const ResolvedEntities& entities) {
  const SpellingIndex spellings(entities);
  const std::vector<Gender> gender = EntityGenders(story, entities);
  std::vector<QuoteOccurrence> occ;
  for (size_t d = 0; d < story.docs.size(); ++d) {
    const AnnotatedDoc* doc = story.docs[d];
    if (doc == nullptr || doc->article == nullptr) continue;
    ArticleQuoteReader(d, *doc, entities, gender, spellings).Read(&occ);
  }
  return occ;
}

}  // namespace corroborate
