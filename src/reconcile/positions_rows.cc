// Position rows (reconcile/positions_rows.h): stances grouped into the actor × issue table.
#include "reconcile/positions_rows.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/disjoint_sets.h"
#include "core/strings.h"
#include "reconcile/claims.h"
#include "reconcile/positions.h"

namespace corroborate::positions {

std::vector<Position> AssembleRows(std::vector<Occurrence> all, const ResolvedEntities& entities) {
  // Issues: equal keys meet; a one-word key meets the longer keys whose head it is ("guarantees"
  // and "security guarantees").
  std::unordered_map<std::string, size_t> key_index;
  std::vector<std::string> keys;
  auto key_of = [](const Found& f) { return Join(f.key, " "); };
  for (const Occurrence& o : all) {
    std::string k = key_of(o.found);
    if (key_index.emplace(k, keys.size()).second) keys.push_back(k);
  }
  // Only when the head has one such longer key: with "peace deal" and "minerals deal" both in
  // the story, a bare "deal" could be either and the two deals stay apart.
  DisjointSets issue_sets(keys.size());
  std::unordered_map<std::string, std::unordered_set<std::string>> longer_of_head;
  for (const Occurrence& o : all) {
    if (o.found.key.size() >= 2) longer_of_head[o.found.head].insert(key_of(o.found));
  }
  for (const auto& [head, longer] : longer_of_head) {
    auto it = key_index.find(head);
    if (it == key_index.end() || longer.size() != 1) continue;
    issue_sets.Union(it->second, key_index[*longer.begin()]);
  }
  // Acts offered group by their verb: "host the talks" and "host further rounds" are one offer.
  std::unordered_map<std::string, size_t> first_of_act;
  for (const Occurrence& o : all) {
    if (o.found.act.empty()) continue;
    size_t k = key_index[key_of(o.found)];
    auto [it, fresh] = first_of_act.emplace(o.found.act, k);
    if (!fresh) issue_sets.Union(it->second, k);
  }

  // Rows: actor × issue group × stance, in order of first appearance.
  struct Row {
    Position position;
    std::map<std::string, int> displays;
    std::unordered_set<uint32_t> articles;
    size_t first = 0;
  };
  std::vector<Row> rows;
  std::map<std::tuple<std::string, size_t, Stance>, size_t> row_of;
  std::unordered_map<std::string, size_t> key_size;  // per wording: its content stems
  // Headlines compress and overstate ("Putin Rejected Deal"): they add evidence to a position
  // the body states, so they go second and never open a row.
  std::stable_partition(all.begin(), all.end(),
                        [](const Occurrence& o) { return !o.found.heading; });
  for (size_t n = 0; n < all.size(); ++n) {
    const Occurrence& o = all[n];
    const Actor& a = o.found.actors.front();
    std::string actor_key = a.entity >= 0 ? "\x01" + std::to_string(a.entity) : AsciiLower(a.name);
    size_t group = issue_sets.Find(key_index[key_of(o.found)]);
    auto row_key = std::make_tuple(actor_key, group, o.found.stance);
    if (o.found.heading && row_of.find(row_key) == row_of.end()) continue;
    auto [it, fresh] = row_of.emplace(row_key, rows.size());
    if (fresh) {
      Row r;
      r.first = n;
      r.position.stance = StanceName(o.found.stance);
      if (a.entity >= 0) {
        const AccountEntity& e = entities.entities[static_cast<size_t>(a.entity)];
        r.position.actor = e.id;
        r.position.actor_name = e.name;
      } else {
        r.position.actor_name = a.name;
      }
      rows.push_back(std::move(r));
    }
    Row& r = rows[it->second];
    ++r.displays[o.found.issue];
    key_size[o.found.issue] = o.found.key.size();
    if (std::find(r.position.evidence.begin(), r.position.evidence.end(), o.evidence) ==
        r.position.evidence.end()) {
      r.position.evidence.push_back(o.evidence);
      r.articles.insert(o.evidence.article);
    }
  }
  // One wording per issue group, shared by its rows: the most frequent, then the shortest.
  std::map<size_t, std::map<std::string, int>> group_displays;
  for (const auto& [key, index] : row_of) {
    for (const auto& [d, count] : rows[index].displays)
      group_displays[std::get<1>(key)][d] += count;
  }
  for (const auto& [key, index] : row_of) {
    const auto& ds = group_displays[std::get<1>(key)];
    // Ties: a wording in the group's own words before a synonym ("territory" over "land"),
    // then the shortest.
    auto own = [](const std::string& d) {
      size_t sp = d.rfind(' ');
      std::string w = AsciiLower(sp == std::string::npos ? d : d.substr(sp + 1));
      return IssueStem(w) == StemWord(w) || EndsWith(IssueStem(w), StemWord(w));
    };
    // Then the more specific wording ("security guarantees" over "guarantees", which only
    // joined the group because it had one longer wording), then the shortest.
    auto words = [&](const std::string& d) {
      auto it = key_size.find(d);
      return it == key_size.end() ? size_t{0} : it->second;
    };
    std::string best;
    int best_count = 0;
    bool best_own = false;
    for (const auto& [d, count] : ds) {
      bool o = own(d);
      bool better = count > best_count ||
                    (count == best_count &&
                     ((o && !best_own) ||
                      (o == best_own && (words(d) > words(best) ||
                                         (words(d) == words(best) && d.size() < best.size())))));
      if (better) best = d, best_count = count, best_own = o;
    }
    rows[index].position.issue = best;
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
    return x.articles.size() != y.articles.size() ? x.articles.size() > y.articles.size()
                                                  : x.first < y.first;
  });
  std::vector<Position> out;
  out.reserve(rows.size());
  for (Row& r : rows) out.push_back(std::move(r.position));
  return out;
}

}  // namespace corroborate::positions
