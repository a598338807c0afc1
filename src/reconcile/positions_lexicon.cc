// Stance vocabulary of the position finder (reconcile/positions_lexicon.h): stance words with
// their readings, concession verbs, and the closed word classes the phrase scanners stop at.
#include "reconcile/positions_lexicon.h"

#include "core/strings.h"
#include "reconcile/claims.h"

namespace corroborate::positions {

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
    add("push", {D, "for", "", N});
    add("push", {D, "", "", N, true, false, true});
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
    "further",   "new",       "additional", "more",    "other",    "another",   "significant",
    "full",      "entire",    "whole",      "current", "strong",   "lasting",   "key",
    "major",     "certain",   "several",    "many",    "much",     "most",      "main",
    "broad",     "broader",   "only",       "initial", "original", "latest",    "possible",
    "potential", "real",      "serious",    "total",   "complete", "immediate", "clear",
    "specific",  "existing",  "future",     "any",     "very",     "number",    "same",
    "disputed",  "contested", "occupied"};
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
    "ready",     "willing",    "prepared", "agreed",   "agree",     "agrees",
    "refused",   "refuses",    "refuse",   "wants",    "want",      "wanted",
    "plans",     "plan",       "planned",  "intends",  "intend",    "vowed",
    "pledged",   "offered",    "offers",   "continue", "continues", "continued",
    "unwilling", "determined", "expected", "decided",  "decides",   "seeks",
    "sought",    "seek",       "tried",    "tries",    "trying",    "try"};
const WordSet kJudgeVerbs = {"found",      "find",      "finds",    "consider", "considers",
                             "considered", "deem",      "deems",    "deemed",   "called",
                             "calls",      "call",      "regard",   "regards",  "regarded",
                             "described",  "describes", "declared", "declares"};
const WordSet kCopulas = {"is",   "are",     "was",    "were",    "be",
                          "been", "remains", "remain", "remained"};

const WordSet kDeliverVerbs = {"tap",   "use",      "unlock",     "provide", "deliver",
                               "send",  "supply",   "fund",       "finance", "grant",
                               "adopt", "increase", "boost",      "expand",  "share",
                               "pay",   "transfer", "confiscate", "seize",   "guarantee"};

bool IsNumber(std::string_view lower) {
  return !lower.empty() && ((lower[0] >= '0' && lower[0] <= '9') || NumberWord(lower) >= 0);
}
}  // namespace corroborate::positions
