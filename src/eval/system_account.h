// The scorer's view of an account: the parts of account.json (schema corroborate/account@1) that
// the gold annotates, as plain strings, with the stories of the account flattened into one list
// per category (a corpus split into several stories is still scored as one corpus).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace corroborate::eval {

struct SysEvidence {
  std::string article;  // article id
  std::string text;
};

struct SysEntity {
  std::string id;  // "s1/e3"
  std::string name, type;
  std::vector<std::string> variants, roles, articles;
};

struct SysQuote {
  std::string id;
  int speaker = -1;  // index into SysAccount::entities, -1 when unresolved
  std::string speaker_name, text;
  bool direct = true;
  std::vector<SysEvidence> evidence;
};

struct SysFact {
  std::string id, statement, status;
  int independent_sources = 0;
  std::vector<SysEvidence> evidence;
};

struct SysSide {
  std::string statement, held_by;
  std::vector<SysEvidence> evidence;
};

struct SysConflict {
  std::string id, kind, summary;
  std::vector<SysSide> sides;
};

struct SysPosition {
  std::string id;
  int actor = -1;  // index into SysAccount::entities, -1 when unresolved
  std::string actor_name, issue, stance;
  std::vector<SysEvidence> evidence;
};

struct SysTimelineEntry {
  std::string id;     // "s1/t3": story and position (entries carry no id of their own)
  std::string date;   // ISO at its precision ("2025-12-02", "2025-12", "2025"), "" when null
  std::string until;  // last day of a range ("last week", "over the weekend"), else ""
  std::string event, fact;
  std::vector<SysEvidence> evidence;
};

struct SysFraming {
  std::string id;  // "s1/f2"
  std::string article, term, category, voice, speaker;
  std::vector<SysEvidence> evidence;
};

struct SysAccount {
  std::vector<std::string> article_ids;
  std::vector<SysEntity> entities;
  std::vector<SysQuote> quotes;
  std::vector<SysFact> facts;
  std::vector<SysConflict> conflicts;
  std::vector<SysPosition> positions;
  std::vector<SysTimelineEntry> timeline;
  std::vector<SysFraming> framing;
  bool has_positions = false;  // some story carries a `positions` array
  bool has_timeline = false;   // … a `timeline` array
  bool has_framing = false;    // … a `framing` array
};

// Parses account.json text; errors read "LABEL: stories[0].quotes[2]: …".
Result<SysAccount> ParseAccountJson(std::string_view json, const std::string& label);

// Reads an account.json written earlier (`eval account --account FILE`).
Result<SysAccount> ReadAccountFile(const std::string& path);

}  // namespace corroborate::eval
