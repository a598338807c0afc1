// Test helper: a compact one-line rendering of a Document subtree, e.g.
//   html(head(title("T")) body(p("a" b("c"))))
// Elements print as name(children), text as "text", comments as <!--text-->, doctypes as
// <!doctype text>. Iterative, so deep trees are fine.
#pragma once

#include <string>
#include <vector>

#include "html/dom.h"

namespace corroborate::html::testing {

inline std::string Dump(const Document& doc, NodeId id) {
  std::string out;
  // Walk the pre-order array; close parentheses when leaving element subtrees.
  std::vector<NodeId> ends;
  NodeId end = doc.node(id).subtree_end;
  for (NodeId i = id; i < end; ++i) {
    while (!ends.empty() && ends.back() <= i) {
      out += ')';
      ends.pop_back();
    }
    const Node& n = doc.node(i);
    if (i != id && n.prev_sibling != kNoNode) out += ' ';
    switch (n.kind) {
      case NodeKind::kDocument:
        out += "#document(";
        ends.push_back(n.subtree_end);
        break;
      case NodeKind::kElement:
        out += n.name;
        if (n.first_child != kNoNode) {
          out += '(';
          ends.push_back(n.subtree_end);
        }
        break;
      case NodeKind::kText:
        out += "\"" + std::string(n.text) + "\"";
        break;
      case NodeKind::kComment:
        out += "<!--" + std::string(n.text) + "-->";
        break;
      case NodeKind::kDoctype:
        out += "<!doctype " + std::string(n.text) + ">";
        break;
    }
  }
  while (!ends.empty()) {
    out += ')';
    ends.pop_back();
  }
  return out;
}

// The body's subtree, the usual thing to assert on.
inline std::string DumpBody(const Document& doc) { return Dump(doc, doc.body()); }

}  // namespace corroborate::html::testing
