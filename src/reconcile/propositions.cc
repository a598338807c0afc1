#include "reconcile/propositions.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/strings.h"
#include "reconcile/clauses.h"

namespace corroborate {
namespace {

using Tokens = std::vector<ClaimToken>;

const std::unordered_set<std::string_view>& ReportingCues() {
  static const auto* kSet = new std::unordered_set<std::string_view>{
      "said",         "says",       "say",       "told",      "tells",    "claimed", "claims",
      "claim",        "stated",     "announced", "announces", "insisted", "insists", "reported",
      "reports",      "alleged",    "alleges",   "asserted",  "asserts",  "warned",  "warns",
      "confirmed",    "confirms",   "added",     "adds",      "noted",    "argued",  "argues",
      "acknowledged", "maintained", "maintains", "wrote",     "writes",   "denied",  "denies",
      "stressed",     "stresses",   "believes",  "estimated"};
  return *kSet;
}

// Lemmas of the same verbs, for the dependency reading.
bool IsReportingLemma(std::string_view lemma) {
  static const std::unordered_set<std::string_view> kSet = {
      "say",    "tell",   "claim",  "state",       "announce", "insist",  "report",
      "allege", "assert", "warn",   "confirm",     "add",      "note",    "argue",
      "write",  "deny",   "stress", "acknowledge", "maintain", "believe", "estimate"};
  return kSet.count(lemma) > 0;
}

// Words that may open a holder's noun phrase ("a U.S. official", "two NATO diplomats").
bool IsDeterminer(std::string_view w) {
  static const std::unordered_set<std::string_view> kSet = {
      "a",      "an",   "the", "two",  "three", "four",  "some",   "several",
      "many",   "its",  "his", "her",  "their", "our",   "one",    "other",
      "senior", "both", "top", "most", "local", "state", "western"};
  return kSet.count(w) > 0;
}

bool IsPronounHolder(std::string_view w) { return w == "he" || w == "she"; }

// Words that cannot hold a claim themselves (relative and neutral pronouns).
bool IsNonHolder(std::string_view w) {
  static const std::unordered_set<std::string_view> kSet = {
      "it", "this", "that", "which", "who", "they", "we", "i", "you", "there", "what", "these"};
  return kSet.count(w) > 0;
}

// Adverbs between a holder and its cue: "Russia also claimed", "Peskov later said".
bool IsSkippableAdverb(const ClaimToken& t) {
  if (t.punct || t.entity >= 0) return false;
  const std::string& w = t.lower;
  return w == "also" || w == "later" || w == "previously" || w == "again" || w == "then" ||
         w == "earlier" || w == "separately" || w == "has" || w == "have" || w == "had" ||
         (w.size() > 4 && EndsWith(w, "ly"));
}

// A lowercase word that can stand in a holder's noun phrase: not a verb form, not a function
// word, not itself a cue.
bool NounLike(const ClaimToken& t) {
  if (t.punct || t.negation) return false;
  if (t.entity >= 0) return true;
  const std::string& w = t.lower;
  if (w.empty() || ReportingCues().count(w)) return false;
  if (IsDeterminer(w)) return true;
  if (IsStopword(w)) return false;
  if (w.size() > 3 && (EndsWith(w, "ed") || EndsWith(w, "ing"))) return false;
  return true;
}

std::string EntityName(const ResolvedEntities& r, int32_t e) {
  if (e < 0 || static_cast<size_t>(e) >= r.entities.size()) return "";
  return r.entities[e].name;
}

int TypeRank(const ResolvedEntities& r, int32_t e) {
  if (e < 0 || static_cast<size_t>(e) >= r.entities.size()) return 9;
  return ClaimHolderRank(r.entities[e].type);
}

TextSpan Cover(const Tokens& t, size_t b, size_t e) {
  if (b >= e) return {};
  return {t[b].span.begin, t[e - 1].span.end};
}

struct Reader {
  const ResolvedEntities& resolved;
  const AnnotatedDoc& doc;
  std::string_view text;
  int32_t last_person = -1;  // the last person named so far in the article

  // With a parse: the subject of the cue verb ("A Varnian official who was in the room said"
  // -> "A Varnian official"), without relative clauses and appositions.
  bool ParsedHolder(const Claim& c, const ClaimToken& cue, ClaimAttribution* a) const {
    if (c.sentence >= doc.sentences.size()) return false;
    const Sentence& s = doc.sentences[c.sentence];
    const uint32_t wb = s.word_begin;
    const uint32_t we = std::min<uint32_t>(s.word_end, static_cast<uint32_t>(doc.words.size()));
    int32_t verb = -1;
    for (uint32_t w = wb; w < we; ++w) {
      if (doc.words[w].span.Overlaps(cue.span)) {
        verb = static_cast<int32_t>(w);
        break;
      }
    }
    if (verb < 0) return false;
    int32_t subj = -1;
    for (uint32_t w = wb; w < we && subj < 0; ++w) {
      if (doc.words[w].head == verb && StartsWith(doc.words[w].deprel, "nsubj")) {
        subj = static_cast<int32_t>(w);
      }
    }
    if (subj < 0) return false;
    // The subject's subtree, leaving out clauses and appositions hanging off it.
    std::vector<char> in(we - wb, 0);
    in[subj - wb] = 1;
    for (uint32_t pass = 0; pass < 4; ++pass) {
      for (uint32_t w = wb; w < we; ++w) {
        const Word& x = doc.words[w];
        if (in[w - wb] || x.head < static_cast<int32_t>(wb) || x.head >= static_cast<int32_t>(we))
          continue;
        if (!in[x.head - wb]) continue;
        if (x.deprel == "punct" || StartsWith(x.deprel, "acl") || x.deprel == "appos" ||
            x.deprel == "conj" || x.deprel == "cc") {
          continue;
        }
        in[w - wb] = 1;
      }
    }
    uint32_t lo = subj, hi = subj;
    for (uint32_t w = wb; w < we; ++w) {
      if (in[w - wb]) lo = std::min(lo, w), hi = std::max(hi, w);
    }
    if (hi - lo > 8) lo = hi = subj;
    const TextSpan span{doc.words[lo].span.begin, doc.words[hi].span.end};
    const std::string lower = AsciiLower(doc.words[subj].span.Of(text));
    int32_t entity = -1;
    for (const auto& tok : c.tokens) {
      if (tok.entity >= 0 && tok.span.Overlaps(doc.words[subj].span)) entity = tok.entity;
    }
    if (entity >= 0) {
      a->entity = entity;
      a->holder = EntityName(resolved, entity);
    } else if (IsPronounHolder(lower)) {
      a->entity = last_person;
      a->holder = EntityName(resolved, last_person);
    } else if (IsNonHolder(lower)) {
      return false;
    } else {
      a->holder = CollapseWhitespace(span.Of(text));
    }
    if (a->holder.empty()) return false;
    a->span = {std::min(span.begin, cue.span.begin), std::max(span.end, cue.span.end)};
    return true;
  }

  // The holder in tokens [b, e): the best-ranked entity, else the words as written.
  bool Holder(const Tokens& t, size_t b, size_t e, ClaimAttribution* a) const {
    if (b >= e) return false;
    // An entity names the holder when it is the phrase's head (its last word); "a senior
    // Varnian diplomat" stays as written.
    int32_t best = -1;
    for (size_t i = b; i < e && t[e - 1].entity >= 0; ++i) {
      if (t[i].entity >= 0 && TypeRank(resolved, t[i].entity) < TypeRank(resolved, best)) {
        best = t[i].entity;
      }
    }
    if (best >= 0) {
      a->entity = best;
      a->holder = EntityName(resolved, best);
      return !a->holder.empty();
    }
    if (e - b == 1 && IsPronounHolder(t[b].lower)) {
      if (last_person < 0) return false;
      a->entity = last_person;
      a->holder = EntityName(resolved, last_person);
      return !a->holder.empty();
    }
    // An unnamed holder needs a noun that is not a determiner ("officials", "a diplomat").
    bool noun = false;
    for (size_t i = b; i < e; ++i) noun = noun || !IsDeterminer(t[i].lower);
    if (!noun) return false;
    if (e - b == 1 && IsNonHolder(t[b].lower)) return false;
    a->holder = CollapseWhitespace(Cover(t, b, e).Of(text));
    return !a->holder.empty();
  }

  void Attributions(const Claim& c, std::vector<ClaimAttribution>* out) const {
    const Tokens& t = c.tokens;
    auto add = [&](ClaimAttribution a) {
      for (const auto& o : *out) {
        if (o.holder == a.holder) return;
      }
      out->push_back(std::move(a));
    };
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i].punct) continue;
      const std::string& w = t[i].lower;
      if (w == "according" && i + 1 < t.size() && t[i + 1].lower == "to") {
        size_t e = i + 2;
        while (e < t.size() && e < i + 8 && NounLike(t[e])) ++e;
        ClaimAttribution a;
        a.cue = "according to";
        if (Holder(t, i + 2, e, &a)) {
          a.span = Cover(t, i, e);
          add(std::move(a));
        }
        continue;
      }
      if (!ReportingCues().count(w) || t[i].entity >= 0) continue;
      ClaimAttribution a;
      a.cue = std::string(t[i].span.Of(text));
      if (!doc.words.empty()) {
        if (ParsedHolder(c, t[i], &a)) add(std::move(a));
        if (i + 1 >= t.size() || t[i + 1].lower != "by") continue;
        a = ClaimAttribution();
        a.cue = std::string(t[i].span.Of(text));
      }
      // Passive: "was stated by Yuri Ushakov".
      if (i + 1 < t.size() && t[i + 1].lower == "by") {
        size_t e = i + 2;
        while (e < t.size() && e < i + 8 && NounLike(t[e])) ++e;
        if (Holder(t, i + 2, e, &a)) {
          a.span = Cover(t, i, e);
          add(std::move(a));
        }
        continue;
      }
      // Before the cue: "Russia claimed", "a U.S. official said", "Peskov later said".
      size_t e = i;
      while (e > 0 && e + 2 >= i && IsSkippableAdverb(t[e - 1])) --e;
      size_t b = e;
      while (b > 0 && e - b < 6 && NounLike(t[b - 1])) --b;
      // "Russia and Ukraine said": a conjunction between names.
      if (b >= 2 && t[b - 1].lower == "and" && t[b - 2].entity >= 0) {
        b -= 2;
        while (b > 0 && t[b - 1].entity == t[b].entity && t[b].entity >= 0) --b;
      }
      if (b < e && Holder(t, b, e, &a)) {
        a.span = Cover(t, b, i + 1);
        add(std::move(a));
        continue;
      }
      if (b < e) continue;  // a noun phrase that names no holder ("the report claims")
      // After the cue, when it follows a clause break: "…,” said Peskov.
      const bool after_break = i == 0 || t[i - 1].punct;
      if (!after_break || w == "told" || w == "tells") continue;
      size_t f = i + 1;
      while (f < t.size() && f < i + 8 && NounLike(t[f])) ++f;
      if (Holder(t, i + 1, f, &a)) {
        a.span = Cover(t, i, f);
        add(std::move(a));
      }
    }
  }
};

// Modality and hedges of a claim's words.
void Modality(const Claim& c, ClaimReading* r) {
  const Tokens& t = c.tokens;
  int level = 0;  // 0 asserted, 1 expected, 2 possible, 3 reported
  auto hedge = [&](size_t b, size_t e, int lvl) {
    r->hedges.push_back(Cover(t, b, e));
    level = std::max(level, lvl);
  };
  auto is_aux = [](std::string_view w) {
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been";
  };
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].punct || t[i].entity >= 0) continue;
    const std::string& w = t[i].lower;
    const std::string_view next = i + 1 < t.size() ? std::string_view(t[i + 1].lower) : "";
    const std::string_view prev = i > 0 ? std::string_view(t[i - 1].lower) : "";
    if (w == "reportedly" || w == "allegedly" || w == "purportedly" || w == "supposedly" ||
        w == "apparently" || w == "ostensibly" || w == "unconfirmed") {
      hedge(i, i + 1, 3);
    } else if ((w == "said" || w == "reported" || w == "believed" || w == "thought" ||
                w == "understood" || w == "alleged" || w == "rumoured" || w == "rumored") &&
               is_aux(prev) && next == "to") {
      hedge(i - 1, i + 2, 3);
    } else if (w == "may" || w == "might" || w == "possibly" || w == "perhaps" || w == "probably") {
      if (w == "may" && prev == "in") continue;  // the month
      hedge(i, i + 1, 2);
    } else if (w == "could" && !(i + 1 < t.size() && t[i + 1].negation)) {
      hedge(i, i + 1, 2);
    } else if ((w == "likely" || w == "unlikely") && next == "to") {
      hedge(is_aux(prev) ? i - 1 : i, i + 2, 2);
    } else if ((w == "will" || w == "shall") && prev != "the" && prev != "a" && prev != "good") {
      hedge(i, i + 1, 1);
    } else if ((w == "expected" || w == "due" || w == "set" || w == "scheduled" || w == "slated" ||
                w == "poised") &&
               is_aux(prev) && next == "to") {
      hedge(i - 1, i + 2, 1);
    } else if ((w == "plans" || w == "planned" || w == "planning" || w == "intends" ||
                w == "aims") &&
               next == "to" && prev != "the" && prev != "a") {
      hedge(i, i + 2, 1);
    }
  }
  static const char* const kNames[] = {"asserted", "expected", "possible", "reported"};
  r->modality = kNames[level];
}

// The place the claim is set in: a place entity after "in", "at", "near", "outside", "from".
int32_t PlaceOf(const Claim& c, const ResolvedEntities& resolved) {
  const Tokens& t = c.tokens;
  int32_t any = -1;
  for (size_t i = 0; i < t.size(); ++i) {
    const int32_t e = t[i].entity;
    if (e < 0 || static_cast<size_t>(e) >= resolved.entities.size()) continue;
    if (resolved.entities[e].type != EntityType::kPlace) continue;
    if (i > 0 && (t[i - 1].lower == "in" || t[i - 1].lower == "at" || t[i - 1].lower == "near" ||
                  t[i - 1].lower == "outside" || t[i - 1].lower == "to")) {
      return e;
    }
    if (any < 0) any = e;
  }
  return any;
}

// Name of a token range: the entity it is (when one entity covers its head), else the words.
std::string NameOf(const Tokens& t, size_t b, size_t e, const ResolvedEntities& resolved,
                   std::string_view text) {
  if (b >= e) return "";
  int32_t ent = t[e - 1].entity;
  if (ent >= 0) {
    std::string name = EntityName(resolved, ent);
    if (!name.empty()) return name;
  }
  std::string s = CollapseWhitespace(Cover(t, b, e).Of(text));
  return s.size() > 80 ? s.substr(0, s.rfind(' ', 80)) : s;
}

bool Auxiliary(std::string_view w) {
  return w == "has" || w == "have" || w == "had" || w == "will" || w == "would" || w == "was" ||
         w == "were" || w == "is" || w == "are" || w == "did" || w == "does" || w == "do" ||
         w == "could" || w == "can" || w == "may" || w == "might" || w == "should" || w == "been" ||
         w == "be";
}

bool VerbLike(const ClaimToken& t) {
  static const std::unordered_set<std::string_view> kIrregular = {
      "said",    "says",   "met",    "meet",    "held",   "took",    "left",    "made",    "gave",
      "won",     "lost",   "began",  "told",    "went",   "came",    "saw",     "fell",    "rose",
      "hit",     "struck", "sent",   "brought", "became", "kept",    "ran",     "led",     "spoke",
      "wrote",   "sought", "remain", "remains", "agree",  "agrees",  "rejects", "accepts", "wants",
      "demands", "meets",  "leaves", "holds",   "says",   "insists", "refuses"};
  if (t.punct || t.entity >= 0) return false;
  const std::string& w = t.lower;
  if (kIrregular.count(w)) return true;
  return w.size() > 4 && EndsWith(w, "ed") && !IsStopword(w);
}

// Word-order reading, for runs without a parser: the first verb-like word after any
// attribution, the entity or noun run before it, and the one after it.
void ReadByOrder(const Claim& c, const ResolvedEntities& resolved, std::string_view text,
                 ClaimReading* r) {
  const Tokens& t = c.tokens;
  size_t start = 0;
  // Skip an opening attribution: "Ushakov said (that) …".
  for (size_t i = 0; i + 1 < t.size() && i < 8; ++i) {
    if (ReportingCues().count(t[i].lower) && !t[i].punct) {
      start = i + 1;
      if (start < t.size() && t[start].lower == "that") ++start;
      break;
    }
  }
  size_t p = t.size();
  for (size_t i = start; i < t.size(); ++i) {
    if (VerbLike(t[i]) && i > start) {
      p = i;
      break;
    }
    if (Auxiliary(t[i].lower) && i > start && i + 1 < t.size()) {
      size_t j = i + 1;
      while (j < t.size() && (t[j].negation || IsSkippableAdverb(t[j]))) ++j;
      if (j < t.size() && !t[j].punct && t[j].entity < 0 && !IsStopword(t[j].lower)) {
        p = j;
        break;
      }
    }
  }
  if (p >= t.size()) return;
  r->predicate = t[p].lower;
  // Subject: the clause before the verb; its last entity run, else its last noun run.
  size_t cb = p;
  while (cb > start && !t[cb - 1].punct) --cb;
  size_t se = p;
  while (se > cb &&
         (Auxiliary(t[se - 1].lower) || t[se - 1].negation || IsSkippableAdverb(t[se - 1]))) {
    --se;
  }
  // The clause's first noun run: "The ferry service (between the two ports)".
  size_t sb = cb;
  while (sb < se && !NounLike(t[sb])) ++sb;
  size_t run = sb;
  while (run < se && run - sb < 6 && NounLike(t[run])) ++run;
  se = run;
  if (sb < se) {
    r->subject = Cover(t, sb, se);
    r->subject_name = NameOf(t, sb, se, resolved, text);
  }
  // Object: the noun run after the verb (past a particle or a determiner).
  size_t ob = p + 1;
  while (ob < t.size() && !t[ob].punct &&
         (t[ob].lower == "out" || t[ob].lower == "up" || t[ob].lower == "off" ||
          t[ob].lower == "down")) {
    r->predicate += " " + t[ob].lower;
    ++ob;
  }
  size_t oe = ob;
  while (oe < t.size() && oe - ob < 6 && NounLike(t[oe])) ++oe;
  if (ob < oe) {
    r->object = Cover(t, ob, oe);
    r->object_name = NameOf(t, ob, oe, resolved, text);
  }
}

// Dependency reading (AnnotatedDoc::words): the root, or a speech verb's complement clause.
bool ReadByParse(const AnnotatedDoc& doc, const Claim& c, const ResolvedEntities& resolved,
                 ClaimReading* r) {
  if (c.sentence >= doc.sentences.size()) return false;
  const Sentence& s = doc.sentences[c.sentence];
  const uint32_t wb = s.word_begin, we = std::min<uint32_t>(s.word_end, doc.words.size());
  if (wb >= we) return false;
  const auto& words = doc.words;
  auto in = [&](int32_t w) {
    return w >= static_cast<int32_t>(wb) && w < static_cast<int32_t>(we);
  };
  std::vector<std::vector<uint32_t>> kids(we - wb);
  int32_t root = -1;
  for (uint32_t w = wb; w < we; ++w) {
    if (in(words[w].head)) {
      kids[words[w].head - wb].push_back(w);
    } else if (root < 0) {
      root = static_cast<int32_t>(w);
    }
  }
  if (root < 0) return false;
  auto child = [&](int32_t h, std::string_view rel) -> int32_t {
    for (uint32_t k : kids[h - wb]) {
      if (words[k].deprel == rel || StartsWith(words[k].deprel, std::string(rel) + ":")) {
        return static_cast<int32_t>(k);
      }
    }
    return -1;
  };
  int32_t pred = root;
  if (IsReportingLemma(AsciiLower(words[root].lemma))) {
    int32_t comp = child(root, "ccomp");
    if (comp >= 0) pred = comp;
  }
  // A predicate must be a verb, an adjective or a noun; anything else is a parse gone wrong
  // (a headline, a fragment), and the word-order reading does better.
  const std::string_view upos = words[pred].upos;
  if (upos != "VERB" && upos != "AUX" && upos != "ADJ" && upos != "NOUN") return false;
  // The subtree of h as a byte span, trimmed to its head's name when long.
  auto phrase = [&](int32_t h, TextSpan* span, std::string* name) {
    uint32_t lo = h, hi = h;
    std::vector<uint32_t> stack = {static_cast<uint32_t>(h)};
    size_t seen = 0;
    while (!stack.empty() && seen < 64) {
      uint32_t x = stack.back();
      stack.pop_back();
      ++seen;
      lo = std::min(lo, x);
      hi = std::max(hi, x);
      for (uint32_t k : kids[x - wb]) {
        if (words[k].deprel != "punct" && words[k].deprel != "acl:relcl") stack.push_back(k);
      }
    }
    if (hi - lo > 10) lo = hi = h;
    *span = {words[lo].span.begin, words[hi].span.end};
    // An entity at the head names the phrase.
    for (const auto& tok : c.tokens) {
      if (tok.entity >= 0 && tok.span.Contains(words[h].span)) {
        *name = EntityName(resolved, tok.entity);
        if (!name->empty()) return;
      }
    }
    *name = CollapseWhitespace(span->Of(doc.text()));
  };
  int32_t subj = child(pred, "nsubj");
  if (subj < 0) subj = child(pred, "csubj");
  // A conjoined or controlled verb shares its head's subject ("met Putin and left").
  if (subj < 0 && in(words[pred].head) &&
      (words[pred].deprel == "conj" || words[pred].deprel == "xcomp")) {
    subj = child(words[pred].head, "nsubj");
  }
  if (subj >= 0) phrase(subj, &r->subject, &r->subject_name);
  std::string lemma = AsciiLower(words[pred].lemma);
  if (lemma.empty()) lemma = AsciiLower(words[pred].span.Of(doc.text()));
  if (child(pred, "cop") >= 0) lemma = "be " + lemma;
  int32_t prt = child(pred, "compound:prt");
  if (prt >= 0) lemma += " " + AsciiLower(words[prt].lemma);
  r->predicate = lemma;
  int32_t obj = child(pred, "obj");
  if (obj < 0) obj = child(pred, "iobj");
  if (obj < 0) {
    // An oblique after the verb that is not a time ("in April 2024") nor a source ("according
    // to the ministry").
    for (uint32_t k : kids[pred - wb]) {
      if (words[k].deprel != "obl" || k < static_cast<uint32_t>(pred)) continue;
      bool time = false;
      for (const auto& ct : c.times) time = time || ct.span.Overlaps(words[k].span);
      if (time) continue;
      obj = static_cast<int32_t>(k);
      break;
    }
  }
  if (obj >= 0) phrase(obj, &r->object, &r->object_name);
  return true;
}

}  // namespace

bool IsReportingCue(std::string_view lower) {
  return lower == "according" || ReportingCues().count(lower) > 0;
}

void ReadClaims(const StoryInput& story, const ResolvedEntities& resolved, ClaimSet* set) {
  for (size_t d = 0; d + 1 < set->doc_begin.size() && d < story.docs.size(); ++d) {
    const AnnotatedDoc* doc = story.docs[d];
    if (doc == nullptr || doc->article == nullptr) continue;
    Reader reader{resolved, *doc, doc->text()};
    for (uint32_t ci = set->doc_begin[d]; ci < set->doc_begin[d + 1]; ++ci) {
      Claim& c = set->claims[ci];
      ClaimReading& r = c.reading;
      reader.Attributions(c, &r.attributions);
      // Quote speakers analyze/ found in this sentence, when the rules named no holder.
      for (const Quote& q : doc->quotes) {
        if (q.sentence != c.sentence || q.speaker.empty()) continue;
        ClaimAttribution a;
        for (const auto& tok : c.tokens) {
          if (tok.entity >= 0 && q.speaker.Overlaps(tok.span)) {
            a.entity = tok.entity;
            a.holder = EntityName(resolved, tok.entity);
            break;
          }
        }
        if (a.holder.empty()) {
          std::string words = CollapseWhitespace(q.speaker.Of(doc->text()));
          std::string lower = AsciiLower(words);
          if (IsPronounHolder(lower)) {
            a.entity = reader.last_person;
            a.holder = EntityName(resolved, reader.last_person);
          } else if (!IsNonHolder(lower)) {
            a.holder = std::move(words);
          }
        }
        if (a.holder.empty()) continue;
        // Already named by the rules (perhaps more fully: "Varnian officials" for "Varnian").
        bool known = false;
        for (const auto& o : r.attributions) {
          known = known || o.holder == a.holder || o.span.Overlaps(q.speaker);
        }
        if (known) continue;
        a.cue = std::string(q.cue.Of(doc->text()));
        a.span = q.speaker;
        if (!q.cue.empty()) {
          a.span = {std::min(q.speaker.begin, q.cue.begin), std::max(q.speaker.end, q.cue.end)};
        }
        r.attributions.push_back(std::move(a));
      }
      // Clause-level readings (who asserts, who denies) once the holders are known.
      r.clauses = SplitClauses(*doc, c);
      Modality(c, &r);
      r.place = PlaceOf(c, resolved);
      if (doc->words.empty() || !ReadByParse(*doc, c, resolved, &r)) {
        ReadByOrder(c, resolved, doc->text(), &r);
      }
      for (const auto& tok : c.tokens) {
        if (tok.entity >= 0 && static_cast<size_t>(tok.entity) < resolved.entities.size() &&
            resolved.entities[tok.entity].type == EntityType::kPerson) {
          reader.last_person = tok.entity;
        }
      }
    }
  }
}

}  // namespace corroborate
