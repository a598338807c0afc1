// Account: the cross-checked result for a set of articles, grouped in stories. This is the
// in-memory form of the account.json contract (schema "corroborate/account@1",
// docs/account-schema.md); render/ writes it. Evidence is a byte span into an article's text;
// the JSON writer converts it to code points.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/annotated_doc.h"
#include "model/article.h"
#include "model/date.h"

namespace corroborate {

struct Evidence {
  uint32_t article = 0;  // index into Account::articles
  TextSpan span;         // into that article's text
  bool operator==(const Evidence&) const = default;
};

// How an article relates to the others as a source: a reprint, or a report citing another
// outlet, is not an independent confirmation.
struct Sourcing {
  uint32_t article = 0;            // index into Account::articles
  uint32_t group = 0;              // independence group: articles sharing a group count once
  int64_t syndicated_from = -1;    // index of the article this one copies, -1 when original
  double copied_fraction = 0;      // share of this article's text found in syndicated_from
  std::vector<std::string> cites;  // outlets it says it is citing ("The Guardian")
};

struct AccountEntity {
  std::string id;    // "e1", "e2"… unique within the account
  std::string name;  // canonical: the most complete, most frequent spelling
  EntityType type = EntityType::kOther;
  std::vector<std::string> variants;  // every other spelling seen, e.g. "Vitkoff", "Witkoff"
  std::vector<std::string> roles;     // "US special envoy", "Kremlin spokesperson"
  std::vector<uint32_t> articles;     // indices into Account::articles
  std::vector<Evidence> mentions;
};

enum class FactStatus : uint8_t { kConfirmed, kSingleSource, kContested };
const char* FactStatusName(FactStatus s);  // "confirmed", "single-source", "contested"

// Who an outlet reports a claim from ("according to Ushakov", "Russia claimed"). A fact with
// no attribution is stated by the outlet itself.
struct Attribution {
  std::string holder;  // the party as resolved: "Yuri Ushakov", "Russia", "two NATO diplomats"
  std::string cue;     // the reporting words as written: "according to", "claimed", "said"
  Evidence evidence;   // holder and cue in the sentence ("Russia claimed")
};

// One supporting article of a fact and why it counts under its source.
struct SupportLink {
  uint32_t article = 0;  // index into Account::articles
  std::string via;       // "original", "copy of <article id>", "cites The Guardian"
};

// One independent source of a fact: the supporting articles that count as it once.
struct SupportChain {
  std::string source;  // the outlet that counts (a story outlet, or a cited one not in the story)
  std::vector<SupportLink> links;
};

// What a claim says, beyond its words: the proposition and how firmly it is put.
struct Proposition {
  std::string subject;                // who or what: "Russia", "the talks"; "" when not found
  std::string predicate;              // lemma of the main verb: "capture", "last"
  std::string object;                 // "Pokrovsk", "the deal"
  std::string place;                  // a place the claim names
  bool negated = false;               // polarity: "did not reject"
  std::string modality = "asserted";  // "asserted", "reported", "possible", "expected"
  std::vector<std::string> hedges;    // as written: "reportedly", "may", "is expected to"
};

struct Fact {
  std::string id;         // "f1"…
  std::string statement;  // the clearest wording found (a sentence of one of the articles)
  FactStatus status = FactStatus::kSingleSource;
  int independent_sources = 0;               // independence groups among the supporting articles
  CivilDate date;                            // when it happened, if known (invalid otherwise)
  std::vector<Evidence> evidence;            // one or more per supporting article
  std::vector<std::string> entities;         // AccountEntity ids involved
  Proposition proposition;                   // of the statement; hedges gathered from every wording
  std::vector<Attribution> attributed_to;    // parties the outlets report it from
  std::vector<SupportChain> support_chains;  // one per independent source
};

enum class ConflictKind : uint8_t { kDenial, kNumber, kDate, kAttribute, kQuote };
const char* ConflictKindName(ConflictKind k);  // "denial", "number", "date", "attribute", "quote"

struct ConflictSide {
  std::string statement;  // what this side holds, e.g. "Putin rejected the deal"
  std::string held_by;    // who asserts it: an outlet or a party ("Kremlin", "The Daily Meridian")
  std::vector<Evidence> evidence;
};

struct Conflict {
  std::string id;  // "c1"…
  ConflictKind kind = ConflictKind::kDenial;
  std::string summary;
  std::vector<ConflictSide> sides;
  std::vector<std::string> facts;  // Fact ids this conflict touches
};

struct AccountQuote {
  std::string id;            // "q1"…
  std::string speaker;       // AccountEntity id, empty when unresolved
  std::string speaker_name;  // as resolved: "Vladimir Putin", "a U.S. official"
  std::string text;          // the fullest wording found
  std::string cue;           // the speech verb of that wording: "said", "according to"; may be ""
  bool direct = true;
  std::vector<Evidence> evidence;  // one per article that carries it (aligned across outlets)
};

struct TimelineEntry {
  CivilDate date;
  std::string event;
  std::string fact;  // Fact id, when the entry comes from a fact
  std::vector<Evidence> evidence;
  CivilDate until;  // last day when the date is a range ("last week", "over the weekend")
};

// A number that changed over time rather than between outlets: a cumulative count (killed,
// injured, displaced) that rises from one day's reports to a later day's.
struct UpdateStep {
  std::string value;    // "10 people"
  CivilDate as_of;      // publish date of the reports giving it
  std::string held_by;  // outlets giving it
  std::vector<Evidence> evidence;
};

struct FactUpdate {
  std::string id;  // "u1"…
  std::string summary;
  std::vector<std::string> facts;  // Fact ids it touches (not contested by it)
  std::vector<UpdateStep> steps;   // oldest first
};

struct Coverage {
  uint32_t article = 0;
  std::vector<std::string> facts;  // Fact ids the article supports
  std::vector<std::string> omits;  // confirmed facts (≥ 2 independent sources) it does not report
};

// One party's stance on one issue, merged across outlets: "Kyiv rejects ceding territory".
// Issues are noun phrases found in the text (never a fixed list); an actor may hold two stances
// on one issue (accepts and rejects), and both rows are kept.
struct Position {
  std::string actor;               // AccountEntity id; empty when the actor is only described
  std::string actor_name;          // "Vladimir Putin", "Kyiv", "a U.S. official"
  std::string issue;               // short noun phrase: "territory", "security guarantees"
  std::string stance;              // demands | rejects | accepts | proposes | supports | opposes
  std::vector<Evidence> evidence;  // the sentences stating it, one or more per article
};

// An evaluative or loaded term ("so-called", "regime", scare quotes) and whose voice it is in:
// the outlet's own words, or a quote of someone it reports.
struct FramingTerm {
  uint32_t article = 0;  // index into Account::articles
  std::string term;      // as written, lower-cased: "so-called peace talks", "russian dictator"
  std::string category;  // "loaded label", "delegitimising qualifier", "evaluative",
                         // "euphemism", "contested term", "scare quotes"
  std::string voice;     // "outlet" (its own words) or "quoted" (inside someone's quote)
  std::string speaker;   // who is quoted, when voice is "quoted" and the speaker is known
  Evidence evidence;     // the term itself
};

// One real-world event of a story, and the articles reporting it. A developing story holds
// several (the same talks moving to another city two days later).
struct StoryEvent {
  std::string id;                  // "ev1"… unique within the account
  std::vector<uint32_t> articles;  // indices into Account::articles, in input order
};

struct StoryAccount {
  std::string id;  // "s1"…
  std::string title;
  std::vector<uint32_t> articles;  // indices into Account::articles
  std::vector<StoryEvent> events;  // the story's events, in order of their first article
  std::vector<Sourcing> sourcing;  // one per article of the story
  std::vector<AccountEntity> entities;
  std::vector<Fact> facts;
  std::vector<Conflict> conflicts;
  std::vector<FactUpdate> updates;  // numbers that changed over time (not conflicts)
  std::vector<AccountQuote> quotes;
  std::vector<TimelineEntry> timeline;
  std::vector<Coverage> coverage;
  std::vector<Position> positions;   // actor × issue stances
  std::vector<FramingTerm> framing;  // loaded terms per article, by voice
};

// An input that could not be used, and why (reported, skipped; the run goes on).
struct InputProblem {
  std::string uri;
  std::string reason;
};

struct Account {
  std::vector<Article> articles;
  std::vector<StoryAccount> stories;
  std::vector<InputProblem> problems;
};

}  // namespace corroborate
