// Publish dates in article URLs, and ids that only look like dates.
#include "extract/html/url_date.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

std::string FromUrl(std::string_view url) {
  auto d = DateFromUrl(url);
  return d ? d->Iso() : "<none>";
}

TEST(UrlDateTest, PathForms) {
  EXPECT_EQ(FromUrl("https://harbourtimes.example/world/2025/12/03/grain-talks-stall/"),
            "2025-12-03");
  EXPECT_EQ(FromUrl("https://harbourtimes.example/2025/12/3/grain-talks"), "2025-12-03");
  EXPECT_EQ(FromUrl("https://valleypost.example/news/20251203/grain-talks"), "2025-12-03");
  EXPECT_EQ(FromUrl("https://valleypost.example/news/grain-talks-2025-12-03.html"), "2025-12-03");
  EXPECT_EQ(FromUrl("https://valleypost.example/world/2025/dec/03/grain-talks"), "2025-12-03");
  EXPECT_EQ(FromUrl("https://valleypost.example/news/grain_talks_20251203"), "2025-12-03");
}

TEST(UrlDateTest, MonthPrecisionOnlyInSlashForm) {
  auto d = DateFromUrl("https://northwind.example/2025/12/grain-talks-stall");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->precision, DatePrecision::kMonth);
  EXPECT_EQ(FromUrl("https://northwind.example/reports/budget-2025-12-outlook"), "<none>");
  // A number after the month folder is an id, not a day.
  EXPECT_EQ(FromUrl("https://northwind.example/2025/12/0312345"), "2025-12");
}

TEST(UrlDateTest, IdsAndQueriesAreNotDates) {
  EXPECT_EQ(FromUrl("https://northwind.example/article/202512031459"), "<none>");
  EXPECT_EQ(FromUrl("https://northwind.example/story/a-11574168580"), "<none>");
  EXPECT_EQ(FromUrl("https://northwind.example/list?date=2025-12-03"), "<none>");
  EXPECT_EQ(FromUrl("https://northwind.example/1987/12/03/archive"), "<none>");
  EXPECT_EQ(FromUrl("https://northwind.example/v20251203/item"), "<none>");
  EXPECT_EQ(FromUrl("https://northwind.example/2025/13/03/x"), "<none>");
  EXPECT_EQ(FromUrl("https://northwind.example/2025/02/30/x"), "<none>");
  EXPECT_EQ(FromUrl(""), "<none>");
}

}  // namespace
}  // namespace corroborate
