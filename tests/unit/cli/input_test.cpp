// Tests for read_input: one reading loop for every kind of input, bounded by the input
// limit whatever stat says, and a clear Fatal for what is not a file to read.
#include "fatal.hpp"
#include "input.hpp"

#include "support/scratch.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace plan::cli;
using plan::test::ScratchDir;
using plan::test::write_file;

TEST_SUITE("read_input")
{
  TEST_CASE("Base case: a regular file is read whole")
  {
    ScratchDir dir;
    write_file(dir.file("plan.yaml"), "format: 1\n");
    CHECK(read_input({dir.file("plan.yaml"), "plan.yaml"}) == "format: 1\n");
  }

  TEST_CASE("a device that never ends stops at the input limit")
  {
    for (const char* device : {"/dev/zero", "/dev/urandom"}) {
      CAPTURE(device);
      CHECK_THROWS_WITH_AS(read_input({device, device}),
                           (std::string(device) + ": the input is larger than 8388608 bytes").c_str(), Fatal);
    }
  }

  TEST_CASE("a directory is named as one")
  {
    ScratchDir dir;
    CHECK_THROWS_WITH_AS(read_input({dir.file(""), "plans"}), "plans: is a directory", Fatal);
  }

  TEST_CASE("an empty file name is an error, named by its option when one is given")
  {
    CHECK_THROWS_WITH_AS(read_input({"", ""}), "an empty file name", Fatal);
    CHECK_THROWS_WITH_AS(read_input({"", "--holidays"}), "--holidays: an empty file name", Fatal);
  }

  TEST_CASE("a FIFO that no program writes to is refused after a short wait, not waited for for ever")
  {
    ScratchDir dir;
    std::string fifo = dir.file("fifo");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    auto start = std::chrono::steady_clock::now();
    CHECK_THROWS_WITH_AS(read_input({fifo, "fifo"}), "fifo: no program is writing to this FIFO (waited 2 seconds)",
                         Fatal);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  }

  TEST_CASE("a FIFO whose writer connects just after plan opens it, and writes only after the wait, is read whole")
  {
    ScratchDir dir;
    std::string fifo = dir.file("fifo");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::thread writer([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      int fd = ::open(fifo.c_str(), O_WRONLY);
      if (fd < 0) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(2300)); // connected, silent past the wait
      (void)!::write(fd, "format: 1\n", 10);
      ::close(fd);
    });
    std::string text = read_input({fifo, "fifo"});
    writer.join();
    CHECK(text == "format: 1\n");
  }
}
