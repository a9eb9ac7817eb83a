// The reference emulator on a TCP port (cpp-httplib).
#ifndef SHAPEGUARD_CONFORMANCE_EMULATOR_SERVER_H_
#define SHAPEGUARD_CONFORMANCE_EMULATOR_SERVER_H_

#include <memory>
#include <string>

#include "emulator/emulator.h"
#include "shapeguard/result.h"

namespace shapeguard::emulator {

// Puts an Emulator on host:port. Bind, then Run on one thread; Stop from any other thread
// (or a signal-watching one) ends Run.
class EmulatorServer {
 public:
  // Binds host:port; port 0 takes a free port (port() tells which). Fails when the address
  // cannot be bound. `emulator` must outlive the server.
  static Result<std::unique_ptr<EmulatorServer>> Bind(Emulator& emulator, const std::string& host,
                                                      int port);
  ~EmulatorServer();
  EmulatorServer(const EmulatorServer&) = delete;
  EmulatorServer& operator=(const EmulatorServer&) = delete;

  int port() const { return port_; }

  // Serves until Stop is called; false when the server failed.
  bool Run();

  // Makes Run return after the requests in progress; safe from another thread. Clients
  // holding a kept-alive connection are waited for until they close it or it times out
  // (cpp-httplib's keep-alive timeout, 5 seconds).
  void Stop();

 private:
  struct Impl;
  EmulatorServer(std::unique_ptr<Impl> impl, int port);

  std::unique_ptr<Impl> impl_;
  int port_;
};

}  // namespace shapeguard::emulator

#endif  // SHAPEGUARD_CONFORMANCE_EMULATOR_SERVER_H_
