// Tag names <-> Tag, and the per-tag traits the tree builder and the extractors use. Name
// lookup packs up to eight lowercase bytes into an integer and switches on it, so a tag costs
// one pack and a few compares; the three longer names are compared directly.
#include <array>
#include <cstring>

#include "html/dom.h"
#include "html/tag_traits.h"

namespace corroborate::html {
namespace {

constexpr std::string_view kTagNames[] = {
    "",        "html",       "head",       "body",     "title",    "meta",     "link",
    "base",    "script",     "style",      "noscript", "template", "article",  "section",
    "main",    "header",     "footer",     "nav",      "aside",    "address",  "hgroup",
    "search",  "div",        "p",          "h1",       "h2",       "h3",       "h4",
    "h5",      "h6",         "blockquote", "pre",      "hr",       "br",       "wbr",
    "ul",      "ol",         "li",         "dl",       "dt",       "dd",       "menu",
    "figure",  "figcaption", "details",    "summary",  "dialog",   "center",   "table",
    "caption", "thead",      "tbody",      "tfoot",    "tr",       "td",       "th",
    "col",     "colgroup",   "a",          "span",     "em",       "strong",   "b",
    "i",       "u",          "s",          "small",    "sub",      "sup",      "mark",
    "abbr",    "cite",       "q",          "code",     "time",     "data",     "font",
    "del",     "ins",        "var",        "kbd",      "samp",     "bdi",      "bdo",
    "ruby",    "rt",         "rp",         "img",      "picture",  "source",   "video",
    "audio",   "track",      "iframe",     "embed",    "object",   "param",    "canvas",
    "svg",     "math",       "map",        "area",     "form",     "input",    "button",
    "select",  "option",     "optgroup",   "textarea", "label",    "fieldset", "legend",
    "output",  "progress",   "meter",      "frame",    "frameset", "noframes", "noembed",
    "xmp",     "plaintext",  "listing",    "marquee",  "nobr"};
static_assert(std::size(kTagNames) == static_cast<size_t>(Tag::kCount));

constexpr uint64_t Pack(std::string_view s) {
  uint64_t v = 0;
  for (size_t i = 0; i < s.size() && i < 8; ++i) {
    v |= static_cast<uint64_t>(static_cast<unsigned char>(s[i])) << (8 * i);
  }
  return v;
}

constexpr std::array<uint16_t, static_cast<size_t>(Tag::kCount)> MakeTraits() {
  std::array<uint16_t, static_cast<size_t>(Tag::kCount)> t{};
  auto set = [&t](std::initializer_list<Tag> tags, uint16_t trait) {
    for (Tag tag : tags) t[static_cast<size_t>(tag)] |= trait;
  };
  using enum Tag;
  set({kArea, kBase, kBr, kCol, kEmbed, kHr, kImg, kInput, kLink, kMeta, kSource, kTrack, kWbr,
       kParam, kFrame},
      kTraitVoid);
  set({kHtml,   kHead,       kBody,     kTitle,   kArticle,   kSection, kMain,       kHeader,
       kFooter, kNav,        kAside,    kAddress, kHgroup,    kSearch,  kDiv,        kP,
       kH1,     kH2,         kH3,       kH4,      kH5,        kH6,      kBlockquote, kPre,
       kHr,     kUl,         kOl,       kLi,      kDl,        kDt,      kDd,         kMenu,
       kFigure, kFigcaption, kDetails,  kSummary, kDialog,    kCenter,  kTable,      kCaption,
       kThead,  kTbody,      kTfoot,    kTr,      kTd,        kTh,      kForm,       kFieldset,
       kLegend, kFrameset,   kNoframes, kXmp,     kPlaintext, kListing, kMarquee},
      kTraitBlock);
  set({kAddress, kArea,     kArticle,  kAside,    kBase,       kBlockquote, kBody,    kBr,
       kButton,  kCaption,  kCenter,   kCol,      kColgroup,   kDd,         kDetails, kDiv,
       kDl,      kDt,       kEmbed,    kFieldset, kFigcaption, kFigure,     kFooter,  kForm,
       kFrame,   kFrameset, kH1,       kH2,       kH3,         kH4,         kH5,      kH6,
       kHead,    kHeader,   kHgroup,   kHr,       kHtml,       kIframe,     kImg,     kInput,
       kLi,      kLink,     kListing,  kMain,     kMarquee,    kMenu,       kMeta,    kNav,
       kNoembed, kNoframes, kNoscript, kObject,   kOl,         kP,          kParam,   kPlaintext,
       kPre,     kScript,   kSearch,   kSection,  kSelect,     kSource,     kStyle,   kSummary,
       kTable,   kTbody,    kTd,       kTemplate, kTextarea,   kTfoot,      kTh,      kThead,
       kTitle,   kTr,       kTrack,    kUl,       kWbr,        kXmp},
      kTraitSpecial);
  set({kAddress, kArticle,  kAside,      kBlockquote, kCenter,    kDetails, kDialog,  kDiv,
       kDl,      kFieldset, kFigcaption, kFigure,     kFooter,    kHeader,  kHgroup,  kMain,
       kMenu,    kNav,      kOl,         kP,          kSearch,    kSection, kSummary, kUl,
       kH1,      kH2,       kH3,         kH4,         kH5,        kH6,      kPre,     kListing,
       kForm,    kLi,       kDd,         kDt,         kPlaintext, kTable,   kHr,      kXmp},
      kTraitClosesP);
  set({kA, kB, kCode, kEm, kFont, kI, kNobr, kS, kSmall, kStrong, kU}, kTraitFormatting);
  set({kCaption, kHtml, kTable, kTd, kTh, kMarquee, kObject, kTemplate}, kTraitScope);
  set({kH1, kH2, kH3, kH4, kH5, kH6}, kTraitHeading);
  set({kB,     kBlockquote, kBody, kBr,   kCenter, kCode, kDd, kDiv,  kDl,   kDt, kEm,
       kEmbed, kH1,         kH2,   kH3,   kH4,     kH5,   kH6, kHead, kHr,   kI,  kImg,
       kLi,    kListing,    kMenu, kMeta, kNobr,   kOl,   kP,  kPre,  kRuby, kS,  kSmall,
       kSpan,  kStrong,     kSub,  kSup,  kTable,  kU,    kUl, kVar},
      kTraitBreakout);
  set({kDd, kDt, kLi, kOptgroup, kOption, kP, kRp, kRt}, kTraitImpliedEnd);
  return t;
}

constexpr auto kTraits = MakeTraits();

}  // namespace

Tag TagFromName(std::string_view name) {
  if (name.size() > 8) {
    if (name == "blockquote") return Tag::kBlockquote;
    if (name == "figcaption") return Tag::kFigcaption;
    if (name == "plaintext") return Tag::kPlaintext;
    return Tag::kOther;
  }
  if (name.empty()) return Tag::kOther;
  switch (Pack(name)) {
    case Pack("html"):
      return Tag::kHtml;
    case Pack("head"):
      return Tag::kHead;
    case Pack("body"):
      return Tag::kBody;
    case Pack("title"):
      return Tag::kTitle;
    case Pack("meta"):
      return Tag::kMeta;
    case Pack("link"):
      return Tag::kLink;
    case Pack("base"):
      return Tag::kBase;
    case Pack("script"):
      return Tag::kScript;
    case Pack("style"):
      return Tag::kStyle;
    case Pack("noscript"):
      return Tag::kNoscript;
    case Pack("template"):
      return Tag::kTemplate;
    case Pack("article"):
      return Tag::kArticle;
    case Pack("section"):
      return Tag::kSection;
    case Pack("main"):
      return Tag::kMain;
    case Pack("header"):
      return Tag::kHeader;
    case Pack("footer"):
      return Tag::kFooter;
    case Pack("nav"):
      return Tag::kNav;
    case Pack("aside"):
      return Tag::kAside;
    case Pack("address"):
      return Tag::kAddress;
    case Pack("hgroup"):
      return Tag::kHgroup;
    case Pack("search"):
      return Tag::kSearch;
    case Pack("div"):
      return Tag::kDiv;
    case Pack("p"):
      return Tag::kP;
    case Pack("h1"):
      return Tag::kH1;
    case Pack("h2"):
      return Tag::kH2;
    case Pack("h3"):
      return Tag::kH3;
    case Pack("h4"):
      return Tag::kH4;
    case Pack("h5"):
      return Tag::kH5;
    case Pack("h6"):
      return Tag::kH6;
    case Pack("pre"):
      return Tag::kPre;
    case Pack("hr"):
      return Tag::kHr;
    case Pack("br"):
      return Tag::kBr;
    case Pack("wbr"):
      return Tag::kWbr;
    case Pack("ul"):
      return Tag::kUl;
    case Pack("ol"):
      return Tag::kOl;
    case Pack("li"):
      return Tag::kLi;
    case Pack("dl"):
      return Tag::kDl;
    case Pack("dt"):
      return Tag::kDt;
    case Pack("dd"):
      return Tag::kDd;
    case Pack("menu"):
      return Tag::kMenu;
    case Pack("figure"):
      return Tag::kFigure;
    case Pack("details"):
      return Tag::kDetails;
    case Pack("summary"):
      return Tag::kSummary;
    case Pack("dialog"):
      return Tag::kDialog;
    case Pack("center"):
      return Tag::kCenter;
    case Pack("table"):
      return Tag::kTable;
    case Pack("caption"):
      return Tag::kCaption;
    case Pack("thead"):
      return Tag::kThead;
    case Pack("tbody"):
      return Tag::kTbody;
    case Pack("tfoot"):
      return Tag::kTfoot;
    case Pack("tr"):
      return Tag::kTr;
    case Pack("td"):
      return Tag::kTd;
    case Pack("th"):
      return Tag::kTh;
    case Pack("col"):
      return Tag::kCol;
    case Pack("colgroup"):
      return Tag::kColgroup;
    case Pack("a"):
      return Tag::kA;
    case Pack("span"):
      return Tag::kSpan;
    case Pack("em"):
      return Tag::kEm;
    case Pack("strong"):
      return Tag::kStrong;
    case Pack("b"):
      return Tag::kB;
    case Pack("i"):
      return Tag::kI;
    case Pack("u"):
      return Tag::kU;
    case Pack("s"):
      return Tag::kS;
    case Pack("small"):
      return Tag::kSmall;
    case Pack("sub"):
      return Tag::kSub;
    case Pack("sup"):
      return Tag::kSup;
    case Pack("mark"):
      return Tag::kMark;
    case Pack("abbr"):
      return Tag::kAbbr;
    case Pack("cite"):
      return Tag::kCite;
    case Pack("q"):
      return Tag::kQ;
    case Pack("code"):
      return Tag::kCode;
    case Pack("time"):
      return Tag::kTime;
    case Pack("data"):
      return Tag::kData;
    case Pack("font"):
      return Tag::kFont;
    case Pack("del"):
      return Tag::kDel;
    case Pack("ins"):
      return Tag::kIns;
    case Pack("var"):
      return Tag::kVar;
    case Pack("kbd"):
      return Tag::kKbd;
    case Pack("samp"):
      return Tag::kSamp;
    case Pack("bdi"):
      return Tag::kBdi;
    case Pack("bdo"):
      return Tag::kBdo;
    case Pack("ruby"):
      return Tag::kRuby;
    case Pack("rt"):
      return Tag::kRt;
    case Pack("rp"):
      return Tag::kRp;
    case Pack("img"):
      return Tag::kImg;
    case Pack("picture"):
      return Tag::kPicture;
    case Pack("source"):
      return Tag::kSource;
    case Pack("video"):
      return Tag::kVideo;
    case Pack("audio"):
      return Tag::kAudio;
    case Pack("track"):
      return Tag::kTrack;
    case Pack("iframe"):
      return Tag::kIframe;
    case Pack("embed"):
      return Tag::kEmbed;
    case Pack("object"):
      return Tag::kObject;
    case Pack("param"):
      return Tag::kParam;
    case Pack("canvas"):
      return Tag::kCanvas;
    case Pack("svg"):
      return Tag::kSvg;
    case Pack("math"):
      return Tag::kMath;
    case Pack("map"):
      return Tag::kMap;
    case Pack("area"):
      return Tag::kArea;
    case Pack("form"):
      return Tag::kForm;
    case Pack("input"):
      return Tag::kInput;
    case Pack("button"):
      return Tag::kButton;
    case Pack("select"):
      return Tag::kSelect;
    case Pack("option"):
      return Tag::kOption;
    case Pack("optgroup"):
      return Tag::kOptgroup;
    case Pack("textarea"):
      return Tag::kTextarea;
    case Pack("label"):
      return Tag::kLabel;
    case Pack("fieldset"):
      return Tag::kFieldset;
    case Pack("legend"):
      return Tag::kLegend;
    case Pack("output"):
      return Tag::kOutput;
    case Pack("progress"):
      return Tag::kProgress;
    case Pack("meter"):
      return Tag::kMeter;
    case Pack("frame"):
      return Tag::kFrame;
    case Pack("frameset"):
      return Tag::kFrameset;
    case Pack("noframes"):
      return Tag::kNoframes;
    case Pack("noembed"):
      return Tag::kNoembed;
    case Pack("xmp"):
      return Tag::kXmp;
    case Pack("listing"):
      return Tag::kListing;
    case Pack("marquee"):
      return Tag::kMarquee;
    case Pack("nobr"):
      return Tag::kNobr;
    default:
      return Tag::kOther;
  }
}

std::string_view TagName(Tag tag) {
  size_t i = static_cast<size_t>(tag);
  return i < std::size(kTagNames) ? kTagNames[i] : std::string_view();
}

bool IsVoid(Tag tag) { return TagTraits(tag) & kTraitVoid; }
bool IsBlock(Tag tag) { return TagTraits(tag) & kTraitBlock; }

uint16_t TagTraits(Tag tag) {
  size_t i = static_cast<size_t>(tag);
  return i < kTraits.size() ? kTraits[i] : 0;
}

uint16_t OtherTagTraits(std::string_view name) {
  if (name.size() > 8) return 0;
  switch (Pack(name)) {
    case Pack("dir"):
      return kTraitSpecial | kTraitClosesP | kTraitBlock;
    case Pack("applet"):
      return kTraitSpecial | kTraitScope;
    case Pack("basefont"):
    case Pack("bgsound"):
    case Pack("keygen"):
      return kTraitSpecial | kTraitVoid;
    case Pack("big"):
    case Pack("strike"):
    case Pack("tt"):
      return kTraitFormatting | kTraitBreakout;
    case Pack("rb"):
    case Pack("rtc"):
      return kTraitImpliedEnd;
    default:
      return 0;
  }
}

}  // namespace corroborate::html
