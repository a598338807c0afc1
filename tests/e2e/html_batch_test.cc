// `corroborate extract --batch IN_DIR OUT_DIR` end to end: every .html/.htm page becomes a body
// .txt and a metadata .json; a page with no article and an unreadable page are reported on
// stderr by name while the run goes on; exit codes follow the project's conventions.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../extract/html_test_pages.h"
#include "account_file.h"

namespace corroborate::testing {
namespace {

namespace fs = std::filesystem;

void Write(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

TEST(HtmlBatch, WritesBodyAndMetadataPerPageAndReportsFailures) {
  TempDir in;
  TempDir out;
  Write(in.path() + "/barrier.html", kFloodBarrierPage);
  Write(in.path() + "/front.htm", kSectionFrontPage);
  Write(in.path() + "/broken.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  Write(in.path() + "/notes.txt", "not a page: ignored by --batch");
  const std::string out_dir = out.path() + "/pages";  // created by the command

  const RunResult r = RunCli({"extract", "--batch", in.path(), out_dir, "-j", "2"});
  EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
  EXPECT_NE(r.stderr_text.find("front.htm: no article content found"), std::string::npos)
      << r.stderr_text;
  EXPECT_NE(r.stderr_text.find("broken.html"), std::string::npos) << r.stderr_text;
  EXPECT_EQ(r.stderr_text.find("notes.txt"), std::string::npos) << r.stderr_text;

  const std::string body = ReadFile(out_dir + "/barrier.txt");
  EXPECT_NE(body.find("The city council voted 27 to 4 on Thursday"), std::string::npos) << body;
  EXPECT_NE(body.find("\n\nWhat the plan includes\n\n"), std::string::npos) << body;
  EXPECT_EQ(body.find("Share on Facebook"), std::string::npos) << body;
  EXPECT_EQ(body.find("Council approves river barrier"), std::string::npos) << body;  // title
  EXPECT_FALSE(fs::exists(out_dir + "/front.txt"));
  EXPECT_FALSE(fs::exists(out_dir + "/broken.json"));

  simdjson::dom::parser parser;
  simdjson::dom::object page;
  ASSERT_EQ(parser.load(out_dir + "/barrier.json").get(page), simdjson::SUCCESS);
  std::string_view title, date, json_body, outlet;
  ASSERT_EQ(page["title"].get(title), simdjson::SUCCESS);
  EXPECT_EQ(title, "Council approves river barrier after record floods");
  ASSERT_EQ(page["date"].get(date), simdjson::SUCCESS);
  EXPECT_EQ(date.substr(0, 10), "2025-03-14");
  ASSERT_EQ(page["body"].get(json_body), simdjson::SUCCESS);
  EXPECT_EQ(json_body, body);
  ASSERT_EQ(page["outlet"].get(outlet), simdjson::SUCCESS);
  EXPECT_EQ(outlet, "The Lakeshore Gazette");
  std::string_view author;
  ASSERT_EQ(page["author"].get(author), simdjson::SUCCESS);
  EXPECT_NE(author.find("Marta Keller"), std::string_view::npos);

  // --strict: a skipped page fails the run.
  TempDir out2;
  EXPECT_EQ(RunCli({"extract", "--batch", in.path(), out2.path(), "--strict", "-q"}).exit_code, 4);
}

TEST(HtmlBatch, ExitCodesForNothingToReadAndBadUsage) {
  TempDir in;
  TempDir out;
  Write(in.path() + "/front.html", kNotFoundPage);
  const RunResult none = RunCli({"extract", "--batch", in.path(), out.path()});
  EXPECT_EQ(none.exit_code, 2) << none.stderr_text;
  EXPECT_NE(none.stderr_text.find("no article"), std::string::npos) << none.stderr_text;
  const RunResult missing = RunCli({"extract", "--batch", in.path() + "/nope", out.path()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.stderr_text.find("nope"), std::string::npos) << missing.stderr_text;
  EXPECT_EQ(RunCli({"extract", "--batch", in.path()}).exit_code, 1);  // OUT_DIR missing
  EXPECT_EQ(RunCli({"extract"}).exit_code, 1);
  EXPECT_EQ(RunCli({"extract", "--batch", in.path(), out.path(), "extra.txt"}).exit_code, 1);
}

}  // namespace
}  // namespace corroborate::testing
