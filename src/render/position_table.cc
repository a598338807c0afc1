#include "render/position_table.h"

#include <algorithm>
#include <map>
#include <set>

namespace corroborate {

PositionMatrix BuildPositionMatrix(const StoryAccount& story, size_t max_issues) {
  PositionMatrix m;
  // Issues by the number of distinct actors, then first appearance.
  std::map<std::string, std::set<std::string>> actors_of;
  std::vector<std::string> issue_order;
  for (const Position& p : story.positions) {
    if (actors_of.find(p.issue) == actors_of.end()) issue_order.push_back(p.issue);
    actors_of[p.issue].insert(p.actor.empty() ? p.actor_name : p.actor);
  }
  std::stable_sort(issue_order.begin(), issue_order.end(),
                   [&](const std::string& a, const std::string& b) {
                     return actors_of[a].size() > actors_of[b].size();
                   });
  size_t shared = 0;
  for (const std::string& i : issue_order) shared += actors_of[i].size() >= 2 ? 1 : 0;
  for (const std::string& i : issue_order) {
    if (m.issues.size() >= max_issues) break;
    if (shared >= 2 && actors_of[i].size() < 2) break;
    m.issues.push_back(i);
  }
  std::map<std::string, size_t> column;
  for (size_t i = 0; i < m.issues.size(); ++i) column[m.issues[i]] = i;
  std::map<std::string, size_t> row;
  for (const Position& p : story.positions) {
    auto c = column.find(p.issue);
    if (c == column.end()) {
      m.others.push_back(&p);
      continue;
    }
    auto [r, fresh] =
        row.emplace(p.actor.empty() ? "\x01" + p.actor_name : p.actor, m.actors.size());
    if (fresh) {
      m.actors.push_back(p.actor_name);
      m.cells.emplace_back(m.issues.size());
    }
    PositionCell& cell = m.cells[r->second][c->second];
    cell.stances.push_back(p.stance);
    cell.evidence.insert(cell.evidence.end(), p.evidence.begin(), p.evidence.end());
  }
  return m;
}

std::vector<OutletFraming> GroupFraming(const StoryAccount& story) {
  std::vector<OutletFraming> out;
  std::map<uint32_t, size_t> index;
  for (uint32_t a : story.articles) {
    index.emplace(a, out.size());
    out.push_back({a, {}, {}});
  }
  for (const FramingTerm& f : story.framing) {
    auto it = index.find(f.article);
    if (it == index.end()) continue;
    std::vector<FramingGroup>& list =
        f.voice == "quoted" ? out[it->second].quoted : out[it->second].own;
    auto g = std::find_if(list.begin(), list.end(), [&](const FramingGroup& x) {
      return x.term == f.term && x.category == f.category && x.speaker == f.speaker;
    });
    if (g == list.end()) {
      list.push_back({f.term, f.category, f.speaker, {}});
      g = list.end() - 1;
    }
    g->evidence.push_back(f.evidence);
  }
  out.erase(
      std::remove_if(out.begin(), out.end(),
                     [](const OutletFraming& o) { return o.own.empty() && o.quoted.empty(); }),
      out.end());
  return out;
}

}  // namespace corroborate
