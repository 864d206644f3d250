// Tests for the atomic writer and write_output: a target is replaced only on commit,
// nothing is left behind, and an input is never the output.
#include "fatal.hpp"
#include "output.hpp"

#include "support/scratch.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <iostream>
#include <thread>

#include <sys/stat.h>
#include <sys/sysmacros.h>

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

  TEST_CASE("writes the file when it is not an input, and standard output for '-'")
  {
    ScratchDir dir;
    write_output("一\n", dir.file("a.txt"), {dir.file("plan.yaml")});
    CHECK(read_file(dir.file("a.txt")) == "一\n");
    plan::test::CaptureStdout out;
    write_output("三\n", "-", {});
    CHECK(out.text() == "三\n");
  }

  TEST_CASE("an empty file name is an error, not standard output")
  {
    plan::test::CaptureStdout out;
    CHECK_THROWS_WITH_AS(write_output("x", "", {}), "-o: an empty file name", Fatal);
    CHECK(out.text().empty());
  }

  TEST_CASE("a directory is refused by name and left alone")
  {
    ScratchDir dir;
    std::filesystem::create_directory(dir.file("out"));
    CHECK_THROWS_WITH_AS(write_output("x", dir.file("out"), {}), (dir.file("out") + ": is a directory").c_str(),
                         Fatal);
    CHECK(std::filesystem::is_directory(dir.file("out")));
    CHECK(dir.entries() == std::vector<std::string>{"out"});
  }

  TEST_CASE("a character device is written in place, never replaced by a regular file")
  {
    ScratchDir dir;
    std::string null = dir.file("null");
    if (::mknod(null.c_str(), S_IFCHR | 0666, ::makedev(1, 3)) != 0) {
      MESSAGE("skipped: cannot make a device node here (not root)");
      return;
    }
    write_output("一\n", null, {});
    struct stat st {};
    REQUIRE(::lstat(null.c_str(), &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
    CHECK(dir.entries() == std::vector<std::string>{"null"});
  }

  TEST_CASE("a full device is a Fatal with the system's reason, and stays a device")
  {
    // A node of its own, like /dev/full: were the device replaced, the system's stays.
    ScratchDir dir;
    std::string full = dir.file("full");
    if (::mknod(full.c_str(), S_IFCHR | 0666, ::makedev(1, 7)) != 0) {
      MESSAGE("skipped: cannot make a device node here (not root)");
      return;
    }
    CHECK_THROWS_WITH_AS(write_output("一\n", full, {}), (full + ": cannot write: No space left on device").c_str(),
                         Fatal);
    struct stat st {};
    REQUIRE(::lstat(full.c_str(), &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
  }

  TEST_CASE("a FIFO is written in place; one that no program reads is refused after a short wait")
  {
    ScratchDir dir;
    std::string fifo = dir.file("fifo");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_THROWS_WITH_AS(write_output("x", fifo, {}), (fifo + ": no program is reading from this FIFO (waited 2 seconds)").c_str(),
                         Fatal);
    std::string got;
    std::thread reader([&] { got = read_file(fifo); });
    write_output("一\n", fifo, {});
    reader.join();
    CHECK(got == "一\n");
    struct stat st {};
    REQUIRE(::lstat(fifo.c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
  }

  TEST_CASE("a symbolic link stays a link: the file it points to is replaced")
  {
    ScratchDir dir;
    std::filesystem::create_directory(dir.file("real"));
    write_file(dir.file("real/out.md"), "old\n");
    std::filesystem::create_symlink("real/out.md", dir.file("link.md"));
    write_output("new\n", dir.file("link.md"), {});
    CHECK(std::filesystem::is_symlink(dir.file("link.md")));
    CHECK(read_file(dir.file("real/out.md")) == "new\n");
    CHECK(dir.entries() == std::vector<std::string>{"link.md", "real"});
    // A link to a file that does not exist yet: the file is made where it points.
    std::filesystem::create_symlink("real/new.md", dir.file("new-link.md"));
    write_output("made\n", dir.file("new-link.md"), {});
    CHECK(std::filesystem::is_symlink(dir.file("new-link.md")));
    CHECK(read_file(dir.file("real/new.md")) == "made\n");
  }

  TEST_CASE("a symbolic link to an input is refused like the input")
  {
    ScratchDir dir;
    write_file(dir.file("plan.yaml"), "format: 1\n");
    std::filesystem::create_symlink("plan.yaml", dir.file("link.yaml"));
    CHECK_THROWS_AS(write_output("x", dir.file("link.yaml"), {dir.file("plan.yaml")}), Fatal);
    CHECK(read_file(dir.file("plan.yaml")) == "format: 1\n");
  }
}

TEST_SUITE("finish_standard_output")
{
  TEST_CASE("a report that did not reach standard output is a Fatal")
  {
    plan::test::CaptureStdout out;
    std::cout << "report\n";
    CHECK_NOTHROW(finish_standard_output());
    std::cout.setstate(std::ios::badbit);
    CHECK_THROWS_WITH_AS(finish_standard_output(), doctest::Contains("standard output: cannot write"), Fatal);
    std::cout.clear();
  }
}
