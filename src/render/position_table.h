// What the "Positions" and "Framing" sections of brief.md and brief.html show, computed once
// so both say the same thing: the actor × issue matrix of a story's positions (one row per
// actor, the issues held by most actors as columns, the rest listed; each cell the stance with
// how many sentences and outlets state it, two opposed stances of one actor flagged as a
// conflict), and each outlet's loaded terms grouped by voice.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/account.h"

namespace corroborate {

// One stance in a cell with its support: evidence sentences and distinct outlets.
struct CellStance {
  std::string stance;
  size_t sentences = 0;
  size_t outlets = 0;
};

struct PositionCell {
  std::vector<std::string> stances;  // "rejects", in row order ("accepts", "rejects" both kept)
  std::vector<CellStance> counts;    // parallel to stances
  std::vector<Evidence> evidence;
  // The actor holds opposed stances here (supports/accepts/demands/proposes against
  // rejects/opposes): the reports disagree or the actor changed its mind.
  bool conflicting = false;
};

struct PositionMatrix {
  std::vector<std::string> issues;               // columns
  std::vector<std::string> actors;               // rows
  std::vector<std::vector<PositionCell>> cells;  // [actor][issue]; empty cell: no stance found
  std::vector<const Position*> others;           // positions outside the matrix
};

// At most max_issues columns: issues ordered by the number of actors holding a stance on them
// (ties: first appearance); only issues with two or more actors make a column unless fewer
// than two such issues exist.
PositionMatrix BuildPositionMatrix(const StoryAccount& story, size_t max_issues = 6);
// The same, counting outlets by the articles' outlet names (two articles of one outlet count
// once); without them each article counts as an outlet.
PositionMatrix BuildPositionMatrix(const StoryAccount& story, const std::vector<Article>& articles,
                                   size_t max_issues = 6);

// A cell as table text: "rejects (3 sentences, 2 outlets)"; opposed stances as "conflicting:
// supports (1 sentence, 1 outlet) vs rejects (2 sentences, 2 outlets)"; "" for an empty cell.
std::string CellText(const PositionCell& cell);

struct FramingGroup {
  std::string term;
  std::string category;
  std::string speaker;  // for quoted terms
  std::vector<Evidence> evidence;
};

struct OutletFraming {
  uint32_t article = 0;
  std::vector<FramingGroup> own;     // the outlet's own voice
  std::vector<FramingGroup> quoted;  // inside quotes of others
};

// One entry per article of the story with at least one term, in story order.
std::vector<OutletFraming> GroupFraming(const StoryAccount& story);

}  // namespace corroborate
