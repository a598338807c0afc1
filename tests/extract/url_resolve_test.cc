// URL reference resolution against a page URL (RFC 3986 section 5.4 examples and the forms
// canonical links take).
#include "extract/html/url_resolve.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

TEST(UrlResolveTest, Rfc3986NormalExamples) {
  const std::string base = "http://a/b/c/d;p?q";
  EXPECT_EQ(ResolveUrl(base, "g:h"), "g:h");
  EXPECT_EQ(ResolveUrl(base, "g"), "http://a/b/c/g");
  EXPECT_EQ(ResolveUrl(base, "./g"), "http://a/b/c/g");
  EXPECT_EQ(ResolveUrl(base, "g/"), "http://a/b/c/g/");
  EXPECT_EQ(ResolveUrl(base, "/g"), "http://a/g");
  EXPECT_EQ(ResolveUrl(base, "//g"), "http://g");
  EXPECT_EQ(ResolveUrl(base, "?y"), "http://a/b/c/d;p?y");
  EXPECT_EQ(ResolveUrl(base, "g?y"), "http://a/b/c/g?y");
  EXPECT_EQ(ResolveUrl(base, "#s"), "http://a/b/c/d;p?q#s");
  EXPECT_EQ(ResolveUrl(base, ""), "http://a/b/c/d;p?q");
  EXPECT_EQ(ResolveUrl(base, "."), "http://a/b/c/");
  EXPECT_EQ(ResolveUrl(base, ".."), "http://a/b/");
  EXPECT_EQ(ResolveUrl(base, "../g"), "http://a/b/g");
  EXPECT_EQ(ResolveUrl(base, "../.."), "http://a/");
  EXPECT_EQ(ResolveUrl(base, "../../g"), "http://a/g");
  EXPECT_EQ(ResolveUrl(base, "../../../g"), "http://a/g");
}

TEST(UrlResolveTest, CanonicalLinkForms) {
  const std::string page = "https://www.harbourtimes.example/world/grain-talks?utm_source=x";
  EXPECT_EQ(ResolveUrl(page, " /world/2025/12/03/grain-talks "),
            "https://www.harbourtimes.example/world/2025/12/03/grain-talks");
  EXPECT_EQ(ResolveUrl(page, "//harbourtimes.example/a"), "https://harbourtimes.example/a");
  EXPECT_EQ(ResolveUrl("https://h.example", "a/b"), "https://h.example/a/b");
  EXPECT_EQ(ResolveUrl("", "/a/b"), "/a/b");  // nothing to resolve against
}

TEST(UrlResolveTest, HttpCheckAndFragment) {
  EXPECT_TRUE(IsHttpUrl("https://h.example/a"));
  EXPECT_TRUE(IsHttpUrl("HTTP://h.example"));
  EXPECT_FALSE(IsHttpUrl("javascript:void(0)"));
  EXPECT_FALSE(IsHttpUrl("/a/b"));
  EXPECT_FALSE(IsHttpUrl("https:///a"));
  EXPECT_EQ(WithoutFragment("https://h.example/a#top"), "https://h.example/a");
}

}  // namespace
}  // namespace corroborate
