// Stance cues (reconcile/positions_cues.h): stance words read in their sentence.
#include "reconcile/positions_cues.h"

#include <optional>
#include <string>
#include <utility>

#include "core/strings.h"
#include "reconcile/claims.h"
#include "reconcile/positions_context.h"
#include "reconcile/positions_issue.h"
#include "reconcile/positions_lexicon.h"

namespace corroborate::positions {
namespace {

bool stem_is_verb(const std::string& w) { return w != "backing"; }

// The noun phrase a relative clause holding token i hangs on ("the framework that Castellan
// said both delegations had accepted"), scanning back through the clause; nullopt when i is not
// in one.
std::optional<Found> RelativeAntecedent(const SentenceView& v, size_t i) {
  const auto& t = Toks(v);
  for (size_t k = i, n = 0; k > 1 && n < 12; --k, ++n) {
    const ClaimToken& tok = t[k - 1];
    if (tok.punct && !Joiner(v, k - 1)) return std::nullopt;
    if (tok.lower != "that" && tok.lower != "which") continue;
    // "said that …" is a report, not a relative clause.
    const ClaimToken& noun = t[k - 2];
    if (noun.punct || noun.entity >= 0 || kAux.count(noun.lower) || EndsWith(noun.lower, "ed") ||
        kClauseWords.count(noun.lower) || Rules().count(StemWord(noun.lower))) {
      return std::nullopt;
    }
    const std::string_view upos = Upos(v, k - 2);
    if (!upos.empty() && upos != "NOUN" && upos != "PROPN") return std::nullopt;
    size_t s = k - 2;
    while (s > 0 && k - 2 - s < 4 && !t[s - 1].punct && !kClauseWords.count(t[s - 1].lower) &&
           !kAux.count(t[s - 1].lower) && !Rules().count(StemWord(t[s - 1].lower)) &&
           !(Upos(v, s - 1) == "VERB")) {
      --s;
    }
    return Issue(v, s, k - 1);
  }
  return std::nullopt;
}

}  // namespace

std::vector<Found> StanceFinder::FindIn(const SentenceView& v) const {
  std::vector<Found> out;
  const std::vector<ClaimToken>& t = v.claim->tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].punct || t[i].entity >= 0) continue;
    const std::string& w = t[i].lower;
    if (DeniedContext(v, i)) continue;
    if (w == "without" || (t[i].lower.size() > 3 && i > 0 && t[i - 1].negation)) {
      // Inside a direct quote an obligation is the speaker's own ("must not be signed without").
      if (DirectQuoteAt(v, t[i].span) != nullptr || !Unasserted(v, i)) Condition(v, i, &out);
      if (w == "without") continue;
    }
    if (Unasserted(v, i)) continue;
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
  // A participle clause (", warning against secret deals") elaborating a stance its holder
  // states in the main clause ("urged openness") is that stance, not another row.
  std::vector<bool> elaborates(out.size(), false);
  for (size_t n = 0; n < out.size(); ++n) {
    for (size_t m = 0; m < out.size() && out[n].participle && !elaborates[n]; ++m) {
      const Actor& a = out[n].actors.front();
      const Actor& b = out[m].actors.front();
      elaborates[n] = !out[m].participle && a.entity == b.entity && a.name == b.name;
    }
  }
  std::vector<Found> kept;
  for (size_t n = 0; n < out.size(); ++n) {
    if (!elaborates[n]) kept.push_back(std::move(out[n]));
  }
  return kept;
}

void StanceFinder::Emit(const SentenceView& v, std::vector<Actor> raw_actors, Stance stance,
                        std::vector<Found> issues, std::vector<Found>* out) const {
  if (stance == Stance::kNone || raw_actors.empty()) return;
  std::vector<Actor> actors;
  for (const Actor& a : raw_actors) {
    if (auto n = actors_.Normalize(a)) actors.push_back(*n);
  }
  for (Found& f : issues) {
    for (const Actor& a : actors) {
      // Never a stance on oneself ("Ukraine supports Ukraine").
      if (a.entity >= 0) {
        std::string key = NameKey(actors_.entities().entities[static_cast<size_t>(a.entity)].name);
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
bool StanceFinder::Passive(const SentenceView& v, size_t i, Stance stance,
                           std::vector<Found>* out) const {
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
  actors_.AddWithCoordinated(v, a, &agents);
  Emit(v, std::move(agents), stance, {std::move(*f)}, out);
  return true;
}

bool StanceFinder::Trigger(const SentenceView& v, size_t i, const Rule& r,
                           std::vector<Found>* out) const {
  const auto& t = Toks(v);
  size_t next = i + 1;
  const std::string next_word = next < t.size() ? t[next].lower : "";
  // Noun reading: "demands for", "support for", "opposition to".
  const bool verb_form =
      EndsWith(t[i].lower, "ed") || (EndsWith(t[i].lower, "ing") && stem_is_verb(t[i].lower));
  if (!r.noun_particles.empty() && !next_word.empty() && !verb_form) {
    bool particle = false;
    for (std::string_view np : Split(r.noun_particles, ' ')) particle = particle || np == next_word;
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
          actors_.AddWithCoordinated(v, k - 1, &actors);
          break;
        }
        if (Possessive(v, k - 1) || kDeterminers.count(t[k - 1].lower)) break;
        --k;
      }
      bool possessed = i > 0 && (Possessive(v, i - 1) || kDeterminers.count(t[i - 1].lower) ||
                                 (i > 1 && Possessive(v, i - 2)));
      if (actors.empty() && possessed) return true;
      if (actors.empty()) actors = actors_.Subject(v, i);
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
  // "pushed Europe to tap into the frozen assets": what the demand is for follows the verb.
  bool agent_to = false;
  if (p < t.size() && t[p].entity >= 0) {
    size_t q = p;
    while (q < t.size() && t[q].entity == t[p].entity) ++q;
    if (q + 1 < t.size() && t[q].lower == "to") {
      agent_to = true;
      if (ConcessionStems().count(StemWord(t[q + 1].lower))) {
        p = q;
      } else if (st == Stance::kDemands && kDeliverVerbs.count(t[q + 1].lower)) {
        p = q + 2;
        while (p < t.size() &&
               (t[p].lower == "into" || t[p].lower == "on" || t[p].lower == "up" ||
                t[p].lower == "over" || t[p].lower == "out" || t[p].lower == "from")) {
          ++p;
        }
        // "Russian frozen assets": whose assets is not the issue.
        if (p + 1 < t.size() && t[p].entity >= 0 && t[p + 1].entity != t[p].entity &&
            !t[p + 1].punct && !Capitalised(v, p + 1)) {
          ++p;
        }
      } else {
        return true;
      }
    }
  }
  if (r.agent_infinitive && !agent_to) return true;
  std::vector<Actor> actors = actors_.Subject(v, anchor);
  std::vector<Found> issues = Issues(v, p, t.size());
  // "a framework that both delegations had accepted as a basis": the object is the noun the
  // relative clause hangs on.
  if (p >= t.size() || t[p].punct || t[p].lower == "as") {
    if (auto antecedent = RelativeAntecedent(v, i)) issues = {std::move(*antecedent)};
  }
  const size_t before = out->size();
  Emit(v, std::move(actors), st, std::move(issues), out);
  // ", warning against …" after a stance of the same holder elaborates it.
  if (EndsWith(t[i].lower, "ing") && i > 0 && t[i - 1].lower == ",") {
    for (size_t n = before; n < out->size(); ++n) (*out)[n].participle = true;
  }
  return true;
}

// "will not cede territory" → rejects territory.
void StanceFinder::NegatedConcession(const SentenceView& v, size_t i,
                                     std::vector<Found>* out) const {
  if (!Negated(v, i, true)) return;
  const auto& t = Toks(v);
  size_t p = i + 1;
  while (p < t.size() && (t[p].lower == "up" || t[p].lower == "over" || t[p].lower == "back" ||
                          t[p].lower == "from" || t[p].lower == "on")) {
    ++p;
  }
  Emit(v, actors_.Subject(v, i), Stance::kRejects, Issues(v, p, t.size()), out);
}

// "X is unacceptable to Y", "Y found X acceptable".
void StanceFinder::Adjective(const SentenceView& v, size_t i, std::vector<Found>* out) const {
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
      Emit(v, actors_.Subject(v, k - 1), st, {std::move(*f)}, out);
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
      int32_t e = actors_.ResolvePronoun(v, a);
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

}  // namespace corroborate::positions
