// An HTML document tree, as the parser (html/parser.h) builds it: a flat array of nodes linked
// by index, every string a view into memory the Document owns. Built for speed on real news
// pages: one allocation pass, no per-node heap objects, tags as small integers.
//
// Contract (relied on by extract/html/*):
// - Node 0 is the document node; elements, text, comments and doctype hang below it.
// - Element names and attribute names are ASCII-lowercased. Attribute values and text are
//   entity-decoded UTF-8 (the parser is given UTF-8; invalid bytes are kept as they are).
// - Text nodes are as written (whitespace not collapsed); adjacent text is merged into one node.
// - Text inside <script>, <style>, <textarea>, <title>, <noscript> (raw-text elements) is one
//   text node child of that element, not parsed as markup (<noscript> content is kept as text
//   because scripting is "on" for a browser; extractors ignore it).
// - Every view stays valid as long as the Document lives, including after it is moved.
// - Never fails: malformed markup is repaired the way browsers broadly do (implied end tags,
//   misnested inline tags closed, stray end tags ignored); nesting deeper than
//   ParseOptions::max_depth is flattened (the deep elements become siblings), never recursed.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate::html {

// The elements extraction cares about; any other element is kOther with its name in Node::name.
// Elements inside <svg>/<math> are kOther too (an svg <title> is not the page title).
enum class Tag : uint8_t {
  kOther,
  // document structure and metadata
  kHtml, kHead, kBody, kTitle, kMeta, kLink, kBase, kScript, kStyle, kNoscript, kTemplate,
  // sectioning
  kArticle, kSection, kMain, kHeader, kFooter, kNav, kAside, kAddress, kHgroup, kSearch,
  // grouping and text blocks
  kDiv, kP, kH1, kH2, kH3, kH4, kH5, kH6, kBlockquote, kPre, kHr, kBr, kWbr,
  kUl, kOl, kLi, kDl, kDt, kDd, kMenu, kFigure, kFigcaption, kDetails, kSummary, kDialog,
  kCenter,
  // tables
  kTable, kCaption, kThead, kTbody, kTfoot, kTr, kTd, kTh, kCol, kColgroup,
  // inline text
  kA, kSpan, kEm, kStrong, kB, kI, kU, kS, kSmall, kSub, kSup, kMark, kAbbr, kCite, kQ,
  kCode, kTime, kData, kFont, kDel, kIns, kVar, kKbd, kSamp, kBdi, kBdo, kRuby, kRt, kRp,
  // embedded content
  kImg, kPicture, kSource, kVideo, kAudio, kTrack, kIframe, kEmbed, kObject, kParam,
  kCanvas, kSvg, kMath, kMap, kArea,
  // forms
  kForm, kInput, kButton, kSelect, kOption, kOptgroup, kTextarea, kLabel, kFieldset,
  kLegend, kOutput, kProgress, kMeter,
  // obsolete but still seen in the wild
  kFrame, kFrameset, kNoframes, kNoembed, kXmp, kPlaintext, kListing, kMarquee, kNobr,
  kCount
};

// "div" -> Tag::kDiv; unknown names (including custom elements "my-widget") -> Tag::kOther.
// name must already be lowercase.
Tag TagFromName(std::string_view lowercase_name);
// Tag::kDiv -> "div"; Tag::kOther -> "".
std::string_view TagName(Tag tag);

// HTML void elements (no content, no end tag): br, img, meta, link, input, hr, …
bool IsVoid(Tag tag);
// Block-level for text extraction: text on either side of it is in different paragraphs
// (p, div, h1-h6, li, td, tr, table, blockquote, pre, section, article, header, footer, …; br
// is not block but breaks a line).
bool IsBlock(Tag tag);

enum class NodeKind : uint8_t { kDocument, kElement, kText, kComment, kDoctype };

using NodeId = uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;

struct Attribute {
  std::string_view name;   // lowercase
  std::string_view value;  // entity-decoded; empty for a bare attribute ("<input checked>")
};

struct Node {
  NodeKind kind = NodeKind::kElement;
  Tag tag = Tag::kOther;        // elements only
  uint16_t depth = 0;           // 0 for the document node
  NodeId parent = kNoNode;
  NodeId first_child = kNoNode;
  NodeId last_child = kNoNode;
  NodeId next_sibling = kNoNode;
  NodeId prev_sibling = kNoNode;
  uint32_t attr_begin = 0;      // attributes are Document::attributes(id)
  uint32_t attr_count = 0;
  std::string_view name;        // elements: lowercase tag name (also for known tags)
  std::string_view text;        // text/comment/doctype content
  uint32_t source_offset = 0;   // byte offset in the parsed input where the node starts
  // One past the last node of this subtree: nodes are in pre-order, so the subtree of id is
  // exactly the ids [id, subtree_end).
  NodeId subtree_end = 0;
};

struct ParseStats {
  size_t input_bytes = 0;
  size_t elements = 0;
  size_t text_nodes = 0;
  size_t max_depth_seen = 0;
  bool depth_limited = false;  // some nesting was flattened at ParseOptions::max_depth
};

class Document {
 public:
  Document() = default;
  Document(Document&&) noexcept = default;
  Document& operator=(Document&&) noexcept = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  static constexpr NodeId kRoot = 0;

  size_t size() const { return nodes_.size(); }
  const Node& node(NodeId id) const { return nodes_[id]; }
  const std::vector<Node>& nodes() const { return nodes_; }  // in document (pre-)order

  std::span<const Attribute> attributes(NodeId id) const {
    const Node& n = nodes_[id];
    return {attributes_.data() + n.attr_begin, n.attr_count};
  }
  // The value of attribute `name` (lowercase) on element id; empty when absent.
  std::string_view Attr(NodeId id, std::string_view name) const;
  bool HasAttr(NodeId id, std::string_view name) const;
  // True when the class attribute contains `token` as a whole class name.
  bool HasClass(NodeId id, std::string_view token) const;

  // The <html>, <head>, <body> elements (the parser always creates all three).
  NodeId html() const { return html_; }
  NodeId head() const { return head_; }
  NodeId body() const { return body_; }

  // The first element with this tag in document order under `scope` (kRoot: whole document).
  NodeId FindFirst(Tag tag, NodeId scope = kRoot) const;
  // Every element with this tag in document order.
  std::vector<NodeId> FindAll(Tag tag, NodeId scope = kRoot) const;

  // The text of a subtree in document order, without script/style/template/noscript content,
  // with whitespace runs collapsed to one space and trimmed; block boundaries become one space.
  // Asked for a script/style element itself, gives that element's own text.
  std::string TextContent(NodeId id) const;

  // Pre-order traversal: the node after `id` in document order that is inside `scope`
  // (kNoNode at the end). NextSkippingChildren skips id's subtree.
  NodeId Next(NodeId id, NodeId scope) const;
  NodeId NextSkippingChildren(NodeId id, NodeId scope) const;

  const ParseStats& stats() const { return stats_; }

 private:
  friend class TreeBuilder;  // html/tree_builder.cc fills these
  std::vector<Node> nodes_;
  std::vector<Attribute> attributes_;
  // Owned storage for the views: the input copy and decoded strings. Chunks never move.
  std::vector<std::unique_ptr<char[]>> storage_;
  NodeId html_ = kNoNode;
  NodeId head_ = kNoNode;
  NodeId body_ = kNoNode;
  ParseStats stats_;
};

}  // namespace corroborate::html
