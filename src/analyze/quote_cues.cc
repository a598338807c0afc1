// The word lists of quote_cues.h. Function-local statics: built once, on first use.
#include "analyze/quote_cues.h"

#include <string>

#include "analyze/number_words.h"

namespace corroborate::quotes_internal {

const WordSet& FiniteCues() {
  static const WordSet k = {
      "said",       "says",          "say",           "told",          "tells",      "added",
      "adds",       "warned",        "warns",         "stressed",      "stresses",   "insisted",
      "insists",    "noted",         "argued",        "argues",        "called",     "described",
      "describes",  "characterized", "characterised", "characterizes", "wrote",      "writes",
      "urged",      "urges",         "cautioned",     "cautions",      "emphasized", "emphasised",
      "emphasizes", "acknowledged",  "acknowledges",  "confirmed",     "confirms",   "reiterated",
      "reiterates", "claimed",       "denied",        "denies",        "asked",      "asks",
      "replied",    "declared",      "announced",     "explained",     "explains",   "stated",
      "admitted",   "recalled",      "tweeted",       "remarked",      "responded",  "continued",
      "vowed",      "predicted",     "conceded",      "insisting",     "quipped",    "complained",
      "stressing",  "dubbed",        "labelled",      "labeled",       "termed",     "branded",
      "accused",    "accuses",       "highlighted",   "underscored",   "underlined", "repeated",
      "pledged",    "promised",      "maintained",    "asserted",      "contended",  "dismissed"};
  return k;
}
const WordSet& ParticipleCues() {
  static const WordSet k = {
      "saying",        "adding",      "noting",     "warning",   "cautioning",     "calling",
      "describing",    "stressing",   "insisting",  "arguing",   "urging",         "claiming",
      "acknowledging", "reiterating", "explaining", "declaring", "characterizing", "characterising",
      "emphasizing",   "emphasising", "writing",    "asking",    "denying",        "confirming",
      "announcing",    "telling",     "accusing",   "repeating", "underscoring",   "highlighting",
      "dismissing",    "maintaining"};
  return k;
}
// Verbs that introduce reported speech without quote marks.
const WordSet& IndirectCues() {
  static const WordSet k = {
      "said",         "says",       "say",       "told",       "tells",     "confirmed",
      "confirms",     "warned",     "warns",     "added",      "adds",      "stressed",
      "insisted",     "insists",    "noted",     "argued",     "argues",    "claimed",
      "acknowledged", "explained",  "announced", "reiterated", "cautioned", "emphasized",
      "emphasised",   "declared",   "replied",   "stated",     "admitted",  "highlighted",
      "underscored",  "underlined", "repeated",  "reported",   "reports",   "pledged",
      "promised",     "maintained", "asserted",  "contended",  "denied",    "denies",
      "indicated",    "signalled",  "signaled"};
  return k;
}
// Words that end a noun phrase when collecting a speaker.
const WordSet& PhraseStops() {
  static const WordSet k = {
      "that",      "which",   "who",        "whom",    "whose", "and",     "but",       "or",
      "nor",       "while",   "as",         "because", "when",  "if",      "although",  "though",
      "after",     "before",  "since",      "until",   "so",    "where",   "what",      "how",
      "why",       "also",    "has",        "have",    "had",   "was",     "were",      "is",
      "are",       "be",      "been",       "being",   "will",  "would",   "could",     "should",
      "may",       "might",   "must",       "can",     "did",   "does",    "do",        "not",
      "in",        "on",      "at",         "of",      "for",   "with",    "from",      "to",
      "by",        "into",    "about",      "through", "over",  "under",   "during",    "against",
      "than",      "then",    "it",         "this",    "these", "those",   "there",     "here",
      "meanwhile", "however", "yet",        "even",    "said",  "told",    "according", "later",
      "again",     "once",    "reportedly", "earlier", "now",   "already", "still",     "just",
      "only",      "without", "within",     "between", "among", "amid",    "despite",   "like",
      "unlike",    "toward",  "towards",    "upon",    "via",   "per"};
  return k;
}
const WordSet& AdverbsBeforeVerb() {
  static const WordSet k = {"also",       "has",        "have",         "had",         "later",
                            "again",      "then",       "previously",   "repeatedly",  "publicly",
                            "earlier",    "reportedly", "once",         "recently",    "further",
                            "separately", "ultimately", "openly",       "immediately", "simply",
                            "once",       "privately",  "bluntly",      "flatly",      "firmly",
                            "angrily",    "quickly",    "subsequently", "himself",     "herself",
                            "themselves", "personally", "told"};
  return k;
}
const WordSet& PassiveAux() {
  static const WordSet k = {"was", "were", "been", "being", "be", "is", "are"};
  return k;
}
const WordSet& Pronouns() {
  static const WordSet k = {"he", "she", "they", "we", "i", "it"};
  return k;
}
const WordSet& Titles() {
  static const WordSet k = {"president",
                            "minister",
                            "secretary",
                            "chancellor",
                            "prime",
                            "foreign",
                            "defense",
                            "defence",
                            "spokesperson",
                            "spokesman",
                            "spokeswoman",
                            "general",
                            "envoy",
                            "ambassador",
                            "senator",
                            "governor",
                            "mayor",
                            "chief",
                            "director",
                            "adviser",
                            "advisor",
                            "aide",
                            "commander",
                            "mp",
                            "mr",
                            "mr.",
                            "mrs",
                            "mrs.",
                            "ms",
                            "ms.",
                            "dr",
                            "dr.",
                            "sir",
                            "king",
                            "queen",
                            "prince",
                            "pope",
                            "state",
                            "deputy",
                            "vice",
                            "representative",
                            "rep",
                            "sen",
                            "gov",
                            "judge",
                            "justice",
                            "chairman",
                            "chairwoman",
                            "chair",
                            "ceo",
                            "head",
                            "leader",
                            "premier",
                            "colonel",
                            "captain",
                            "commissioner",
                            "special",
                            "senior",
                            "former",
                            "acting"};
  return k;
}
const WordSet& NameParticles() {
  static const WordSet k = {"von", "van", "der", "de", "da",  "al",  "bin",
                            "la",  "le",  "di",  "du", "del", "den", "ter"};
  return k;
}

// A source described rather than named keeps its prepositional phrase: "sources close to the
// talks", "people familiar with the matter", "a spokesman for the ministry".
const WordSet& BridgeWords() {
  static const WordSet k = {
      "close",          "familiar",        "briefed",   "spokesman", "spokeswoman",
      "spokesperson",   "official",        "officials", "source",    "sources",
      "member",         "members",         "diplomat",  "diplomats", "aide",
      "aides",          "adviser",         "advisers",  "advisor",   "advisors",
      "representative", "representatives", "officer",   "officers",  "people",
      "person",         "someone",         "analyst",   "analysts",  "expert",
      "experts",        "insider",         "insiders",  "lawmaker",  "lawmakers",
      "negotiator",     "negotiators",     "employee",  "employees", "staffer",
      "staffers",       "director",        "head",      "chief",     "based",
      "involved"};
  return k;
}
const WordSet& BridgePrepositions() {
  static const WordSet k = {"to", "with", "for", "at", "of", "from", "in", "on"};
  return k;
}
// "expressed concern that …", "voiced hope that …": a verb and a noun that report speech.
const WordSet& StanceVerbs() {
  static const WordSet k = {"expressed", "voiced", "shared", "raised", "expressing", "voicing"};
  return k;
}
const WordSet& StanceNouns() {
  static const WordSet k = {"concern",    "concerns",   "hope",        "hopes",      "fear",
                            "fears",      "doubt",      "doubts",      "confidence", "optimism",
                            "skepticism", "scepticism", "frustration", "regret",     "alarm"};
  return k;
}

// "Neither government confirmed …", "No official said …": a negated source reports nothing.
bool IsNegatedSource(std::string_view speaker) {
  std::string lw = scan::LowerAscii(speaker.substr(0, speaker.find(' ')));
  return lw == "neither" || lw == "no" || lw == "none" || lw == "nobody" || lw == "nor";
}

}  // namespace corroborate::quotes_internal
