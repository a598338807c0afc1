#include "story/syndication.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <numeric>
#include <unordered_set>
#include <utility>

#include "story/shingles.h"

namespace corroborate {
namespace {

// Minutes since the epoch in UTC when the offset is known (local otherwise), the start of the
// day when the time is unknown, and after every dated article when undated: the order in which
// the batch enters the index, so that the posting cap keeps the earliest articles findable.
int64_t PublishKey(const Timestamp& t) {
  if (!t.date.has_day()) return std::numeric_limits<int64_t>::max();
  int64_t m = t.date.ToDays() * 1440;
  if (t.hour >= 0) m += t.hour * 60 + std::max(0, t.minute);
  if (t.hour >= 0 && t.utc_offset_minutes) m -= *t.utc_offset_minutes;
  return m;
}

// Whether article p came before q: by publish time when known, else by input order.
bool Earlier(const std::vector<const Article*>& articles, size_t p, size_t q) {
  const int cmp = ComparePublished(articles[p]->published, articles[q]->published);
  return cmp != 0 ? cmp < 0 : p < q;
}

// Cuts cycles in the copy links (possible when dates are missing) so that following
// `from` always ends at an original.
void BreakCycles(std::vector<CopyLink>* links) {
  const size_t n = links->size();
  std::vector<uint8_t> state(n, 0);  // 0 unseen, 1 on the current path, 2 done
  std::vector<size_t> path;
  for (size_t start = 0; start < n; ++start) {
    path.clear();
    size_t cur = start;
    while (true) {
      if (state[cur] == 2) break;
      if (state[cur] == 1) {  // a cycle closes at cur: cut the link that closed it
        (*links)[path.back()] = CopyLink{};
        break;
      }
      state[cur] = 1;
      path.push_back(cur);
      const int64_t next = (*links)[cur].from;
      if (next < 0) break;
      cur = static_cast<size_t>(next);
    }
    for (size_t p : path) state[p] = 2;
  }
}

struct Containment2 {
  double a_in_b = 0, b_in_a = 0;
};

Containment2 Exact(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return {};
  const double inter = static_cast<double>(IntersectionSize(a, b));
  return {inter / static_cast<double>(a.size()), inter / static_cast<double>(b.size())};
}

}  // namespace

int ComparePublished(const Timestamp& a, const Timestamp& b) {
  if (!a.date.has_day() || !b.date.has_day()) return 0;
  int64_t da = a.date.ToDays(), db = b.date.ToDays();
  if (a.hour < 0 || b.hour < 0) return da < db ? -1 : (da > db ? 1 : 0);
  auto minutes = [&](const Timestamp& t, int64_t day) {
    int64_t m = day * 1440 + t.hour * 60 + std::max(0, t.minute);
    if (a.utc_offset_minutes && b.utc_offset_minutes) m -= *t.utc_offset_minutes;
    return m;
  };
  int64_t ma = minutes(a, da), mb = minutes(b, db);
  return ma < mb ? -1 : (ma > mb ? 1 : 0);
}

std::vector<CopyLink> FindCopies(const std::vector<const Article*>& articles,
                                 const NearDupOptions& options) {
  const size_t n = articles.size();
  std::vector<CopyLink> out(n);
  Sketcher sketcher(options);
  std::vector<TextSketch> sketches(n);
  std::vector<std::vector<uint64_t>> shingles(n);  // sorted, distinct: for exact verification
  for (size_t i = 0; i < n; ++i) {
    if (articles[i] == nullptr) continue;
    sketches[i] = sketcher.Sketch(articles[i]->text);
    shingles[i] = sketcher.shingles();
    std::sort(shingles[i].begin(), shingles[i].end());
    shingles[i].erase(std::unique(shingles[i].begin(), shingles[i].end()), shingles[i].end());
  }

  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t p, size_t q) {
    const int64_t kp = articles[p] ? PublishKey(articles[p]->published) : INT64_MAX;
    const int64_t kq = articles[q] ? PublishKey(articles[q]->published) : INT64_MAX;
    return kp < kq;
  });
  NearDuplicateIndex index(options);
  std::vector<size_t> doc_of(n);  // index id -> input position
  for (size_t i : order) doc_of[index.Insert(sketches[i], 0)] = i;

  // Verified pairs; the later one of each pair is the copy.
  std::vector<std::vector<std::pair<size_t, double>>> originals(n);
  std::unordered_set<uint64_t> seen;
  auto big_enough = [&](size_t i) { return shingles[i].size() >= options.min_shingles; };
  for (size_t a = 0; a < n; ++a) {
    if (articles[a] == nullptr || !big_enough(a)) continue;
    // A looser bar for candidates: the sketch estimate is noisy, the exact check decides.
    for (const NearDuplicate& m : index.Find(sketches[a], 0.6 * options.copy_containment)) {
      const size_t b = doc_of[m.doc];
      if (b == a || !big_enough(b)) continue;
      if (!seen.insert((uint64_t{std::min(a, b)} << 32) | std::max(a, b)).second) continue;
      const Containment2 c = Exact(shingles[a], shingles[b]);
      if (ClassifyOverlap(c.a_in_b, c.b_in_a, options) == DuplicateKind::kNone) continue;
      // The copy: the later publication; undated, the one mostly inside the other; else the
      // later in input order.
      size_t copy = std::max(a, b);
      const int cmp = ComparePublished(articles[a]->published, articles[b]->published);
      if (cmp != 0) {
        copy = cmp > 0 ? a : b;
      } else if (std::abs(c.a_in_b - c.b_in_a) > 0.05) {
        copy = c.a_in_b > c.b_in_a ? a : b;
      }
      originals[copy].emplace_back(copy == a ? b : a, copy == a ? c.a_in_b : c.b_in_a);
    }
  }

  // Each copy points to the earliest article it copies, then climbs to that one's original
  // while the copy still verifies against it (a wire story and its many reprints all point to
  // the wire story; a rewrite of a rewrite stops where it no longer matches).
  std::vector<int64_t> parent(n, -1);
  for (size_t x = 0; x < n; ++x) {
    if (originals[x].empty()) continue;
    size_t best = originals[x].front().first;
    for (const auto& [o, fraction] : originals[x]) {
      if (Earlier(articles, o, best)) best = o;
    }
    parent[x] = static_cast<int64_t>(best);
  }
  for (size_t x = 0; x < n; ++x) {
    if (parent[x] < 0) continue;
    size_t p = static_cast<size_t>(parent[x]);
    Containment2 c = Exact(shingles[x], shingles[p]);
    for (size_t steps = 0; steps < n && parent[p] >= 0; ++steps) {
      const size_t q = static_cast<size_t>(parent[p]);
      if (q == x) break;
      const Containment2 cq = Exact(shingles[x], shingles[q]);
      if (ClassifyOverlap(cq.a_in_b, cq.b_in_a, options) == DuplicateKind::kNone) break;
      p = q;
      c = cq;
    }
    out[x].from = static_cast<int64_t>(p);
    out[x].fraction = c.a_in_b;
    out[x].kind = ClassifyOverlap(c.a_in_b, c.b_in_a, options);
  }
  BreakCycles(&out);
  return out;
}

}  // namespace corroborate
