#include "extract/html/content_page.h"

#include <algorithm>

#include "extract/html/content_vocabulary.h"

namespace corroborate {
namespace {

using html::Document;
using html::NodeId;
using html::NodeKind;
using html::Tag;

// Elements whose content a reader never sees as text.
bool IsInvisibleTag(Tag tag) {
  switch (tag) {
    case Tag::kHead:
    case Tag::kTitle:
    case Tag::kMeta:
    case Tag::kLink:
    case Tag::kBase:
    case Tag::kScript:
    case Tag::kStyle:
    case Tag::kNoscript:
    case Tag::kTemplate:
    case Tag::kSvg:
    case Tag::kMath:
    case Tag::kIframe:
    case Tag::kEmbed:
    case Tag::kObject:
    case Tag::kParam:
    case Tag::kCanvas:
    case Tag::kVideo:
    case Tag::kAudio:
    case Tag::kSource:
    case Tag::kTrack:
    case Tag::kMap:
    case Tag::kArea:
    case Tag::kSelect:
    case Tag::kOption:
    case Tag::kOptgroup:
    case Tag::kTextarea:
    case Tag::kButton:
    case Tag::kInput:
    case Tag::kFrame:
    case Tag::kFrameset:
    case Tag::kNoframes:
    case Tag::kNoembed:
    case Tag::kDialog:
    case Tag::kProgress:
    case Tag::kMeter:
    case Tag::kOutput:
      return true;
    default:
      return false;
  }
}

// Sectioning and landmark elements that hold page chrome, not article text.
bool IsChromeTag(Tag tag) {
  return tag == Tag::kNav || tag == Tag::kAside || tag == Tag::kMenu || tag == Tag::kFigcaption ||
         tag == Tag::kSearch;
}

bool ContainsIgnoringCaseAndSpaces(std::string_view haystack, std::string_view needle) {
  // needle is lowercase without spaces; spaces in haystack are skipped ("display: none").
  for (size_t i = 0; i < haystack.size(); ++i) {
    size_t j = 0, k = i;
    while (k < haystack.size() && j < needle.size()) {
      char c = haystack[k++];
      if (c == ' ' || c == '\t') continue;
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != needle[j]) break;
      ++j;
    }
    if (j == needle.size()) return true;
  }
  return false;
}

bool IsHiddenElement(const Document& doc, NodeId id) {
  for (const html::Attribute& a : doc.attributes(id)) {
    if (a.name == "hidden") return true;
    if (a.name == "aria-hidden" && a.value == "true") return true;
    if (a.name == "style" && (ContainsIgnoringCaseAndSpaces(a.value, "display:none") ||
                              ContainsIgnoringCaseAndSpaces(a.value, "visibility:hidden"))) {
      return true;
    }
  }
  return false;
}

bool IsProse(const NodeFacts& f) { return f.own_text >= 25 && f.own_link_text * 2 < f.own_text; }

}  // namespace

TextCount CountText(std::string_view text) {
  TextCount count;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  for (; p < end; ++p) {
    const unsigned char c = *p;
    if (c < 0x80) {
      if (c > ' ') ++count.chars;
      if (c == ',') ++count.commas;
    } else if (c >= 0xC0) {
      ++count.chars;
      // U+FF0C fullwidth comma, U+3001 ideographic comma, U+060C Arabic comma.
      if (end - p >= 3 && ((c == 0xEF && p[1] == 0xBC && p[2] == 0x8C) ||
                           (c == 0xE3 && p[1] == 0x80 && p[2] == 0x81))) {
        ++count.commas;
      } else if (end - p >= 2 && c == 0xD8 && p[1] == 0x8C) {
        ++count.commas;
      }
    }
  }
  return count;
}

bool StartsBlock(Tag tag) {
  switch (tag) {
    case Tag::kLi:
    case Tag::kDt:
    case Tag::kDd:
    case Tag::kFigcaption:
    case Tag::kCaption:
    case Tag::kTd:
    case Tag::kTh:
    case Tag::kTr:
    case Tag::kSummary:
    case Tag::kLegend:
    case Tag::kAddress:
    case Tag::kHr:
      return true;
    default:
      return html::IsBlock(tag);
  }
}

PageFacts::PageFacts(const Document& doc) : facts_(doc.size()) {
  MarkVisibilityAndBlocks(doc);
  SumSubtrees(doc);
  MarkChromeZones(doc);
}

// Forward pass: parents are final before their children.
void PageFacts::MarkVisibilityAndBlocks(const Document& doc) {
  const size_t n = doc.size();
  for (NodeId id = 0; id < n; ++id) {
    const html::Node& node = doc.node(id);
    NodeFacts& f = facts_[id];
    const NodeFacts* parent = node.parent == html::kNoNode ? nullptr : &facts_[node.parent];
    if (parent != nullptr) {
      f.flags = parent->flags & (kNodeInvisible | kNodeInLink);
      f.block = parent->block;
    }
    if (node.kind == NodeKind::kElement) {
      if (node.attr_count > 0) {
        f.names = ClassifyNames(doc.Attr(id, "class"), doc.Attr(id, "id"));
        if ((f.names & kNameHidden) || IsHiddenElement(doc, id)) f.flags |= kNodeInvisible;
      }
      if (IsInvisibleTag(node.tag)) f.flags |= kNodeInvisible;
      if (node.tag == Tag::kA && node.attr_count > 0 && doc.HasAttr(id, "href")) {
        f.flags |= kNodeInLink;
      }
      if (StartsBlock(node.tag) || node.tag == Tag::kBody) f.block = id;
    } else if (node.kind == NodeKind::kText && !(f.flags & kNodeInvisible) &&
               f.block != html::kNoNode) {
      const TextCount count = CountText(node.text);
      f.text = count.chars;
      if (f.flags & kNodeInLink) f.link_text = count.chars;
      NodeFacts& owner = facts_[f.block];
      owner.own_text += count.chars;
      owner.own_link_text += f.link_text;
      owner.own_commas =
          static_cast<uint16_t>(std::min<uint32_t>(UINT16_MAX, owner.own_commas + count.commas));
    }
  }
}

// Reverse pass: children are final before their parents.
void PageFacts::SumSubtrees(const Document& doc) {
  for (NodeId id = static_cast<NodeId>(doc.size()); id-- > 1;) {
    NodeFacts& f = facts_[id];
    if (doc.node(id).kind == NodeKind::kElement && IsProse(f) && !(f.flags & kNodeInvisible)) {
      f.flags |= kNodeParagraph;
      f.prose += f.own_text - f.own_link_text;
      f.paragraphs = static_cast<uint16_t>(std::min<int>(UINT16_MAX, f.paragraphs + 1));
    }
    NodeFacts& parent = facts_[doc.node(id).parent];
    parent.text += f.text;
    parent.link_text += f.link_text;
    parent.prose += f.prose;
    parent.paragraphs =
        static_cast<uint16_t>(std::min<int>(UINT16_MAX, parent.paragraphs + f.paragraphs));
  }
  const NodeId body = doc.body();
  body_prose_ = body == html::kNoNode ? facts_[0].prose : facts_[body].prose;
}

// Forward pass: chrome zones, except an element holding most of the page's prose (a page
// wrapper whose class happens to say "has-sidebar"); comment sections get no such exception.
void PageFacts::MarkChromeZones(const Document& doc) {
  const size_t n = doc.size();
  for (NodeId id = 1; id < n; ++id) {
    const html::Node& node = doc.node(id);
    NodeFacts& f = facts_[id];
    if (facts_[node.parent].flags & kNodeInChrome) f.flags |= kNodeInChrome;
    if (node.kind != NodeKind::kElement) continue;
    const bool named = f.names & (kNameBoilerplate | kNameCaption);
    if (!named && !IsChromeTag(node.tag)) continue;
    f.flags |= kNodeChrome;
    const bool wrapper =
        !(f.names & kNameComments) && body_prose_ > 0 && f.prose * 2 >= body_prose_;
    if (!wrapper) f.flags |= kNodeInChrome;
  }
}

}  // namespace corroborate
