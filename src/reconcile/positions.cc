#include "reconcile/positions.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "analyze/quotes.h"
#include "core/disjoint_sets.h"
#include "core/strings.h"
#include "reconcile/demonyms.h"

namespace corroborate {
namespace {

using WordSet = std::unordered_set<std::string_view>;

enum class Stance : uint8_t { kDemands, kRejects, kAccepts, kProposes, kSupports, kOpposes, kNone };

const char* StanceName(Stance s) {
  switch (s) {
    case Stance::kDemands:
      return "demands";
    case Stance::kRejects:
      return "rejects";
    case Stance::kAccepts:
      return "accepts";
    case Stance::kProposes:
      return "proposes";
    case Stance::kSupports:
      return "supports";
    case Stance::kOpposes:
      return "opposes";
    case Stance::kNone:
      break;
  }
  return "";
}

// How a stance word is used. particle: the word that must follow ("insist on", "call for");
// noun_particles: for a noun reading ("demands for", "support for"); negated: the stance when
// negated ("will not accept" → rejects), kNone when negation leaves no stance ("did not demand").
struct Rule {
  Stance stance = Stance::kNone;
  std::string_view particle;        // "" when the verb takes a direct object
  std::string_view noun_particles;  // space-separated; "" when there is no noun reading
  Stance negated = Stance::kNone;
  bool verb = true;     // has a verb reading
  bool refuse = false;  // "refuse": its object is a concession ("refused to cede X")
};

// Stance words by stem (claims.h StemWord), general English only.
const std::unordered_map<std::string, std::vector<Rule>>& Rules() {
  static const auto* rules = [] {
    auto* m = new std::unordered_map<std::string, std::vector<Rule>>;
    auto add = [&](std::string_view word, Rule r) { (*m)[StemWord(word)].push_back(r); };
    const Stance D = Stance::kDemands, R = Stance::kRejects, A = Stance::kAccepts,
                 P = Stance::kProposes, S = Stance::kSupports, O = Stance::kOpposes,
                 N = Stance::kNone;
    add("demand", {D, "", "for that", N});
    add("insist", {D, "on", "", N});
    add("insistence", {D, "", "on", N, false});
    add("call", {D, "for", "for", N});
    add("urge", {D, "", "", N});
    add("seek", {D, "", "", N});
    add("sought", {D, "", "", N});
    add("press", {D, "for", "", N});
    add("ask", {D, "for", "", N});
    add("want", {D, "", "", N});
    add("reject", {R, "", "", N});
    add("rejection", {R, "", "of", N, false});
    add("refuse", {R, "", "", N, true, true});
    add("refusal", {R, "", "to of", N, false, true});
    add("rule", {R, "out", "", N});
    add("dismiss", {R, "", "", N});
    add("veto", {R, "", "", N});
    add("turn", {R, "down", "", N});
    add("accept", {A, "", "", R});
    add("agree", {A, "to", "", N});
    add("agree", {A, "on", "", N});
    add("approve", {A, "", "", R});
    add("propose", {P, "", "", N});
    add("proposal", {P, "", "for on to", N, false});
    add("offer", {P, "", "of to", N});
    add("put", {P, "forward", "", N});
    add("support", {S, "", "for", O});
    add("backing", {S, "", "for", O});
    add("endorse", {S, "", "", O});
    add("welcome", {S, "", "", N});
    add("favour", {S, "", "", O});
    add("favor", {S, "", "", O});
    add("oppose", {O, "", "", N});
    add("opposition", {O, "", "to", N, false});
    add("object", {O, "to", "", N});
    add("objection", {O, "", "to", N, false});
    add("warn", {O, "against", "", N});
    add("resist", {O, "", "", N});
    add("condemn", {O, "", "", N});
    add("criticise", {O, "", "", N});
    add("criticize", {O, "", "", N});
    add("denounce", {O, "", "", N});
    return m;
  }();
  return *rules;
}

// "back" is a stance only in these forms ("pull back" is not).
bool IsBackForm(std::string_view w) { return w == "backs" || w == "backed" || w == "backing"; }

// Verbs of giving something up: negated with a modal ("will not cede territory") they state a
// rejection; after "refuse to"/"rule out" they carry the object.
const std::unordered_set<std::string>& ConcessionStems() {
  static const auto* s = [] {
    auto* set = new std::unordered_set<std::string>;
    for (std::string_view w :
         {"cede",      "give",     "surrender", "relinquish", "hand",  "trade",  "recognise",
          "recognize", "withdraw", "abandon",   "renounce",   "lift",  "accept", "sign",
          "return",    "release",  "drop",      "reduce",     "limit", "cut",    "pull",
          "leave",     "join",     "negotiate", "compromise", "allow"}) {
      set->insert(StemWord(w));
    }
    return set;
  }();
  return *s;
}
// Of those, the ones whose negation is a stance (not "did not join").
bool NegationRejects(const std::string& stem) {
  static const auto* s = [] {
    auto* set = new std::unordered_set<std::string>;
    for (std::string_view w :
         {"cede", "give", "surrender", "relinquish", "hand", "trade", "recognise", "recognize",
          "withdraw", "abandon", "renounce", "lift", "compromise"}) {
      set->insert(StemWord(w));
    }
    return set;
  }();
  return s->count(stem) > 0;
}

const WordSet kDeterminers = {"the",   "a",     "an",   "any",  "all",  "some",  "its",
                              "their", "his",   "her",  "our",  "my",   "your",  "this",
                              "these", "those", "such", "both", "each", "every", "that"};
// Stripped from the front of an issue: they grade it, they are not it.
const WordSet kModifiers = {
    "further",   "new",      "additional", "more",    "other",    "another",   "significant",
    "full",      "entire",   "whole",      "current", "strong",   "lasting",   "key",
    "major",     "certain",  "several",    "many",    "much",     "most",      "main",
    "broad",     "broader",  "only",       "initial", "original", "latest",    "possible",
    "potential", "real",     "serious",    "total",   "complete", "immediate", "clear",
    "specific",  "existing", "future",     "any",     "very",     "number",    "same"};
// "a reduction in the army", "transfer of control over the territories": the issue is what
// follows the preposition.
const WordSet kRelational = {
    "reduction",   "reductions",  "cut",          "cuts",      "limit",   "limits",    "limitation",
    "limitations", "restriction", "restrictions", "cap",       "caps",    "transfer",  "withdrawal",
    "control",     "recognition", "lifting",      "easing",    "release", "return",    "freeze",
    "ban",         "halt",        "end",          "expansion", "size",    "status",    "issue",
    "issues",      "question",    "questions",    "matter",    "part",    "number",    "set",
    "series",      "version",     "kind",         "form",      "use",     "rest",      "level",
    "handover",    "lot",         "future",       "fate",      "terms",   "provisions"};
// Heads too light to name an issue when a modifier says what it is about: "territorial
// concessions" is about territory.
const std::unordered_set<std::string>& LightHeads() {
  static const auto* s = [] {
    auto* set = new std::unordered_set<std::string>;
    for (std::string_view w :
         {"concession", "issue", "question", "matter", "status", "control", "term", "arrangement",
          "dispute", "problem", "decision", "aspect", "claim", "demand", "change", "integrity"}) {
      set->insert(StemWord(w));
    }
    return set;
  }();
  return *s;
}
const WordSet kLinkPreps = {"of", "on", "in", "over", "from", "for", "to"};
const WordSet kAux = {"is",  "are",   "was",  "were", "be",    "been",  "being",  "am",
                      "has", "have",  "had",  "will", "would", "could", "should", "can",
                      "may", "might", "must", "do",   "does",  "did",   "shall"};
const WordSet kModals = {"will", "would", "can", "could", "shall", "must", "should"};
const WordSet kClauseWords = {
    "that",   "which",    "who",     "whom",      "whose",     "where",   "when",    "while",
    "if",     "because",  "as",      "than",      "but",       "and",     "or",      "nor",
    "so",     "said",     "says",    "saying",    "after",     "before",  "until",   "unless",
    "though", "although", "whether", "with",      "by",        "at",      "into",    "against",
    "about",  "under",    "between", "during",    "without",   "toward",  "towards", "across",
    "around", "through",  "amid",    "despite",   "like",      "via",     "per",     "within",
    "beyond", "upon",     "since",   "following", "including", "instead", "rather",  "even",
    "also",   "not",      "no",      "never"};
const WordSet kPersonPronouns = {"he", "she", "him", "his", "her"};
const WordSet kOtherPronouns = {"it", "its", "they", "them", "their"};
const WordSet kFirstPronouns = {"we", "i", "us", "our", "me", "my"};
const WordSet kGenericIssues = {
    "detail", "details", "specifics", "something", "anything", "nothing",  "everything", "thing",
    "things", "way",     "ways",      "one",       "ones",     "lot",      "idea",       "fact",
    "kind",   "time",    "comment",   "comments",  "it",       "this",     "what",       "them",
    "him",    "her",     "us",        "you",       "which",    "whatever", "point",      "points",
    "part",   "step",    "steps",     "move",      "moves",    "bid",      "effort",     "efforts"};
// Adverbs and particles that sit between a subject and its verb.
const WordSet kSkippable = {
    "also",        "again",         "still",      "now",        "then",       "further",
    "openly",      "firmly",        "strongly",   "flatly",     "repeatedly", "already",
    "reportedly",  "publicly",      "privately",  "previously", "quickly",    "continue",
    "continues",   "continued",     "to",         "has",        "have",       "had",
    "will",        "would",         "could",      "can",        "may",        "might",
    "must",        "should",        "is",         "are",        "was",        "were",
    "did",         "does",          "do",         "not",        "never",      "both",
    "all",         "each",          "only",       "initially",  "later",      "swiftly",
    "immediately", "categorically", "effectively"};
const WordSet kWillingness = {
    "ready",    "willing",   "prepared",  "agreed",    "agree",      "agrees",   "refused",
    "refuses",  "refuse",    "wants",     "want",      "wanted",     "plans",    "plan",
    "planned",  "intends",   "intend",    "vowed",     "pledged",    "offered",  "offers",
    "continue", "continues", "continued", "unwilling", "determined", "expected", "decided",
    "decides",  "seeks",     "sought",    "seek",      "tried",      "tries"};
const WordSet kJudgeVerbs = {"found",      "find",      "finds",    "consider", "considers",
                             "considered", "deem",      "deems",    "deemed",   "called",
                             "calls",      "call",      "regard",   "regards",  "regarded",
                             "described",  "describes", "declared", "declares"};
const WordSet kCopulas = {"is",   "are",     "was",    "were",    "be",
                          "been", "remains", "remain", "remained"};

bool IsNumber(std::string_view lower) {
  return !lower.empty() && ((lower[0] >= '0' && lower[0] <= '9') || NumberWord(lower) >= 0);
}

// An occurrence of a quote in one document, with the speaker found for it.
struct QuoteSpan {
  TextSpan span;
  bool direct = true;
  std::string speaker;       // entity id
  std::string speaker_name;  // name or description
  int32_t entity = -1;       // index into the resolved entities
};

// What the finder works on for one sentence.
struct SentenceView {
  size_t doc = 0;
  const AnnotatedDoc* annotated = nullptr;
  std::string_view text;
  const Claim* claim = nullptr;
  const std::vector<QuoteSpan>* quotes = nullptr;
  const std::vector<ClaimToken>* tokens = nullptr;  // the claim's, entities tagged by overlap
  size_t index = 0;                                 // of the sentence among the doc's claims
};

struct Actor {
  int32_t entity = -1;
  std::string name;  // set when the actor is a described speaker, not an entity
};

struct Found {
  std::vector<Actor> actors;
  Stance stance = Stance::kNone;
  std::string issue;             // as written, determiners stripped
  std::vector<std::string> key;  // sorted unique stems
  std::string head;              // stem of the last key word (the head noun)
  size_t next = 0;               // token after the issue phrase
  bool heading = false;          // from a headline: corroborates a row, never opens one
};

class PositionFinder {
 public:
  PositionFinder(const StoryInput& story, const ResolvedEntities& entities, const ClaimSet& claims,
                 const std::vector<AccountQuote>& quotes)
      : story_(story), entities_(entities), claims_(claims), quote_spans_(story.docs.size()) {
    // Quote occurrences per document, with their resolved speakers.
    std::unordered_map<uint32_t, size_t> doc_of_article;
    for (size_t d = 0; d < story.article_index.size(); ++d) {
      doc_of_article.emplace(story.article_index[d], d);
    }
    std::unordered_map<std::string, int32_t> entity_by_id;
    for (size_t e = 0; e < entities.entities.size(); ++e) {
      entity_by_id.emplace(entities.entities[e].id, static_cast<int32_t>(e));
    }
    for (size_t e = 0; e < entities.entities.size(); ++e) {
      const AccountEntity& ent = entities.entities[e];
      AddName(NameKey(ent.name), static_cast<int32_t>(e));
      for (const std::string& variant : ent.variants)
        AddName(NameKey(variant), static_cast<int32_t>(e));
    }
    for (const AccountQuote& q : quotes) {
      for (const Evidence& ev : q.evidence) {
        auto it = doc_of_article.find(ev.article);
        if (it == doc_of_article.end()) continue;
        QuoteSpan s;
        s.span = ev.span;
        s.speaker = q.speaker;
        s.speaker_name = q.speaker_name;
        auto e = entity_by_id.find(q.speaker);
        if (e != entity_by_id.end()) s.entity = e->second;
        s.direct = false;
        const AnnotatedDoc* doc = story.docs[it->second];
        if (doc != nullptr) {
          for (const Quote& dq : doc->quotes) {
            if (dq.text == ev.span) s.direct = dq.direct;
          }
        }
        quote_spans_[it->second].push_back(std::move(s));
      }
    }
  }

  // The doc's claim tokens with entity tags by overlap, so that "Russia’s" (a mention of
  // "Russia" inside a longer token) counts as the entity.
  void BeginDoc(size_t d) {
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
  const std::vector<ClaimToken>& DocTokens(size_t i) const { return doc_tokens_[i]; }

  std::vector<Found> FindIn(const SentenceView& v) {
    std::vector<Found> out;
    const std::vector<ClaimToken>& t = v.claim->tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i].punct || t[i].entity >= 0) continue;
      const std::string& w = t[i].lower;
      if (DeniedContext(v, i) || Unasserted(v, i)) continue;
      if (w == "acceptable" || w == "unacceptable") {
        Adjective(v, i, &out);
        continue;
      }
      std::string stem = StemWord(w);
      if (stem == "back" && !IsBackForm(w)) continue;
      if (stem == "back") stem = StemWord("backing");  // the key the rule is filed under
      if (i > 0 && t[i - 1].lower == "-") continue;    // "Russian-backed", "U.S.-proposed"
      auto it = Rules().find(stem);
      if (it != Rules().end()) {
        for (const Rule& r : it->second) {
          if (Trigger(v, i, r, &out)) break;
        }
        continue;
      }
      if (ConcessionStems().count(stem) && NegationRejects(stem)) NegatedConcession(v, i, &out);
    }
    return out;
  }

 private:
  const std::vector<ClaimToken>& Toks(const SentenceView& v) const { return *v.tokens; }

  bool Capitalised(const SentenceView& v, size_t i) const {
    std::string_view raw = Toks(v)[i].span.Of(v.text);
    return !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
  }
  bool Possessive(const SentenceView& v, size_t i) const {
    std::string_view raw = Toks(v)[i].span.Of(v.text);
    return EndsWith(raw, "'s") || EndsWith(raw, "\xE2\x80\x99s") || EndsWith(raw, "s'");
  }
  // A hyphen written without spaces, joining two words ("behind-the-scenes").
  bool Joiner(const SentenceView& v, size_t i) const {
    const auto& t = Toks(v);
    // The full stops of an abbreviation ("U.S.") join too.
    if (t[i].punct && t[i].lower == "." && i > 0 && t[i - 1].span.end == t[i].span.begin &&
        t[i - 1].span.size() == 1 && !t[i - 1].punct) {
      return true;
    }
    return t[i].punct && t[i].lower == "-" && i > 0 && i + 1 < t.size() &&
           t[i - 1].span.end == t[i].span.begin && t[i].span.end == t[i + 1].span.begin &&
           t[i].span.size() == 1;
  }

  const QuoteSpan* DirectQuoteAt(const SentenceView& v, TextSpan span) const {
    for (const QuoteSpan& q : *v.quotes) {
      if (q.direct && q.span.Contains(span)) return &q;
    }
    return nullptr;
  }

  // Stance, with negation in the three words before the trigger (or before "to" of an
  // infinitive) applied.
  bool Negated(const SentenceView& v, size_t i, bool need_modal) const {
    const auto& t = Toks(v);
    if (t[i].negation) return true;
    for (size_t k = i, n = 0; k > 0 && n < 4; --k, ++n) {
      const ClaimToken& p = t[k - 1];
      if (p.punct) break;
      if (!p.negation) continue;
      if (!need_modal || p.lower == "never" || p.lower == "neither" || p.lower == "nor") {
        return true;
      }
      // "won't", "can't": the token itself is the modal.
      if (kModals.count(p.lower)) return true;
      if (k >= 2 && kModals.count(t[k - 2].lower)) return true;
      if (k >= 2 && (t[k - 2].lower == "refuse" || StemWord(t[k - 2].lower) == "refus"))
        return true;
    }
    return false;
  }

  // The issue noun phrase starting at token p; nullopt when none. Peels determiners,
  // modifiers, numbers, relational heads ("reduction in"), gerunds of concession verbs
  // ("ceding land") and a clause's subject ("troops withdraw from the region").
  std::optional<Found> Issue(const SentenceView& v, size_t p, size_t limit) const {
    const auto& t = Toks(v);
    limit = std::min(limit, t.size());
    static const WordSet kTimeWords = {
        "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday",  "sunday",
        "january",   "february", "march",     "april",    "june",   "july",      "august",
        "september", "october",  "november",  "december", "today",  "yesterday", "tomorrow",
        "tonight",   "weekend",  "week",      "month",    "year"};
    auto skip_front = [&](size_t k) {
      while (k < limit && !t[k].punct && t[k].entity < 0 &&
             (kDeterminers.count(t[k].lower) || kModifiers.count(t[k].lower) ||
              kTimeWords.count(t[k].lower) || t[k].lower == "last" || t[k].lower == "next" ||
              IsNumber(t[k].lower) || t[k].lower == "its" || t[k].lower == "their")) {
        ++k;
      }
      return k;
    };
    p = skip_front(p);
    // "(calls for) Ukraine to reduce its army": the issue is the object of the second verb.
    if (p < limit && t[p].entity >= 0) {
      size_t q = p;
      while (q < limit && t[q].entity == t[p].entity) ++q;
      if (q + 2 < limit && t[q].lower == "to" && !t[q + 1].punct && t[q + 1].entity < 0 &&
          !kDeterminers.count(t[q + 1].lower)) {
        p = q + 2;
        while (p < limit && (t[p].lower == "up" || t[p].lower == "back" || t[p].lower == "from")) {
          ++p;
        }
        p = skip_front(p);
      }
    }
    // "to cede land", "ceding land", "giving up territory".
    for (int round = 0; round < 2 && p < limit; ++round) {
      if (t[p].lower == "to" && p + 1 < limit && NegationRejects(StemWord(t[p + 1].lower))) {
        p += 2;
      } else if (t[p].lower == "to" && p + 1 < limit && !t[p + 1].punct && t[p + 1].entity < 0 &&
                 !kDeterminers.count(t[p + 1].lower) && !kAux.count(t[p + 1].lower)) {
        // "offered to host the talks": the proposal is the act.
        ++p;
        break;
      } else if (EndsWith(t[p].lower, "ing") && ConcessionStems().count(StemWord(t[p].lower))) {
        ++p;
      } else {
        break;
      }
      while (p < limit && (t[p].lower == "up" || t[p].lower == "over" || t[p].lower == "back" ||
                           t[p].lower == "out" || t[p].lower == "off" || t[p].lower == "from" ||
                           t[p].lower == "on")) {
        ++p;
      }
      p = skip_front(p);
    }
    // The second verb of a coordinated list ("reduce its army and relinquish territory").
    if (p + 1 < limit && !t[p].punct && t[p].entity < 0 && NegationRejects(StemWord(t[p].lower)) &&
        !EndsWith(t[p].lower, "ing") && !EndsWith(t[p].lower, "al") && !t[p + 1].punct) {
      p = skip_front(p + 1);
    }
    size_t first = p, last = p;
    size_t words = 0;
    for (size_t k = p; k < limit; ++k) {
      const ClaimToken& tok = t[k];
      if (tok.punct) {
        if (Joiner(v, k) && words > 0) continue;
        break;
      }
      const std::string& w = tok.lower;
      if (kLinkPreps.count(w)) {
        // "reduction in the army": the issue is what follows.
        if (words > 0 && kRelational.count(t[last].lower)) {
          size_t q = skip_front(k + 1);
          first = last = q;
          words = 0;
          k = q - 1;
          continue;
        }
        break;
      }
      if (kAux.count(w) || kClauseWords.count(w) || kPersonPronouns.count(w) ||
          kFirstPronouns.count(w) || w == "it" || w == "they" || w == "them" || w == "you" ||
          w == "to") {
        break;
      }
      if (tok.entity >= 0 && words > 0 && t[last].entity < 0) break;
      if (words > 0 && ConcessionStems().count(StemWord(w)) && !EndsWith(w, "ing") &&
          !EndsWith(w, "al") && !EndsWith(w, "s") && !(k + 1 < limit && Joiner(v, k + 1)) &&
          !(k > 0 && Joiner(v, k - 1)) && (Upos(v, k).empty() || Upos(v, k) == "VERB")) {
        // A clause: "(demands) troops withdraw from the region" → the region.
        size_t q = k + 1;
        while (q < limit && (t[q].lower == "from" || t[q].lower == "to" || t[q].lower == "up" ||
                             t[q].lower == "over" || t[q].lower == "back")) {
          ++q;
        }
        return Issue(v, q, limit);
      }
      if (IsNumber(w) && words == 0) {
        first = last = k + 1;
        continue;
      }
      if (words > 0) {
        // Only spaces or a joining hyphen between words: not across "pull-back - source" or a
        // closing quote mark.
        std::string_view gap = v.text.substr(t[last].span.end, tok.span.begin - t[last].span.end);
        size_t dots = gap.find_first_not_of(".-'");
        bool joined = dots == std::string_view::npos ||
                      (dots > 0 && gap[0] == '.' &&
                       gap.find_first_not_of(' ', dots) == std::string_view::npos);
        if (!joined && gap.find_first_not_of(' ') != std::string_view::npos) break;
        std::string_view upos = kDeterminers.count(w) ? std::string_view() : Upos(v, k);
        if (upos == "VERB" || upos == "AUX" || upos == "SCONJ" || upos == "PRON" ||
            upos == "CCONJ") {
          break;
        }
        // "amendments proposed by …", "the border drawn in 1994": a participle starts a clause.
        static const WordSet kParticiples = {"taken",   "given",  "chosen", "frozen", "broken",
                                             "written", "stolen", "seized", "held",   "set"};
        if ((EndsWith(w, "ed") || EndsWith(w, "wn") || kParticiples.count(w)) && k + 1 < limit &&
            (t[k + 1].lower == "by" || t[k + 1].lower == "at" || kLinkPreps.count(t[k + 1].lower) ||
             IsNumber(t[k + 1].lower))) {
          break;
        }
      }
      if (words >= 4) break;
      if (words == 0) first = k;
      last = k;
      ++words;
      // "the plan's call for …": the possessor is the issue, unless what it calls for is
      // spelled out ("condemned the plan's call for Ukraine to reduce its army" → army).
      if (tok.entity < 0 && Possessive(v, k)) {
        if (k + 3 < limit && Rules().count(StemWord(t[k + 1].lower)) &&
            (t[k + 2].lower == "for" || t[k + 2].lower == "to")) {
          if (auto inner = Issue(v, k + 3, limit)) return inner;
        }
        break;
      }
    }
    if (words == 0) return std::nullopt;
    Found f;
    const uint32_t base = t[first].span.begin;
    std::string display(TextSpan{base, t[last].span.end}.Of(v.text));
    if (v.claim->heading) {
      // Title case is not a name: "Rejected Deal" → "deal".
      for (size_t k = first; k <= last; ++k) {
        size_t at = t[k].span.begin - base;
        if (t[k].entity < 0 && !t[k].lower.empty() && t[k].lower[0] != '^' && at < display.size() &&
            display[at] >= 'A' && display[at] <= 'Z') {
          display[at] = static_cast<char>(display[at] - 'A' + 'a');
        }
      }
    }
    // "pull its heavy artillery" → "pull heavy artillery": an inner possessive pronoun points
    // back into the sentence and reads wrongly in a table column.
    for (size_t k = last; k > first; --k) {
      const std::string& w = t[k - 1].lower;
      if (k - 1 == first || !(w == "its" || w == "their" || w == "his" || w == "her")) continue;
      size_t from = t[k - 1].span.begin - base, to = t[k].span.begin - base;
      if (to <= display.size() && from < to) display.erase(from, to - from);
    }
    for (std::string_view suffix : {"\xE2\x80\x99s", "'s"}) {
      if (EndsWith(display, suffix)) display.resize(display.size() - suffix.size());
    }
    f.issue = CollapseWhitespace(display);
    f.next = last + 1;
    // The key: content stems; demonyms ("Ukrainian", "Western") and light heads left out when
    // something else remains.
    std::vector<std::string> stems;
    std::vector<std::string> light;
    for (size_t k = first; k <= last; ++k) {
      if (t[k].punct || IsNumber(t[k].lower) || kDeterminers.count(t[k].lower)) continue;
      if (IsStopword(t[k].lower) && t[k].entity < 0) continue;
      std::string_view raw = t[k].span.Of(v.text);
      if (Capitalised(v, k) && t[k].entity < 0 && t[k].lower[0] != '^' &&
          (EndsWith(raw, "ian") || EndsWith(raw, "ean") || EndsWith(raw, "can") ||
           EndsWith(raw, "ese") || EndsWith(raw, "ish") || EndsWith(raw, "ern") ||
           EndsWith(raw, "ic"))) {
        continue;
      }
      std::string s = IssueStem(t[k].lower);
      if (LightHeads().count(s) || kModifiers.count(t[k].lower)) {
        light.push_back(std::move(s));
      } else {
        stems.push_back(std::move(s));
      }
    }
    if (stems.empty()) stems = std::move(light);
    if (stems.empty()) return std::nullopt;
    if (words == 1 && kGenericIssues.count(t[first].lower)) return std::nullopt;
    // "rejected reports of …", "dismissed the allegations": a denial of what was said, not a
    // stance on a policy.
    static const auto* kSpeechHeads = [] {
      auto* set = new std::unordered_set<std::string>;
      for (std::string_view w : {"report", "rumour", "rumor", "allegation", "accusation",
                                 "suggestion", "speculation", "statement", "remark", "assertion",
                                 "characterization", "characterisation", "story", "insinuation"}) {
        set->insert(StemWord(w));
      }
      return set;
    }();
    if (kSpeechHeads->count(StemWord(t[last].lower))) return std::nullopt;
    f.head = stems.back();
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    f.key = std::move(stems);
    return f;
  }

  // Issues of a list: "territory, frozen assets and security guarantees". An item reached by a
  // bare comma must itself be followed by a comma or "and"/"or", so that "diplomacy, many
  // governments remain wary" stays one issue.
  std::vector<Found> Issues(const SentenceView& v, size_t p, size_t limit) const {
    std::vector<Found> out;
    const auto& t = Toks(v);
    bool bare_comma = false;
    for (int n = 0; n < 5; ++n) {
      auto f = Issue(v, p, limit);
      if (!f) break;
      size_t end = f->next;
      if (bare_comma && !(end < t.size() &&
                          (t[end].lower == "," || t[end].lower == "and" || t[end].lower == "or"))) {
        break;
      }
      out.push_back(std::move(*f));
      size_t q = end;
      bare_comma = false;
      if (q < t.size() && t[q].lower == ",") ++q, bare_comma = true;
      if (q < t.size() && (t[q].lower == "and" || t[q].lower == "or")) ++q, bare_comma = false;
      if (q == end || q >= t.size()) break;
      const std::string& w = t[q].lower;
      if (EndsWith(w, "ing") || EndsWith(w, "ed") || kClauseWords.count(w) || kAux.count(w) ||
          t[q].entity >= 0 || kPersonPronouns.count(w) || kFirstPronouns.count(w)) {
        break;
      }
      p = q;
    }
    return out;
  }

  // The part of speech of the word starting at token k, "" without a parse.
  std::string_view Upos(const SentenceView& v, size_t k) const {
    const AnnotatedDoc* doc = v.annotated;
    if (doc == nullptr || doc->words.empty() || v.claim->sentence >= doc->sentences.size())
      return {};
    const Sentence& s = doc->sentences[v.claim->sentence];
    uint32_t at = Toks(v)[k].span.begin;
    for (uint32_t w = s.word_begin; w < s.word_end && w < doc->words.size(); ++w) {
      if (doc->words[w].span.begin == at) return doc->words[w].upos;
      if (doc->words[w].span.begin > at) break;
    }
    return {};
  }

  // "incorrect to say Putin rejected", "denied that Kyiv accepted": a stance reported as false.
  bool DeniedContext(const SentenceView& v, size_t i) const {
    static const WordSet kDenial = {"incorrect",   "wrong",     "false",   "untrue",  "denied",
                                    "denies",      "deny",      "denying", "rumours", "rumors",
                                    "speculation", "dismissed", "refuted"};
    const auto& t = Toks(v);
    for (size_t k = i, n = 0; k > 0 && n < 12; --k, ++n) {
      if (kDenial.count(t[k - 1].lower)) return true;
    }
    return false;
  }

  // A stance word that does not state the actor's position: inside a question, a condition
  // ("if Varnia accepts …"), speculation or a forecast ("could accept", "is expected to
  // reject"), an obligation others put on it ("Ukraine must resist …"), an accusation ("accused
  // X of proposing …") or a purpose ("aimed at demonstrating support"). Scans back through the
  // clause only, so "Kestria will reject it if …" still counts.
  bool Unasserted(const SentenceView& v, size_t i) const {
    static const WordSet kConditional = {"if", "unless", "whether", "lest", "suppose", "supposing"};
    static const WordSet kSpeculative = {
        "could",     "might",   "may",        "likely",      "unlikely", "possibly",
        "perhaps",   "maybe",   "speculated", "speculate",   "rumoured", "rumored",
        "unclear",   "wonder",  "wondered",   "expected",    "expect",   "expects",
        "predicted", "predict", "hoped",      "hypothetical"};
    static const WordSet kNormative = {"should", "must", "ought", "needs", "need"};
    static const WordSet kAccusation = {"accused", "accuses", "accusing", "accuse",    "blamed",
                                        "blames",  "blaming", "alleged",  "allegedly", "charged"};
    static const WordSet kPurpose = {"aimed", "aiming", "designed", "intended", "meant"};
    // "Critics say Kestria wants …": others' reading of the actor, not its stated position.
    static const WordSet kCommentators = {"critics",   "analysts",   "experts",  "commentators",
                                          "opponents", "skeptics",   "sceptics", "pundits",
                                          "observers", "detractors", "rivals"};
    const auto& t = Toks(v);
    // A question: a "?" after the stance word, before the sentence ends.
    std::string_view rest = v.text.substr(
        t[i].span.end, v.claim->span.end > t[i].span.end ? v.claim->span.end - t[i].span.end : 0);
    if (rest.find('?') != std::string_view::npos) return true;
    for (size_t k = i, n = 0; k > 0 && n < 12; --k, ++n) {
      const ClaimToken& p = t[k - 1];
      if (p.punct && !Joiner(v, k - 1)) break;
      const std::string& w = p.lower;
      if (kConditional.count(w) || kAccusation.count(w) || kPurpose.count(w) ||
          kCommentators.count(w)) {
        return true;
      }
      if (kSpeculative.count(w)) {
        // "in May" is a month.
        if (w == "may" && Capitalised(v, k - 1) && k > 1) continue;
        return true;
      }
      if (kNormative.count(w)) {
        // "we must reject …" is the speaker's own position; "Ukraine must resist" is advice.
        bool own = k >= 2 && (t[k - 2].lower == "we" || t[k - 2].lower == "i");
        if (!own) return true;
      }
    }
    return false;
  }

  // The entity a pronoun at token i refers to: the nearest earlier mention of the right kind in
  // this sentence or the three before, outside direct quotes.
  int32_t ResolvePronoun(const SentenceView& v, size_t i) const {
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
  Actor EntityActor(const SentenceView& v, size_t i) const {
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
  void AddWithCoordinated(const SentenceView& v, size_t i, std::vector<Actor>* actors) const {
    const auto& t = Toks(v);
    int32_t e = t[i].entity;
    actors->push_back(EntityActor(v, i));
    size_t k = i;
    while (k > 0 && t[k - 1].entity == e) --k;
    // Look back for "X and (the) Y" / "X, Y and Z": a comma only once an "and" was seen.
    bool seen_and = false;
    static const WordSet kQuantifiers = {"the", "several", "other", "some",   "many",
                                         "two", "three",   "both",  "fellow", "his",
                                         "her", "their",   "its"};
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
  std::vector<Actor> Subject(const SentenceView& v, size_t i) const {
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
      // A common-noun subject ("both sides", "the parties"): nobody we can name.
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
            (kLinkPreps.count(t[m - 1].lower) || t[m - 1].lower == "by" ||
             t[m - 1].lower == "with" || t[m - 1].lower == "at" || t[m - 1].lower == "about" ||
             t[m - 1].lower == "against" || t[m - 1].lower == "between" || t[m - 1].lower == "and");
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
  std::optional<Actor> GroupBefore(const SentenceView& v, size_t k) const {
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
  bool GenericSubject(const SentenceView& v, size_t i) const {
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
  std::optional<size_t> ParsedSubject(const SentenceView& v, size_t i) const {
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
  int32_t DemonymCountry(std::string_view demonym, int32_t self) const {
    const std::vector<std::string> tries = DemonymBases(demonym);
    for (const std::string& c : tries) {
      auto it = by_name_.find(NameKey(c));
      // A one-word "person" may be a mistyped country; full personal names never derive one.
      if (it != by_name_.end() && it->second >= 0 && it->second != self &&
          (entities_.entities[static_cast<size_t>(it->second)].type != EntityType::kPerson ||
           entities_.entities[static_cast<size_t>(it->second)].name.find(' ') ==
               std::string::npos)) {
        return it->second;
      }
    }
    return -1;
  }

  // Who the actor stands for in the table: a nationality adjective or "the Varnian side /
  // delegation / government / officials" is the state when the story names it; a bare
  // nationality adjective with no such state ("European support") is nobody.
  std::optional<Actor> Normalize(const Actor& a) const {
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

  void Emit(const SentenceView& v, std::vector<Actor> raw_actors, Stance stance,
            std::vector<Found> issues, std::vector<Found>* out) const {
    if (stance == Stance::kNone || raw_actors.empty()) return;
    std::vector<Actor> actors;
    for (const Actor& a : raw_actors) {
      if (auto n = Normalize(a)) actors.push_back(*n);
    }
    for (Found& f : issues) {
      for (const Actor& a : actors) {
        // Never a stance on oneself ("Ukraine supports Ukraine").
        if (a.entity >= 0) {
          std::string key = NameKey(entities_.entities[static_cast<size_t>(a.entity)].name);
          if (NameKey(f.issue) == key) continue;
        }
        Found g = f;
        g.actors = {a};
        g.stance = stance;
        out->push_back(std::move(g));
      }
    }
    (void)v;
  }

  // Passive "amendments proposed by European governments", "was rejected by Moscow".
  bool Passive(const SentenceView& v, size_t i, Stance stance, std::vector<Found>* out) const {
    const auto& t = Toks(v);
    if (!EndsWith(t[i].lower, "ed") || i + 1 >= t.size() || t[i + 1].lower != "by") return false;
    size_t a = i + 2;
    if (a < t.size() && t[a].lower == "the") ++a;
    if (a >= t.size() || t[a].entity < 0) return true;  // passive without a named agent
    size_t b = i;
    if (b > 0 && kAux.count(t[b - 1].lower)) --b;
    if (b > 0 && kAux.count(t[b - 1].lower)) --b;
    // The phrase just before: back to a clause boundary, at most four words.
    size_t s = b;
    while (s > 0 && b - s < 4 && !t[s - 1].punct && t[s - 1].entity < 0 &&
           !kClauseWords.count(t[s - 1].lower) && !kAux.count(t[s - 1].lower) &&
           !Rules().count(StemWord(t[s - 1].lower))) {
      --s;
    }
    if (s == b) return true;
    auto f = Issue(v, s, b);
    if (!f) return true;
    std::vector<Actor> agents;
    AddWithCoordinated(v, a, &agents);
    Emit(v, std::move(agents), stance, {std::move(*f)}, out);
    return true;
  }

  static bool stem_is_verb(const std::string& w) { return w != "backing"; }

  bool Trigger(const SentenceView& v, size_t i, const Rule& r, std::vector<Found>* out) {
    const auto& t = Toks(v);
    size_t next = i + 1;
    const std::string next_word = next < t.size() ? t[next].lower : "";
    // Noun reading: "demands for", "support for", "opposition to".
    const bool verb_form =
        EndsWith(t[i].lower, "ed") || (EndsWith(t[i].lower, "ing") && stem_is_verb(t[i].lower));
    if (!r.noun_particles.empty() && !next_word.empty() && !verb_form) {
      bool particle = false;
      for (std::string_view np : Split(r.noun_particles, ' '))
        particle = particle || np == next_word;
      bool verbish = r.verb && i > 0 && !kDeterminers.count(t[i - 1].lower) &&
                     !Possessive(v, i - 1) && t[i - 1].entity < 0 &&
                     !kModifiers.count(t[i - 1].lower);
      if (particle && !(verbish && r.particle == next_word)) {
        // "to secure broader support for a deal", "won backing for": the stance sought is
        // someone else's, not the subject's.
        static const WordSet kAcquire = {
            "secure", "securing", "secured",     "win",           "winning",  "won",     "gain",
            "gained", "gaining",  "garner",      "rally",         "rallying", "build",   "building",
            "drum",   "enlist",   "muster",      "seek",          "seeking",  "sought",  "lose",
            "lost",   "losing",   "demonstrate", "demonstrating", "show",     "showing", "attract"};
        for (size_t k = i, n = 0; k > 0 && n < 3; --k, ++n) {
          if (t[k - 1].punct) break;
          if (kAcquire.count(t[k - 1].lower)) return true;
        }
        // The holder: an entity right before ("Russia's demands", "the US proposal"); a
        // non-entity possessor ("the plan's call for") holds it, not the clause subject.
        std::vector<Actor> actors;
        size_t k = i;
        while (k > 0 && i - k < 3 && !t[k - 1].punct) {
          if (t[k - 1].entity >= 0) {
            AddWithCoordinated(v, k - 1, &actors);
            break;
          }
          if (Possessive(v, k - 1) || kDeterminers.count(t[k - 1].lower)) break;
          --k;
        }
        bool possessed = i > 0 && (Possessive(v, i - 1) || kDeterminers.count(t[i - 1].lower) ||
                                   (i > 1 && Possessive(v, i - 2)));
        if (actors.empty() && possessed) return true;
        if (actors.empty()) actors = Subject(v, i);
        size_t p = next + 1;
        if (next_word == "that") p = next + 1;
        Stance st = Negated(v, i, false) ? r.negated : r.stance;
        if (r.refuse && next_word == "to" &&
            !(p < t.size() && ConcessionStems().count(StemWord(t[p].lower)))) {
          return true;
        }
        Emit(v, std::move(actors), st, Issues(v, p, t.size()), out);
        return true;
      }
      if (!r.verb) return false;
    }
    if (!r.verb) return false;
    // Verb reading.
    if (i > 0 && (kDeterminers.count(t[i - 1].lower) || Possessive(v, i - 1) ||
                  kModifiers.count(t[i - 1].lower))) {
      return false;
    }
    size_t p = next;
    if (!r.particle.empty()) {
      if (next_word != r.particle) return false;
      p = next + 1;
    }
    if (Passive(v, i, r.stance, out)) return true;
    // "want to blame", "call to end": a wish to act, not a demand on an issue.
    if (r.stance == Stance::kDemands && p < t.size() && t[p].lower == "to") return true;
    // A gerund holds a stance of the clause's subject only as a participle clause (", warning
    // against"), after "by", or after an auxiliary ("is demanding"); not "or agreeing to".
    if (EndsWith(t[i].lower, "ing") && i > 0 && t[i - 1].lower != "," && t[i - 1].lower != "by" &&
        !kAux.count(t[i - 1].lower) && !kSkippable.count(t[i - 1].lower)) {
      return true;
    }
    // An infinitive "to accept" counts only under a verb of will ("ready to accept").
    size_t anchor = i;
    if (i > 0 && t[i - 1].lower == "to") {
      if (i < 2 || !kWillingness.count(t[i - 2].lower)) return true;
      anchor = i - 2;
    }
    bool negated = Negated(v, i, false) || (anchor != i && Negated(v, anchor, false));
    bool refused = anchor != i && StemWord(t[anchor].lower) == "refus";
    Stance st = negated ? r.negated : r.stance;
    if (refused) st = r.stance == Stance::kAccepts ? Stance::kRejects : Stance::kNone;
    if (st == Stance::kNone) return true;
    if (r.refuse) {
      // "refused to cede X": the object must be a concession.
      if (p + 1 < t.size() && t[p].lower == "to" &&
          ConcessionStems().count(StemWord(t[p + 1].lower))) {
        st = StemWord(t[p + 1].lower) == "accept" || NegationRejects(StemWord(t[p + 1].lower))
                 ? Stance::kRejects
                 : Stance::kNone;
      } else if (p < t.size() && t[p].lower == "to") {
        return true;
      }
    }
    if (p < t.size() && t[p].lower == "that") {
      ++p;  // "demanded that troops withdraw from …"
    }
    // "wants Varnia to recognise the referendum": the issue follows the second verb.
    if (p < t.size() && t[p].entity >= 0) {
      size_t q = p;
      while (q < t.size() && t[q].entity == t[p].entity) ++q;
      if (q + 1 < t.size() && t[q].lower == "to") {
        if (!ConcessionStems().count(StemWord(t[q + 1].lower))) return true;
        p = q;
      }
    }
    std::vector<Actor> actors = Subject(v, anchor);
    Emit(v, std::move(actors), st, Issues(v, p, t.size()), out);
    return true;
  }

  // "will not cede territory" → rejects territory.
  void NegatedConcession(const SentenceView& v, size_t i, std::vector<Found>* out) {
    if (!Negated(v, i, true)) return;
    const auto& t = Toks(v);
    size_t p = i + 1;
    while (p < t.size() && (t[p].lower == "up" || t[p].lower == "over" || t[p].lower == "back" ||
                            t[p].lower == "from" || t[p].lower == "on")) {
      ++p;
    }
    Emit(v, Subject(v, i), Stance::kRejects, Issues(v, p, t.size()), out);
  }

  // "X is unacceptable to Y", "Y found X acceptable".
  void Adjective(const SentenceView& v, size_t i, std::vector<Found>* out) {
    const auto& t = Toks(v);
    bool un = t[i].lower == "unacceptable";
    if (Negated(v, i, false)) un = !un;
    Stance st = un ? Stance::kRejects : Stance::kAccepts;
    // "Y found/considered/called X (un)acceptable".
    for (size_t k = i, n = 0; k > 0 && n < 9; --k, ++n) {
      if (t[k - 1].punct && !Joiner(v, k - 1)) break;
      if (kJudgeVerbs.count(t[k - 1].lower)) {
        if (k == i) return;
        auto f = Issue(v, k, i);
        if (!f) return;
        Emit(v, Subject(v, k - 1), st, {std::move(*f)}, out);
        return;
      }
    }
    // "X is (not) unacceptable to Y".
    size_t c = i;
    while (c > 0 && (t[c - 1].negation || t[c - 1].lower == "totally" ||
                     t[c - 1].lower == "completely" || t[c - 1].lower == "simply" ||
                     t[c - 1].lower == "also" || kModals.count(t[c - 1].lower))) {
      --c;
    }
    if (c == 0 || !kCopulas.count(t[c - 1].lower)) return;
    size_t b = c - 1;
    while (b > 0 && kAux.count(t[b - 1].lower)) --b;
    std::vector<Actor> actors;
    if (i + 2 < t.size() && t[i + 1].lower == "to") {
      size_t a = i + 2;
      if (t[a].entity >= 0) {
        actors.push_back({t[a].entity, ""});
      } else if (kOtherPronouns.count(t[a].lower) || kPersonPronouns.count(t[a].lower)) {
        int32_t e = ResolvePronoun(v, a);
        if (e >= 0) actors.push_back({e, ""});
      } else if (t[a].lower == "us" || t[a].lower == "me") {
        if (const QuoteSpan* q = DirectQuoteAt(v, t[i].span)) {
          if (q->entity >= 0) actors.push_back({q->entity, ""});
        }
      }
    }
    if (actors.empty()) return;
    size_t s = b;
    while (s > 0 && b - s < 5 && !t[s - 1].punct && t[s - 1].entity < 0 &&
           !kClauseWords.count(t[s - 1].lower) && !kAux.count(t[s - 1].lower) &&
           !Rules().count(StemWord(t[s - 1].lower))) {
      --s;
    }
    if (s == b) return;
    auto f = Issue(v, s, b);
    if (!f) return;
    Emit(v, std::move(actors), st, {std::move(*f)}, out);
  }

  // -2 marks a spelling shared by several entities: never used.
  void AddName(const std::string& key, int32_t e) {
    if (key.empty()) return;
    auto [it, fresh] = by_name_.emplace(key, e);
    if (!fresh && it->second != e) it->second = -2;
  }

  // A capitalised name in the subject slot that the analyzer did not mark ("Kestria demands",
  // a sentence-initial name): the entity spelled so, else the name as written.
  std::optional<Actor> NamedSubject(const SentenceView& v, size_t i) const {
    const auto& t = Toks(v);
    size_t k = i;
    while (k > 0 && !t[k - 1].punct && kSkippable.count(t[k - 1].lower)) --k;
    if (k == 0 || t[k - 1].punct || t[k - 1].entity >= 0 || !Capitalised(v, k - 1)) {
      return std::nullopt;
    }
    size_t end = k;
    while (k > 0 && !t[k - 1].punct && t[k - 1].entity < 0 && Capitalised(v, k - 1) &&
           end - k < 4) {
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
    if (end - k == 1 && k == 0 && EndsWith(first, "s") && !EndsWith(first, "ss"))
      return std::nullopt;
    std::string name(TextSpan{t[k].span.begin, t[end - 1].span.end}.Of(v.text));
    if (EndsWith(name, "'s") || EndsWith(name, "\xE2\x80\x99s")) return std::nullopt;
    auto it = by_name_.find(NameKey(name));
    if (it != by_name_.end() && it->second >= 0) return Actor{it->second, ""};
    return Actor{-1, CollapseWhitespace(name)};
  }

  const StoryInput& story_;
  const ResolvedEntities& entities_;
  std::unordered_map<std::string, int32_t> by_name_;
  std::vector<std::vector<ClaimToken>> doc_tokens_;  // per claim of the current doc
  const ClaimSet& claims_;

 public:
  std::vector<std::vector<QuoteSpan>> quote_spans_;
};

}  // namespace

std::string IssueStem(std::string_view lower) {
  if (lower == "land" || lower == "lands") return "territory";
  std::string s = StemWord(lower);
  if (s.size() > 6 && EndsWith(s, "ial")) {
    s.resize(s.size() - 3);
    s += 'y';  // "territorial" -> "territory"
  } else if (s.size() > 6 && EndsWith(s, "al")) {
    s.resize(s.size() - 2);  // "withdrawal" -> "withdraw"
  }
  return s;
}

std::vector<Position> BuildPositions(const StoryInput& story, const ResolvedEntities& entities,
                                     const ClaimSet& claims,
                                     const std::vector<AccountQuote>& quotes) {
  PositionFinder finder(story, entities, claims, quotes);
  struct Occurrence {
    Found found;
    Evidence evidence;
  };
  std::vector<Occurrence> all;
  for (size_t d = 0; d < story.docs.size() && d + 1 < claims.doc_begin.size(); ++d) {
    const AnnotatedDoc* doc = story.docs[d];
    if (doc == nullptr || doc->article == nullptr) continue;
    finder.BeginDoc(d);
    for (uint32_t c = claims.doc_begin[d]; c < claims.doc_begin[d + 1]; ++c) {
      const Claim& claim = claims.claims[c];
      const size_t index = c - claims.doc_begin[d];
      SentenceView v{
          d, doc, doc->text(), &claim, &finder.quote_spans_[d], &finder.DocTokens(index), index};
      for (Found& f : finder.FindIn(v)) {
        f.heading = claim.heading;
        all.push_back({std::move(f), story.At(d, claim.span)});
      }
    }
  }

  // Issues: equal keys meet; a one-word key meets the longer keys whose head it is ("guarantees"
  // and "security guarantees").
  std::unordered_map<std::string, size_t> key_index;
  std::vector<std::string> keys;
  auto key_of = [](const Found& f) { return Join(f.key, " "); };
  for (const Occurrence& o : all) {
    std::string k = key_of(o.found);
    if (key_index.emplace(k, keys.size()).second) keys.push_back(k);
  }
  // Only when the head has one such longer key: with "peace deal" and "minerals deal" both in
  // the story, a bare "deal" could be either and the two deals stay apart.
  DisjointSets issue_sets(keys.size());
  std::unordered_map<std::string, std::unordered_set<std::string>> longer_of_head;
  for (const Occurrence& o : all) {
    if (o.found.key.size() >= 2) longer_of_head[o.found.head].insert(key_of(o.found));
  }
  for (const auto& [head, longer] : longer_of_head) {
    auto it = key_index.find(head);
    if (it == key_index.end() || longer.size() != 1) continue;
    issue_sets.Union(it->second, key_index[*longer.begin()]);
  }

  // Rows: actor × issue group × stance, in order of first appearance.
  struct Row {
    Position position;
    std::map<std::string, int> displays;
    std::unordered_set<uint32_t> articles;
    size_t first = 0;
  };
  std::vector<Row> rows;
  std::map<std::tuple<std::string, size_t, Stance>, size_t> row_of;
  std::unordered_map<std::string, size_t> key_size;  // per wording: its content stems
  // Headlines compress and overstate ("Putin Rejected Deal"): they add evidence to a position
  // the body states, so they go second and never open a row.
  std::stable_partition(all.begin(), all.end(),
                        [](const Occurrence& o) { return !o.found.heading; });
  for (size_t n = 0; n < all.size(); ++n) {
    const Occurrence& o = all[n];
    const Actor& a = o.found.actors.front();
    std::string actor_key = a.entity >= 0 ? "\x01" + std::to_string(a.entity) : AsciiLower(a.name);
    size_t group = issue_sets.Find(key_index[key_of(o.found)]);
    auto row_key = std::make_tuple(actor_key, group, o.found.stance);
    if (o.found.heading && row_of.find(row_key) == row_of.end()) continue;
    auto [it, fresh] = row_of.emplace(row_key, rows.size());
    if (fresh) {
      Row r;
      r.first = n;
      r.position.stance = StanceName(o.found.stance);
      if (a.entity >= 0) {
        const AccountEntity& e = entities.entities[static_cast<size_t>(a.entity)];
        r.position.actor = e.id;
        r.position.actor_name = e.name;
      } else {
        r.position.actor_name = a.name;
      }
      rows.push_back(std::move(r));
    }
    Row& r = rows[it->second];
    ++r.displays[o.found.issue];
    key_size[o.found.issue] = o.found.key.size();
    if (std::find(r.position.evidence.begin(), r.position.evidence.end(), o.evidence) ==
        r.position.evidence.end()) {
      r.position.evidence.push_back(o.evidence);
      r.articles.insert(o.evidence.article);
    }
  }
  // One wording per issue group, shared by its rows: the most frequent, then the shortest.
  std::map<size_t, std::map<std::string, int>> group_displays;
  for (const auto& [key, index] : row_of) {
    for (const auto& [d, count] : rows[index].displays)
      group_displays[std::get<1>(key)][d] += count;
  }
  for (const auto& [key, index] : row_of) {
    const auto& ds = group_displays[std::get<1>(key)];
    // Ties: a wording in the group's own words before a synonym ("territory" over "land"),
    // then the shortest.
    auto own = [](const std::string& d) {
      size_t sp = d.rfind(' ');
      std::string w = AsciiLower(sp == std::string::npos ? d : d.substr(sp + 1));
      return IssueStem(w) == StemWord(w) || EndsWith(IssueStem(w), StemWord(w));
    };
    // Then the more specific wording ("security guarantees" over "guarantees", which only
    // joined the group because it had one longer wording), then the shortest.
    auto words = [&](const std::string& d) {
      auto it = key_size.find(d);
      return it == key_size.end() ? size_t{0} : it->second;
    };
    std::string best;
    int best_count = 0;
    bool best_own = false;
    for (const auto& [d, count] : ds) {
      bool o = own(d);
      bool better = count > best_count ||
                    (count == best_count &&
                     ((o && !best_own) ||
                      (o == best_own && (words(d) > words(best) ||
                                         (words(d) == words(best) && d.size() < best.size())))));
      if (better) best = d, best_count = count, best_own = o;
    }
    rows[index].position.issue = best;
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
    return x.articles.size() != y.articles.size() ? x.articles.size() > y.articles.size()
                                                  : x.first < y.first;
  });
  std::vector<Position> out;
  out.reserve(rows.size());
  for (Row& r : rows) out.push_back(std::move(r.position));
  return out;
}

}  // namespace corroborate
