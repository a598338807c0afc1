// A gold file: a hand annotation of one corpus (entities with their spellings, quotes with
// speakers, facts with supporting articles, conflicts, positions, dated events, loaded terms) that
// `corroborate eval account` scores an account against. Format and matching rules:
// docs/evaluation.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace corroborate::eval {

struct GoldEntity {
  std::string name;                   // canonical name
  std::string type;                   // "person", "organization", "place", "group", "other"
  std::vector<std::string> variants;  // every other spelling that appears in the corpus
  std::vector<std::string> roles;     // titles and roles given in the articles
};

struct GoldQuote {
  std::string speaker;  // a gold entity's name or variant, or "anonymous: a U.S. official"
  std::string key;      // a short phrase of the quote; "a|b" lists wordings (translations)
  bool direct = true;
  std::vector<std::string> articles;
};

struct GoldFact {
  std::string description;
  std::vector<std::string> keys;  // 1–4 phrases, all of which identify the fact
  std::vector<std::string> articles;
  int independent_sources = 1;
  std::string status;  // "confirmed", "single-source", "contested"
};

struct GoldConflict {
  std::string kind;                             // "denial", "number", "date", "attribute", "quote"
  std::vector<std::vector<std::string>> sides;  // the key phrases of each side
  std::vector<std::string> articles;
};

struct GoldPosition {
  std::string actor;   // a gold entity's name or variant; "Russia|Kremlin" lists alternatives
  std::string issue;   // a key word of the issue ("territory|territorial")
  std::string stance;  // "demands", "rejects", "accepts", "proposes", "supports", "opposes"
  std::vector<std::string> articles;
};

// A dated event of the timeline. `dates` lists the acceptable readings of an ambiguous date
// ("overnight" in a morning report: either day); each is ISO at the precision: "2025-12-02" for
// day, week (its Monday) and weekend (its Saturday), "2025-12" for month, "2025" for year.
struct GoldTimelineEvent {
  std::string description;
  std::vector<std::string> dates;
  std::string precision;              // "day", "weekend", "week", "month", "year"
  std::vector<std::string> keys;      // 1–4 phrases, all of which identify the event
  std::vector<std::string> articles;  // the articles that date the event
};

// A loaded or evaluative term in one article.
struct GoldFraming {
  std::string term;     // a key phrase of the term ("so-called", "dictator")
  std::string article;  // the article using it
  std::string voice;    // "outlet" (the article's own words) or "quoted"
};

struct Gold {
  std::string path;           // the gold file, for messages
  std::string corpus;         // the corpus folder, relative to the gold file…
  std::string shared_corpus;  // …or relative to the shared data folder (../shared)
  std::vector<GoldEntity> entities;
  std::vector<std::string> entity_ignore;  // forms neither required nor penalised ("Russian")
  std::vector<GoldQuote> quotes;
  std::vector<GoldFact> facts;
  std::vector<GoldConflict> conflicts;
  std::vector<GoldPosition> positions;
  std::vector<GoldTimelineEvent> timeline;
  std::vector<GoldFraming> framing;
  bool has_positions = false;  // the gold annotates positions (else that category is skipped)
  bool has_timeline = false;   // likewise for the timeline…
  bool has_framing = false;    // …and framing

  // The gold entity that `name` names (by any spelling), or -1.
  int FindEntity(std::string_view name) const;
  // The gold entities of "a|b|c" (each alternative a name or variant); -1 for an unknown one.
  std::vector<int> FindEntities(std::string_view alternatives) const;
};

// Parses a gold file's text; errors read "LABEL: quotes[3]: 'key' is missing".
Result<Gold> ParseGold(std::string_view json, const std::string& label);

// Reads and parses the gold file at `path`.
Result<Gold> ReadGoldFile(const std::string& path);

}  // namespace corroborate::eval
