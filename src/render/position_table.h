// What the "Positions" and "Framing" sections of brief.md and brief.html show, computed once
// so both say the same thing: the actor × issue matrix of a story's positions (the issues held
// by most actors as columns, the rest listed), and each outlet's loaded terms grouped by voice.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/account.h"

namespace corroborate {

struct PositionCell {
  std::vector<std::string> stances;  // "rejects", in row order ("accepts", "rejects" both kept)
  std::vector<Evidence> evidence;
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
