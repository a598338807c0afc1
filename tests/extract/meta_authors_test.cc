// Author names from metadata values and visible bylines.
#include "extract/html/meta_authors.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

using Names = std::vector<std::string>;

Names AuthorsOf(std::string_view s, bool by = false) {
  return SplitAuthorNames(s, {"The Harbour Times", "Northwind Wire"}, by);
}

TEST(MetaAuthorsTest, SplitsAndStripsBy) {
  EXPECT_EQ(AuthorsOf("By Marta Quill and Idris Bell"), (Names{"Marta Quill", "Idris Bell"}));
  EXPECT_EQ(AuthorsOf("Marta Quill, Idris Bell, and Lena Ostrova"),
            (Names{"Marta Quill", "Idris Bell", "Lena Ostrova"}));
  EXPECT_EQ(AuthorsOf("Marta Quill & Idris Bell"), (Names{"Marta Quill", "Idris Bell"}));
  EXPECT_EQ(AuthorsOf("Written by Ursula von der Leyden"), (Names{"Ursula von der Leyden"}));
  EXPECT_EQ(AuthorsOf("BY MARTA QUILL"), (Names{"MARTA QUILL"}));
  EXPECT_EQ(AuthorsOf("By Marta Quill | December 2, 2025 | 4 min read"), (Names{"Marta Quill"}));
  EXPECT_EQ(AuthorsOf("By Marta Quill in Port Elling"), (Names{"Marta Quill"}));
  EXPECT_EQ(AuthorsOf("By J. R. Holloway Jr."), (Names{"J. R. Holloway Jr."}));
}

TEST(MetaAuthorsTest, DropsRolesOutletsAndUrls) {
  EXPECT_EQ(AuthorsOf("By Marta Quill, Staff Writer"), (Names{"Marta Quill"}));
  EXPECT_EQ(AuthorsOf("Marta Quill Staff Reporter"), (Names{"Marta Quill"}));
  EXPECT_EQ(AuthorsOf("By Marta Quill, Northern Press Agency"), (Names{"Marta Quill"}));
  EXPECT_EQ(AuthorsOf("MARTA QUILL, NW Auto Writer"), (Names{"MARTA QUILL"}));
  EXPECT_EQ(AuthorsOf("Marta Quill. Harbour International"), (Names{"Marta Quill"}));
  EXPECT_TRUE(AuthorsOf("The Harbour Times").empty());
  EXPECT_TRUE(AuthorsOf("Harbour Times Staff").empty());
  EXPECT_TRUE(AuthorsOf("Northwind Wire").empty());
  EXPECT_TRUE(AuthorsOf("https://harbourtimes.example/people/marta-quill").empty());
  EXPECT_TRUE(AuthorsOf("marta@harbourtimes.example").empty());
  EXPECT_TRUE(AuthorsOf("admin").empty());
  EXPECT_TRUE(AuthorsOf("Staff").empty());
  EXPECT_TRUE(AuthorsOf("Editorial Board").empty());
}

TEST(MetaAuthorsTest, VisibleTextNeedsABylinePrefix) {
  EXPECT_TRUE(AuthorsOf("Marta Quill", /*by=*/true).empty());
  EXPECT_TRUE(AuthorsOf("Share this article", /*by=*/true).empty());
  EXPECT_TRUE(AuthorsOf("by the harbour wall, fishermen waited", /*by=*/true).empty());
  EXPECT_EQ(AuthorsOf("By Marta Quill", /*by=*/true), (Names{"Marta Quill"}));
  EXPECT_TRUE(StartsWithBylinePrefix("Author: Marta Quill"));
  EXPECT_FALSE(StartsWithBylinePrefix("Byelection results"));
}

TEST(MetaAuthorsTest, DeduplicatesIgnoringCase) {
  EXPECT_EQ(AuthorsOf("Marta Quill, MARTA QUILL"), (Names{"Marta Quill"}));
}

}  // namespace
}  // namespace corroborate
