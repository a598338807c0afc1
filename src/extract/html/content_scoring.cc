#include "extract/html/content_scoring.h"

#include <algorithm>
#include <string>

#include "extract/html/content_vocabulary.h"

namespace corroborate {
namespace {

using html::Document;
using html::NodeId;
using html::NodeKind;
using html::Tag;

constexpr int kAncestorLevels = 5;
constexpr int kTopCandidates = 5;
constexpr int kMinSharedCandidates = 3;
constexpr double kFullBonusProse = 500;
// Prose a non-candidate sibling needs to be merged: with the top candidate's class, and without.
constexpr uint32_t kMinSiblingProse = 140;
constexpr uint32_t kMinStrangerProse = 500;

// Elements whose own text is a paragraph that votes; headings, list items and cells of
// navigation-like structures do not (a list of teasers must not pull the choice to itself).
bool Votes(Tag tag) {
  switch (tag) {
    case Tag::kP:
    case Tag::kPre:
    case Tag::kTd:
    case Tag::kBlockquote:
    case Tag::kDiv:
    case Tag::kSection:
    case Tag::kArticle:
    case Tag::kMain:
    case Tag::kBody:
    case Tag::kCenter:
    case Tag::kOther:
      return true;
    default:
      return false;
  }
}

// A paragraph element gives its first vote to its parent; a container holding text directly
// (a <div> used as a paragraph) is itself the paragraph's parent.
bool IsParagraphTag(Tag tag) {
  return tag == Tag::kP || tag == Tag::kPre || tag == Tag::kTd || tag == Tag::kBlockquote;
}

double TagWeight(Tag tag) {
  switch (tag) {
    case Tag::kDiv:
      return 5;
    case Tag::kPre:
    case Tag::kTd:
    case Tag::kBlockquote:
      return 3;
    case Tag::kAddress:
    case Tag::kOl:
    case Tag::kUl:
    case Tag::kDl:
    case Tag::kDd:
    case Tag::kDt:
    case Tag::kLi:
    case Tag::kForm:
      return -3;
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kTh:
      return -5;
    default:
      return 0;
  }
}

bool IsArticleBodyItem(const Document& doc, NodeId id) {
  const std::string_view prop = doc.Attr(id, "itemprop");
  return prop.find("articleBody") != std::string_view::npos ||
         prop.find("articlebody") != std::string_view::npos;
}

class Scorer {
 public:
  Scorer(const Document& doc, const PageFacts& facts)
      : doc_(doc), facts_(facts), score_(doc.size(), 0.0f), is_candidate_(doc.size(), 0) {}

  ContainerChoice Choose() {
    Vote();
    for (NodeId c : candidates_) {
      score_[c] = static_cast<float>(score_[c] * (1.0 - facts_.LinkDensity(c)));
    }
    ContainerChoice choice;
    if (candidates_.empty()) return choice;
    std::vector<NodeId> ranked = candidates_;
    const size_t keep = std::min<size_t>(kTopCandidates, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                      ranked.end(), [&](NodeId a, NodeId b) {
                        return score_[a] > score_[b] || (score_[a] == score_[b] && a < b);
                      });
    ranked.resize(keep);
    for (NodeId c : ranked) choice.ranked.emplace_back(c, score_[c]);
    NodeId top = ranked[0];
    top = WidenToSharedAncestor(top, ranked);
    top = ClimbWhileScoreRises(top);
    top = ClimbOutOfOnlyChild(top);
    choice.top = top;
    choice.score = score_[top];
    choice.parts = MergeSiblings(top);
    return choice;
  }

 private:
  bool IsAboveBody(NodeId id) const {
    return id == html::kNoNode || id == Document::kRoot || id == doc_.html();
  }

  void Initialize(NodeId id) {
    is_candidate_[id] = 1;
    candidates_.push_back(id);
    const uint16_t names = facts_[id].names;
    const double tag = TagWeight(doc_.node(id).tag);
    double bonus = std::max(tag, 0.0), penalty = std::min(tag, 0.0);
    if (names & kNamePositive) bonus += 25;
    if (names & kNameBodyHint) bonus += 25;
    if (names & (kNameBoilerplate | kNameWeak)) penalty -= 25;
    if (doc_.node(id).attr_count > 0 && IsArticleBodyItem(doc_, id)) bonus += 50;
    // A good name is worth its full bonus only on an element holding real prose: the wrapper
    // of a headline ("content-wrapper title") must not beat the article on its name alone.
    bonus *= std::min(1.0, facts_[id].prose / kFullBonusProse);
    score_[id] += static_cast<float>(bonus + penalty);
  }

  void Vote() {
    const size_t n = doc_.size();
    for (NodeId id = 1; id < n; ++id) {
      const NodeFacts& f = facts_[id];
      if (!(f.flags & kNodeParagraph) || (f.flags & kNodeInChrome)) continue;
      const html::Node& node = doc_.node(id);
      if (!Votes(node.tag)) continue;
      const double vote = 1.0 + f.own_commas + std::min(f.own_text / 100, 3u);
      NodeId ancestor = IsParagraphTag(node.tag) ? node.parent : id;
      for (int level = 0; level < kAncestorLevels && !IsAboveBody(ancestor); ++level) {
        if (!is_candidate_[ancestor]) Initialize(ancestor);
        const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        score_[ancestor] += static_cast<float>(vote / divider);
        ancestor = doc_.node(ancestor).parent;
      }
    }
  }

  bool Contains(NodeId ancestor, NodeId id) const {
    const uint16_t depth = doc_.node(ancestor).depth;
    while (id != html::kNoNode && doc_.node(id).depth > depth) id = doc_.node(id).parent;
    return id == ancestor;
  }

  // Several near-equal candidates under one ancestor: the article is split, take the ancestor.
  NodeId WidenToSharedAncestor(NodeId top, const std::vector<NodeId>& ranked) const {
    std::vector<NodeId> alternatives;
    for (size_t i = 1; i < ranked.size(); ++i) {
      // Pieces of one article hold comparable prose; teaser blurbs score on their names.
      if (score_[ranked[i]] >= 0.75 * score_[top] &&
          facts_[ranked[i]].prose * 4 >= facts_[top].prose) {
        alternatives.push_back(ranked[i]);
      }
    }
    if (alternatives.size() < kMinSharedCandidates) return top;
    for (NodeId parent = doc_.node(top).parent; !IsAboveBody(parent) && parent != doc_.body();
         parent = doc_.node(parent).parent) {
      int inside = 0;
      for (NodeId a : alternatives) inside += Contains(parent, a);
      if (inside >= kMinSharedCandidates) return parent;
    }
    return top;
  }

  // Parents got part of their children's votes; a parent scoring above its child holds more
  // of the article than the child.
  NodeId ClimbWhileScoreRises(NodeId top) const {
    double last = score_[top];
    const double floor = last / 3;
    for (NodeId parent = doc_.node(top).parent; !IsAboveBody(parent) && parent != doc_.body();
         parent = doc_.node(parent).parent) {
      if (!is_candidate_[parent]) continue;
      const double s = score_[parent];
      if (s < floor) break;
      if (s > last) return parent;
      last = s;
    }
    return top;
  }

  NodeId ClimbOutOfOnlyChild(NodeId top) const {
    while (!IsAboveBody(doc_.node(top).parent) && top != doc_.body()) {
      const NodeId parent = doc_.node(top).parent;
      if (parent == doc_.body() || IsAboveBody(parent)) break;
      int elements = 0;
      for (NodeId c = doc_.node(parent).first_child; c != html::kNoNode;
           c = doc_.node(c).next_sibling) {
        elements += doc_.node(c).kind == NodeKind::kElement;
      }
      if (elements != 1) break;
      top = parent;
    }
    return top;
  }

  bool LooksLikeParagraph(NodeId sibling) const {
    const NodeFacts& f = facts_[sibling];
    if (f.flags & (kNodeInvisible | kNodeInChrome)) return false;
    const Tag tag = doc_.node(sibling).tag;
    if (tag != Tag::kP && !(Votes(tag) && f.own_text == f.text)) return false;
    const double density = facts_.LinkDensity(sibling);
    if (f.text > 80) return density < 0.25;
    if (f.text == 0 || f.link_text > 0) return false;
    const std::string text = doc_.TextContent(sibling);
    return !text.empty() && (text.back() == '.' || text.find(". ") != std::string::npos);
  }

  // A sibling whose paragraphs sit too deep to have voted for it, but which is made of prose
  // like the top candidate: the article continued in a second wrapper of the same kind.
  bool IsMoreOfTheArticle(NodeId sibling, NodeId top, bool same_class) const {
    const NodeFacts& f = facts_[sibling];
    if (f.prose * 2 < f.text || facts_.LinkDensity(sibling) >= 0.25) return false;
    if (same_class) return f.prose >= kMinSiblingProse;
    return f.prose >= std::max<uint32_t>(kMinStrangerProse, facts_[top].prose / 3);
  }

  std::vector<NodeId> MergeSiblings(NodeId top) const {
    const NodeId parent = doc_.node(top).parent;
    if (top == doc_.body() || IsAboveBody(parent)) return {top};
    const double threshold = std::max(10.0, score_[top] * 0.2);
    const std::string_view top_class = doc_.Attr(top, "class");
    std::vector<NodeId> parts;
    for (NodeId s = doc_.node(parent).first_child; s != html::kNoNode;
         s = doc_.node(s).next_sibling) {
      if (s == top) {
        parts.push_back(s);
        continue;
      }
      if (doc_.node(s).kind != NodeKind::kElement || (facts_[s].flags & kNodeInChrome)) continue;
      const bool same_class = !top_class.empty() && doc_.Attr(s, "class") == top_class;
      const double bonus = same_class ? score_[top] * 0.2 : 0;
      if ((is_candidate_[s] && score_[s] + bonus >= threshold) || LooksLikeParagraph(s) ||
          IsMoreOfTheArticle(s, top, same_class)) {
        parts.push_back(s);
      }
    }
    return parts;
  }

  const Document& doc_;
  const PageFacts& facts_;
  std::vector<float> score_;
  std::vector<uint8_t> is_candidate_;
  std::vector<NodeId> candidates_;
};

}  // namespace

ContainerChoice ChooseContainer(const Document& doc, const PageFacts& facts) {
  return Scorer(doc, facts).Choose();
}

}  // namespace corroborate
