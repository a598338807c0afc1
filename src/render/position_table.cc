#include "render/position_table.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace corroborate {

namespace {

bool Affirms(const std::string& stance) {
  return stance == "supports" || stance == "accepts" || stance == "demands" || stance == "proposes";
}
bool Denies(const std::string& stance) { return stance == "rejects" || stance == "opposes"; }

std::string Counted(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

PositionMatrix Build(const StoryAccount& story, const std::vector<Article>* articles,
                     size_t max_issues) {
  PositionMatrix m;
  auto actor_key = [](const Position& p) {
    return p.actor.empty() ? "\x01" + p.actor_name : p.actor;
  };
  // Issues by the number of distinct actors, then first appearance.
  std::map<std::string, std::set<std::string>> actors_of;
  std::vector<std::string> issue_order;
  for (const Position& p : story.positions) {
    if (actors_of.find(p.issue) == actors_of.end()) issue_order.push_back(p.issue);
    actors_of[p.issue].insert(actor_key(p));
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
  // Per cell and stance: the distinct sentences and outlets behind it.
  struct Support {
    std::set<std::pair<uint32_t, uint32_t>> sentences;
    std::set<std::string> outlets;
  };
  std::map<std::tuple<size_t, size_t, size_t>, Support> support;
  for (const Position& p : story.positions) {
    auto c = column.find(p.issue);
    if (c == column.end()) {
      m.others.push_back(&p);
      continue;
    }
    auto [r, fresh] = row.emplace(actor_key(p), m.actors.size());
    if (fresh) {
      m.actors.push_back(p.actor_name);
      m.cells.emplace_back(m.issues.size());
    }
    PositionCell& cell = m.cells[r->second][c->second];
    // Rows of one actor, issue and stance meet in one entry.
    size_t k = static_cast<size_t>(std::find(cell.stances.begin(), cell.stances.end(), p.stance) -
                                   cell.stances.begin());
    if (k == cell.stances.size()) {
      cell.stances.push_back(p.stance);
      cell.counts.push_back({p.stance, 0, 0});
    }
    Support& s = support[{r->second, c->second, k}];
    for (const Evidence& e : p.evidence) {
      if (!s.sentences.insert({e.article, e.span.begin}).second) continue;
      cell.evidence.push_back(e);
      if (articles != nullptr && e.article < articles->size() &&
          !(*articles)[e.article].outlet.empty()) {
        s.outlets.insert((*articles)[e.article].outlet);
      } else {
        s.outlets.insert("\x01" + std::to_string(e.article));
      }
    }
    cell.counts[k].sentences = s.sentences.size();
    cell.counts[k].outlets = s.outlets.size();
    bool affirms = false, denies = false;
    for (const std::string& st : cell.stances) {
      affirms = affirms || Affirms(st);
      denies = denies || Denies(st);
    }
    cell.conflicting = affirms && denies;
  }
  return m;
}

}  // namespace

PositionMatrix BuildPositionMatrix(const StoryAccount& story, size_t max_issues) {
  return Build(story, nullptr, max_issues);
}

PositionMatrix BuildPositionMatrix(const StoryAccount& story, const std::vector<Article>& articles,
                                   size_t max_issues) {
  return Build(story, &articles, max_issues);
}

std::string CellText(const PositionCell& cell) {
  std::string out;
  for (const CellStance& cs : cell.counts) {
    if (!out.empty()) out += cell.conflicting ? " vs " : "; ";
    out += cs.stance + " (" + Counted(cs.sentences, "sentence", "sentences") + ", " +
           Counted(cs.outlets, "outlet", "outlets") + ")";
  }
  return cell.conflicting ? "conflicting: " + out : out;
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
