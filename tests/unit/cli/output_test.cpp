// Tests for the atomic writer and write_output: a target is replaced only on commit,
// nothing is left behind, and an input is never the output.
#include "fatal.hpp"
#include "output.hpp"

#include "support/scratch.hpp"

#include <doctest/doctest.h>

using namespace plan::cli;
using plan::test::read_file;
using plan::test::ScratchDir;
using plan::test::write_file;

TEST_SUITE("AtomicFile")
{
  TEST_CASE("Base case: the target appears, whole, on commit, and no temporary file is left")
  {
    ScratchDir dir;
    std::string target = dir.file("清单.csv");
    {
      AtomicFile file(target);
      file.write("date,title\r\n");
      // Before the commit only the temporary file exists, hidden, next to the target.
      auto before = dir.entries();
      REQUIRE(before.size() == 1);
      CHECK(before[0].rfind(".清单.csv.tmp.", 0) == 0);
      file.write("2023-10-12,大教研\r\n");
      file.commit();
    }
    CHECK(read_file(target) == "date,title\r\n2023-10-12,大教研\r\n");
    CHECK(dir.entries() == std::vector<std::string>{"清单.csv"});
  }

  TEST_CASE("Not committing: the old content stays and the temporary file is removed")
  {
    ScratchDir dir;
    std::string target = dir.file("out.md");
    write_file(target, "old\n");
    {
      AtomicFile file(target);
      file.write("new, half written");
    } // destroyed without commit(), as after an error
    CHECK(read_file(target) == "old\n");
    CHECK(dir.entries() == std::vector<std::string>{"out.md"});
  }

  TEST_CASE("Replacing keeps the permissions the file had")
  {
    ScratchDir dir;
    std::string target = dir.file("out.md");
    write_file(target, "old\n");
    std::filesystem::permissions(target, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    AtomicFile file(target);
    file.write("new\n");
    file.commit();
    CHECK(read_file(target) == "new\n");
    CHECK(std::filesystem::status(target).permissions() ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
  }

  TEST_CASE("A directory that does not exist is a Fatal naming the file")
  {
    ScratchDir dir;
    std::string target = dir.file("missing/out.md");
    CHECK_THROWS_WITH_AS(AtomicFile{target}, doctest::Contains("missing/out.md: cannot create a temporary file"),
                         Fatal);
  }
}

TEST_SUITE("write_output")
{
  TEST_CASE("refuses to write over an input, by any path, and leaves it alone")
  {
    ScratchDir dir;
    std::string plan = dir.file("plan.yaml");
    write_file(plan, "format: 1\n");
    std::string other_path = dir.file("./plan.yaml");
    CHECK_THROWS_WITH_AS(write_output("x", other_path, {plan}),
                         doctest::Contains("refusing to overwrite an input file"), Fatal);
    CHECK(read_file(plan) == "format: 1\n");
    CHECK(dir.entries() == std::vector<std::string>{"plan.yaml"});
  }

  TEST_CASE("writes the file when it is not an input, and standard output for '' and '-'")
  {
    ScratchDir dir;
    write_output("一\n", dir.file("a.txt"), {dir.file("plan.yaml")});
    CHECK(read_file(dir.file("a.txt")) == "一\n");
    plan::test::CaptureStdout out;
    write_output("二\n", "", {});
    write_output("三\n", "-", {});
    CHECK(out.text() == "二\n三\n");
  }
}
