// Document queries: attributes, class tokens, tag search, pre-order traversal, text content.
// The node array is in pre-order with subtree_end on every node, so search and traversal are
// index arithmetic rather than pointer chasing.
#include <array>
#include <string>

#include "html/dom.h"

namespace corroborate::html {
namespace {

constexpr std::array<bool, 256> MakeSpaceTable() {
  std::array<bool, 256> t{};
  for (unsigned char c : {' ', '\n', '\t', '\r', '\f'}) t[c] = true;
  return t;
}
constexpr std::array<bool, 256> kSpace = MakeSpaceTable();
inline bool IsSpaceByte(char c) { return kSpace[static_cast<unsigned char>(c)]; }

// Elements whose content is not page text.
bool SkipsContent(const Node& n) {
  switch (n.tag) {
    case Tag::kScript:
    case Tag::kStyle:
    case Tag::kTemplate:
    case Tag::kNoscript:
      return true;
    case Tag::kOther:
      return n.name == "script" || n.name == "style";  // inside svg
    default:
      return false;
  }
}

// Appends text with whitespace runs collapsed; *space: a separator is owed before the next
// visible character.
void AppendCollapsed(std::string_view text, std::string* out, bool* space) {
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    if (IsSpaceByte(*p)) {
      *space = true;
      do ++p;
      while (p < end && IsSpaceByte(*p));
      continue;
    }
    const char* word = p;
    do ++p;
    while (p < end && !IsSpaceByte(*p));
    if (*space && !out->empty()) out->push_back(' ');
    *space = false;
    out->append(word, p - word);
  }
}

}  // namespace

std::string_view Document::Attr(NodeId id, std::string_view name) const {
  for (const Attribute& a : attributes(id)) {
    if (a.name == name) return a.value;
  }
  return {};
}

bool Document::HasAttr(NodeId id, std::string_view name) const {
  for (const Attribute& a : attributes(id)) {
    if (a.name == name) return true;
  }
  return false;
}

bool Document::HasClass(NodeId id, std::string_view token) const {
  if (token.empty()) return false;
  std::string_view classes = Attr(id, "class");
  size_t i = 0;
  while (i < classes.size()) {
    while (i < classes.size() && IsSpaceByte(classes[i])) ++i;
    size_t j = i;
    while (j < classes.size() && !IsSpaceByte(classes[j])) ++j;
    if (classes.substr(i, j - i) == token) return true;
    i = j;
  }
  return false;
}

NodeId Document::FindFirst(Tag tag, NodeId scope) const {
  if (scope >= nodes_.size()) return kNoNode;
  for (NodeId i = scope + 1; i < nodes_[scope].subtree_end; ++i) {
    if (nodes_[i].tag == tag && nodes_[i].kind == NodeKind::kElement) return i;
  }
  return kNoNode;
}

std::vector<NodeId> Document::FindAll(Tag tag, NodeId scope) const {
  std::vector<NodeId> found;
  if (scope >= nodes_.size()) return found;
  for (NodeId i = scope + 1; i < nodes_[scope].subtree_end; ++i) {
    if (nodes_[i].tag == tag && nodes_[i].kind == NodeKind::kElement) found.push_back(i);
  }
  return found;
}

NodeId Document::Next(NodeId id, NodeId scope) const {
  if (scope >= nodes_.size() || id < scope) return kNoNode;
  NodeId next = id + 1;
  return next < nodes_[scope].subtree_end ? next : kNoNode;
}

NodeId Document::NextSkippingChildren(NodeId id, NodeId scope) const {
  if (scope >= nodes_.size() || id < scope || id >= nodes_.size()) return kNoNode;
  NodeId next = nodes_[id].subtree_end;
  return next < nodes_[scope].subtree_end ? next : kNoNode;
}

std::string Document::TextContent(NodeId id) const {
  std::string out;
  if (id >= nodes_.size()) return out;
  bool space = false;
  const Node& root = nodes_[id];
  if (root.kind == NodeKind::kText) {
    AppendCollapsed(root.text, &out, &space);
    return out;
  }
  // A walk over the pre-order array. Block ends are found by keeping the ends of the open
  // block subtrees on a small stack (bounded by max depth).
  std::vector<NodeId> block_ends;
  NodeId end = root.subtree_end;
  for (NodeId i = id + 1; i < end;) {
    while (!block_ends.empty() && block_ends.back() <= i) {
      block_ends.pop_back();
      space = true;
    }
    const Node& n = nodes_[i];
    if (n.kind == NodeKind::kText) {
      AppendCollapsed(n.text, &out, &space);
    } else if (n.kind == NodeKind::kElement) {
      if (SkipsContent(n)) {
        i = n.subtree_end;
        continue;
      }
      if (IsBlock(n.tag) || n.tag == Tag::kBr) {
        space = true;
        if (n.subtree_end > i + 1) block_ends.push_back(n.subtree_end);
      }
    }
    ++i;
  }
  return out;
}

}  // namespace corroborate::html
