// Actor resolution (reconcile/positions_actor.h): who holds a stance.
#include "reconcile/positions_actor.h"

#include "core/strings.h"
#include "reconcile/claims.h"
#include "reconcile/demonyms.h"
#include "reconcile/positions_lexicon.h"
#include "reconcile/positions_metonymy.h"

namespace corroborate::positions {

ActorResolver::ActorResolver(const StoryInput& story, const ResolvedEntities& entities,
                             const ClaimSet& claims)
    : story_(story), entities_(entities), claims_(claims) {
  for (size_t e = 0; e < entities.entities.size(); ++e) {
    const AccountEntity& ent = entities.entities[e];
    AddName(NameKey(ent.name), static_cast<int32_t>(e));
    for (const std::string& variant : ent.variants)
      AddName(NameKey(variant), static_cast<int32_t>(e));
  }
  seats_ = StateOfSeats(story, entities, claims);
  parties_ = MainParties(claims, entities);
}

// "both sides", "the two delegations", "the parties" at token k: the story's main parties.
bool ActorResolver::BothSides(const SentenceView& v, size_t k, std::vector<Actor>* out) const {
  static const WordSet kSides = {"sides",     "parties",   "delegations", "governments",
                                 "countries", "camps",     "capitals",    "negotiators",
                                 "leaders",   "ministers", "states"};
  const auto& t = Toks(v);
  if (parties_.first < 0 || k == 0 || !kSides.count(t[k].lower)) return false;
  const std::string& det = t[k - 1].lower;
  bool both = det == "both" || (det == "two" && k >= 2 && t[k - 2].lower == "the") ||
              (det == "the" && t[k].lower == "parties");
  if (!both) return false;
  out->push_back({parties_.first, ""});
  out->push_back({parties_.second, ""});
  return true;
}

// The doc's claim tokens with entity tags by overlap, so that "Russia’s" (a mention of
// "Russia" inside a longer token) counts as the entity.
void ActorResolver::BeginDoc(size_t d) {
  doc_tokens_.clear();
  const AnnotatedDoc* doc = story_.docs[d];
  for (uint32_t c = claims_.doc_begin[d]; c < claims_.doc_begin[d + 1]; ++c) {
    doc_tokens_.push_back(claims_.claims[c].tokens);
  }
  const std::vector<int32_t>* entity_of =
      d < entities_.entity_of.size() ? &entities_.entity_of[d] : nullptr;
  if (entity_of == nullptr) return;
  for (size_t m = 0; m < doc->entities.size() && m < entity_of->size(); ++m) {
    int32_t e = (*entity_of)[m];
    if (e < 0) continue;
    TextSpan span = doc->entities[m].span;
    for (auto& toks : doc_tokens_) {
      if (toks.empty() || toks.back().span.end <= span.begin ||
          toks.front().span.begin >= span.end) {
        continue;
      }
      for (ClaimToken& tok : toks) {
        if (!tok.punct && tok.entity < 0 && tok.span.begin >= span.begin &&
            tok.span.begin < span.end) {
          tok.entity = e;
        }
      }
    }
  }
}

// The entity a pronoun at token i refers to: the nearest earlier mention of the right kind in
// this sentence or the three before, outside direct quotes.
int32_t ActorResolver::ResolvePronoun(const SentenceView& v, size_t i) const {
  const std::string& w = Toks(v)[i].lower;
  bool person = kPersonPronouns.count(w) > 0;
  uint32_t before = Toks(v)[i].span.begin;
  for (size_t k = v.index + 1, n = 0; k > 0 && n < 4; --k, ++n) {
    const std::vector<ClaimToken>& toks = doc_tokens_[k - 1];
    for (size_t j = toks.size(); j > 0; --j) {
      const ClaimToken& tok = toks[j - 1];
      if (tok.entity < 0 || tok.span.begin >= before) continue;
      if (DirectQuoteAt(v, tok.span) != nullptr) continue;
      EntityType type = entities_.entities[static_cast<size_t>(tok.entity)].type;
      if (person == (type == EntityType::kPerson)) return tok.entity;
    }
  }
  return -1;
}

// The actor an entity token stands for: the entity, or, for a demonym heading a plural noun
// ("European governments", "Varnian officials"), that group as written.
Actor ActorResolver::EntityActor(const SentenceView& v, size_t i) const {
  const auto& t = Toks(v);
  int32_t e = t[i].entity;
  size_t b = i, end = i + 1;
  while (b > 0 && t[b - 1].entity == e) --b;
  while (end < t.size() && t[end].entity == e) ++end;
  std::string_view last = t[end - 1].span.Of(v.text);
  bool demonym = EndsWith(last, "ian") || EndsWith(last, "ean") || EndsWith(last, "can") ||
                 EndsWith(last, "ese") || EndsWith(last, "ish") || EndsWith(last, "ern");
  if (demonym && end < t.size() && !t[end].punct && t[end].entity < 0 && !Capitalised(v, end) &&
      !IsStopword(t[end].lower) && !IsNumber(t[end].lower) && !kAux.count(t[end].lower) &&
      !Rules().count(StemWord(t[end].lower))) {
    return {-1, CollapseWhitespace(TextSpan{t[b].span.begin, t[end].span.end}.Of(v.text))};
  }
  return {e, ""};
}

// The first entity of the mention holding token i, with coordinated ones before it
// ("Varnia and the Kestrian Federation").
void ActorResolver::AddWithCoordinated(const SentenceView& v, size_t i,
                                       std::vector<Actor>* actors) const {
  const auto& t = Toks(v);
  int32_t e = t[i].entity;
  actors->push_back(EntityActor(v, i));
  size_t k = i;
  while (k > 0 && t[k - 1].entity == e) --k;
  // Look back for "X and (the) Y" / "X, Y and Z": a comma only once an "and" was seen.
  bool seen_and = false;
  static const WordSet kQuantifiers = {"the",  "several", "other", "some", "many",  "two", "three",
                                       "both", "fellow",  "his",   "her",  "their", "its"};
  while (k >= 2) {
    size_t j = k - 1;
    // "Zelensky and several European leaders", "Varnia and its allies".
    if (kQuantifiers.count(t[j].lower) && j > 0) --j;
    if (t[j].lower != "and" && !(seen_and && t[j].lower == ",")) break;
    seen_and = true;
    if (j == 0 || t[j - 1].entity < 0) break;
    int32_t other = t[j - 1].entity;
    actors->push_back(EntityActor(v, j - 1));
    k = j - 1;
    while (k > 0 && t[k - 1].entity == other) --k;
  }
}

// The holder of a stance at token i, from the parse when there is one, else by scanning
// back through the clause for the nearest subject-like entity or pronoun.
std::vector<Actor> ActorResolver::Subject(const SentenceView& v, size_t i) const {
  std::vector<Actor> out;
  const auto& t = Toks(v);
  const QuoteSpan* quote = DirectQuoteAt(v, t[i].span);
  uint32_t floor = quote != nullptr ? quote->span.begin : 0;
  auto from_quote = [&]() {
    if (quote == nullptr) return false;
    if (quote->entity >= 0) {
      out.push_back({quote->entity, ""});
    } else if (!quote->speaker_name.empty()) {
      out.push_back({-1, quote->speaker_name});
    }
    return !out.empty();
  };
  {
    // "both delegations had accepted": checked before the parse, which may hang the clause on
    // a reporting verb ("… that Castellan said both delegations had accepted").
    size_t k = i;
    while (k > 0 && !t[k - 1].punct && (kSkippable.count(t[k - 1].lower) || t[k - 1].negation)) {
      --k;
    }
    if (k > 0 && BothSides(v, k - 1, &out)) return out;
  }
  if (auto parsed = ParsedSubject(v, i)) {
    size_t k = *parsed;
    if (t[k].entity >= 0) {
      AddWithCoordinated(v, k, &out);
      return out;
    }
    const std::string& w = t[k].lower;
    if (kFirstPronouns.count(w)) {
      from_quote();
      return out;
    }
    if (w == "they") {
      if (auto group = GroupBefore(v, k)) {
        out.push_back(*group);
        return out;
      }
    }
    if (kPersonPronouns.count(w) || kOtherPronouns.count(w)) {
      int32_t e = ResolvePronoun(v, k);
      if (e >= 0) out.push_back({e, ""});
      return out;
    }
    if (BothSides(v, k, &out)) return out;
    // Any other common-noun subject ("officials", "the talks"): nobody we can name.
    if (!Capitalised(v, k)) return out;
  }
  if (GenericSubject(v, i)) return out;
  if (auto named = NamedSubject(v, i)) {
    out.push_back(*named);
    return out;
  }
  for (size_t k = i, n = 0; k > 0 && n < 30; --k, ++n) {
    const ClaimToken& tok = t[k - 1];
    if (tok.span.begin < floor) break;
    if (tok.punct && (tok.lower == ";" || tok.lower == ":" || tok.lower == ".")) break;
    if (tok.entity >= 0) {
      size_t m = k - 1;
      while (m > 0 && t[m - 1].entity == tok.entity) --m;
      bool governed =
          m > 0 && !t[m - 1].punct &&
          (kLinkPreps.count(t[m - 1].lower) || t[m - 1].lower == "by" || t[m - 1].lower == "with" ||
           t[m - 1].lower == "at" || t[m - 1].lower == "about" || t[m - 1].lower == "against" ||
           t[m - 1].lower == "between" || t[m - 1].lower == "and");
      if (!governed && m > 0 && t[m - 1].lower == "the" && m > 1 &&
          kLinkPreps.count(t[m - 2].lower)) {
        governed = true;
      }
      if (governed || Possessive(v, k - 1)) {
        k = m + 1;
        continue;
      }
      AddWithCoordinated(v, k - 1, &out);
      return out;
    }
    if (tok.punct) continue;
    const std::string& w = tok.lower;
    // Not across "X said that …": the reporter is not the holder.
    if (w == "that" || w == "said" || w == "says" || w == "told") break;
    if (kFirstPronouns.count(w) && (w == "we" || w == "i")) {
      from_quote();
      return out;
    }
    if (w == "they") {
      if (auto group = GroupBefore(v, k - 1)) {
        out.push_back(*group);
        return out;
      }
    }
    if (w == "he" || w == "she" || w == "it" || w == "they") {
      int32_t e = ResolvePronoun(v, k - 1);
      if (e >= 0) out.push_back({e, ""});
      return out;
    }
  }
  from_quote();
  return out;
}

// "Varnian officials said … that they would not accept": "they" is the nationality group
// named earlier in the sentence, when there is one (its state, once normalised).
std::optional<Actor> ActorResolver::GroupBefore(const SentenceView& v, size_t k) const {
  static const WordSet kGroups = {"officials",  "negotiators", "diplomats", "authorities",
                                  "leaders",    "delegates",   "ministers", "governments",
                                  "delegation", "government",  "side"};
  const auto& t = Toks(v);
  for (size_t j = k; j > 1; --j) {
    const ClaimToken& noun = t[j - 1];
    const ClaimToken& adj = t[j - 2];
    if (!kGroups.count(noun.lower) || adj.punct || !Capitalised(v, j - 2)) continue;
    std::string_view raw = adj.span.Of(v.text);
    if (!(EndsWith(raw, "an") || EndsWith(raw, "ese") || EndsWith(raw, "ish"))) continue;
    return Actor{-1, CollapseWhitespace(TextSpan{adj.span.begin, noun.span.end}.Of(v.text))};
  }
  return std::nullopt;
}

// Without a parse: a common-noun subject right before the verb ("the parties agreed",
// "both sides accepted") names nobody; the entity further back ("According to Sarkan, the
// parties agreed …") is not the holder.
bool ActorResolver::GenericSubject(const SentenceView& v, size_t i) const {
  static const WordSet kGroupDeterminers = {"the",  "both", "all",     "two",  "some",
                                            "many", "most", "several", "other"};
  const auto& t = Toks(v);
  size_t k = i;
  while (k > 0 && !t[k - 1].punct && (kSkippable.count(t[k - 1].lower) || t[k - 1].negation)) {
    --k;
  }
  if (k < 2 || t[k - 1].punct || t[k - 1].entity >= 0 || Capitalised(v, k - 1)) return false;
  const std::string& w = t[k - 1].lower;
  if (kClauseWords.count(w) || kAux.count(w) || kPersonPronouns.count(w) ||
      kOtherPronouns.count(w) || kFirstPronouns.count(w)) {
    return false;
  }
  return kGroupDeterminers.count(t[k - 2].lower) > 0;
}

// The subject token of the stance word at i from the dependency parse, or nullopt.
std::optional<size_t> ActorResolver::ParsedSubject(const SentenceView& v, size_t i) const {
  const AnnotatedDoc* doc = v.annotated;
  if (doc == nullptr || doc->words.empty()) return std::nullopt;
  const Sentence& s = doc->sentences[v.claim->sentence];
  if (s.word_end <= s.word_begin || s.word_end > doc->words.size()) return std::nullopt;
  const auto& words = doc->words;
  uint32_t target = Toks(v)[i].span.begin;
  int64_t w = -1;
  for (uint32_t k = s.word_begin; k < s.word_end; ++k) {
    if (words[k].span.begin <= target && target < words[k].span.end) {
      w = k;
      break;
    }
  }
  for (int hop = 0; hop < 3 && w >= 0; ++hop) {
    for (uint32_t k = s.word_begin; k < s.word_end; ++k) {
      if (words[k].head == w && words[k].deprel == "nsubj") {
        // The claim token holding this word.
        const auto& t = Toks(v);
        for (size_t j = 0; j < t.size(); ++j) {
          if (t[j].span.Overlaps(words[k].span)) {
            // Prefer an entity inside the subject phrase ("European partners").
            if (t[j].entity < 0) {
              for (size_t b = j; b > 0 && j - b < 4; --b) {
                if (t[b - 1].punct) break;
                if (t[b - 1].entity >= 0) return b - 1;
              }
            }
            return j;
          }
        }
        return std::nullopt;
      }
    }
    // "refused to accept", "and rejected": the subject is the governing verb's.
    std::string_view rel = words[static_cast<size_t>(w)].deprel;
    if (rel != "xcomp" && rel != "conj" && rel != "advcl") break;
    w = words[static_cast<size_t>(w)].head;
  }
  return std::nullopt;
}

// The country a demonym names (reconcile/demonyms.h), when the story has that entity; -1
// otherwise.
int32_t ActorResolver::DemonymCountry(std::string_view demonym, int32_t self) const {
  const std::vector<std::string> tries = DemonymBases(demonym);
  for (const std::string& c : tries) {
    auto it = by_name_.find(NameKey(c));
    // A one-word "person" may be a mistyped country; full personal names never derive one.
    if (it != by_name_.end() && it->second >= 0 && it->second != self &&
        (entities_.entities[static_cast<size_t>(it->second)].type != EntityType::kPerson ||
         entities_.entities[static_cast<size_t>(it->second)].name.find(' ') == std::string::npos)) {
      return it->second;
    }
  }
  return -1;
}

// Who the actor stands for in the table: a nationality adjective or "the Varnian side /
// delegation / government / officials" is the state when the story names it; a bare
// nationality adjective with no such state ("European support") is nobody.
std::optional<Actor> ActorResolver::Normalize(const Actor& a) const {
  static const WordSet kInstitutional = {
      "side",      "government",  "delegation", "leadership", "administration", "authorities",
      "officials", "negotiators", "diplomats",  "team",       "presidency",     "cabinet",
      "foreign",   "ministry",    "state",      "regime",     "embassy"};
  static const WordSet kDemonymEnds = {"an", "ese", "ish", "ern", "i"};
  auto demonym = [&](std::string_view w) {
    if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
    for (std::string_view e : kDemonymEnds) {
      if (EndsWith(w, e)) return true;
    }
    return false;
  };
  // "Moscow", "the Kremlin": the state they stand for (positions_metonymy.h).
  if (a.entity >= 0 && static_cast<size_t>(a.entity) < seats_.by_entity.size() &&
      seats_.by_entity[static_cast<size_t>(a.entity)] >= 0) {
    return Actor{seats_.by_entity[static_cast<size_t>(a.entity)], ""};
  }
  if (a.entity < 0 && !a.name.empty()) {
    auto [state, name] = seats_.StateOfName(a.name);
    if (state >= 0) return Actor{state, ""};
    if (!name.empty()) return Actor{-1, name};
  }
  if (a.entity >= 0) {
    const AccountEntity& e = entities_.entities[static_cast<size_t>(a.entity)];
    if (e.name.find(' ') != std::string::npos || !demonym(e.name)) return a;
    int32_t country = DemonymCountry(e.name, a.entity);
    if (country >= 0) return Actor{country, ""};
    if (e.type == EntityType::kGroup) return std::nullopt;
    return a;
  }
  std::vector<std::string_view> words = Split(a.name, ' ');
  if (words.size() == 1 && demonym(words[0])) {
    int32_t country = DemonymCountry(words[0], -1);
    if (country >= 0) return Actor{country, ""};
  }
  if (words.size() == 2 && demonym(words[0]) && kInstitutional.count(AsciiLower(words[1]))) {
    int32_t country = DemonymCountry(words[0], -1);
    if (country >= 0) return Actor{country, ""};
  }
  return a;
}

// -2 marks a spelling shared by several entities: never used.
void ActorResolver::AddName(const std::string& key, int32_t e) {
  if (key.empty()) return;
  auto [it, fresh] = by_name_.emplace(key, e);
  if (!fresh && it->second != e) it->second = -2;
}

// A capitalised name in the subject slot that the analyzer did not mark ("Kestria demands",
// a sentence-initial name): the entity spelled so, else the name as written.
std::optional<Actor> ActorResolver::NamedSubject(const SentenceView& v, size_t i) const {
  const auto& t = Toks(v);
  size_t k = i;
  while (k > 0 && !t[k - 1].punct && kSkippable.count(t[k - 1].lower)) --k;
  if (k == 0 || t[k - 1].punct || t[k - 1].entity >= 0 || !Capitalised(v, k - 1)) {
    return std::nullopt;
  }
  size_t end = k;
  while (k > 0 && !t[k - 1].punct && t[k - 1].entity < 0 && Capitalised(v, k - 1) && end - k < 4) {
    --k;
  }
  const std::string& first = t[k].lower;
  if (kDeterminers.count(first) || kPersonPronouns.count(first) || kOtherPronouns.count(first) ||
      kFirstPronouns.count(first) || kClauseWords.count(first) || IsStopword(first)) {
    return std::nullopt;
  }
  if (k > 0 && !t[k - 1].punct &&
      (kLinkPreps.count(t[k - 1].lower) || kClauseWords.count(t[k - 1].lower))) {
    if (t[k - 1].lower != "while" && t[k - 1].lower != "but" && t[k - 1].lower != "and") {
      return std::nullopt;
    }
  }
  // A sentence-initial plural ("Officials rejected…") is a common noun, not a name.
  if (end - k == 1 && k == 0 && EndsWith(first, "s") && !EndsWith(first, "ss")) return std::nullopt;
  std::string name(TextSpan{t[k].span.begin, t[end - 1].span.end}.Of(v.text));
  if (EndsWith(name, "'s") || EndsWith(name, "\xE2\x80\x99s")) return std::nullopt;
  auto it = by_name_.find(NameKey(name));
  if (it != by_name_.end() && it->second >= 0) return Actor{it->second, ""};
  return Actor{-1, CollapseWhitespace(name)};
}

}  // namespace corroborate::positions
