// Stance vocabulary of the position finder: the stance words ("demands", "rules out", "backs")
// with how each is read (particle, noun reading, stance when negated), the verbs of giving
// something up ("cede", "relinquish") and the closed word classes (determiners, auxiliaries,
// clause words, pronouns) the phrase scanners stop at. General English only: no names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace corroborate::positions {

using WordSet = std::unordered_set<std::string_view>;

enum class Stance : uint8_t { kDemands, kRejects, kAccepts, kProposes, kSupports, kOpposes, kNone };

// The schema's name of a stance ("demands"); "" for kNone.
const char* StanceName(Stance s);

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
  // The object must be "X to <verb>" ("pushed Europe to tap into the assets"): without it the
  // word is no stance ("pushed the cart").
  bool agent_infinitive = false;
};

// Stance words by stem (claims.h StemWord).
const std::unordered_map<std::string, std::vector<Rule>>& Rules();

// "back" is a stance only in these forms ("pull back" is not).
bool IsBackForm(std::string_view w);

// Verbs of giving something up, by stem: negated with a modal ("will not cede territory") they
// state a rejection; after "refuse to"/"rule out" they carry the object.
const std::unordered_set<std::string>& ConcessionStems();
// Of those, the ones whose negation is a stance (not "did not join").
bool NegationRejects(const std::string& stem);

// Heads too light to name an issue when a modifier says what it is about, by stem.
const std::unordered_set<std::string>& LightHeads();

// A digit or a number word.
bool IsNumber(std::string_view lower);

extern const WordSet kDeterminers;     // "the", "any", "their"
extern const WordSet kModifiers;       // graded, not the issue: "further", "new", "full"
extern const WordSet kRelational;      // "reduction (in)", "transfer (of)": issue follows
extern const WordSet kLinkPreps;       // "of", "on", "in", "over", "from", "for", "to"
extern const WordSet kAux;             // auxiliaries and modals
extern const WordSet kModals;          // "will", "would", "can", "must"
extern const WordSet kClauseWords;     // conjunctions and prepositions that end a phrase
extern const WordSet kPersonPronouns;  // "he", "she"
extern const WordSet kOtherPronouns;   // "it", "they"
extern const WordSet kFirstPronouns;   // "we", "I"
extern const WordSet kGenericIssues;   // "details", "something": no issue on their own
extern const WordSet kSkippable;       // adverbs between a subject and its verb
extern const WordSet kWillingness;     // "ready (to)", "refused (to)"
extern const WordSet kJudgeVerbs;      // "found (X acceptable)"
extern const WordSet kCopulas;         // "is", "remains"
// Base forms after "urge/push X to" whose object is what the demand is for ("to tap into the
// frozen assets", "to supply air defence"); verbs of stopping are not here ("to stop shelling"
// wants the shelling ended).
extern const WordSet kDeliverVerbs;

}  // namespace corroborate::positions
