#include "http/http_server.h"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "http/response_serializer.h"

namespace shapeguard::http {
namespace {

using Clock = std::chrono::steady_clock;
using conformance::HttpRequest;
using conformance::HttpResponse;

constexpr std::uint64_t kListenId = 0;
constexpr std::uint64_t kWakeId = 1;
constexpr std::size_t kReadChunk = 64 << 10;
// Bytes read from one connection per wake-up, so that one fast sender cannot starve the
// others.
constexpr std::size_t kReadPerWake = 1 << 20;
constexpr auto kSweepInterval = std::chrono::milliseconds(250);
// After accept fails for want of file descriptors, new connections wait this long.
constexpr auto kAcceptPause = std::chrono::milliseconds(100);

// A closed file descriptor, whatever happens.
struct Fd {
  int fd = -1;
  explicit Fd(int value = -1) : fd(value) {}
  Fd(Fd&& other) noexcept : fd(std::exchange(other.fd, -1)) {}
  Fd& operator=(Fd&& other) noexcept {
    if (this != &other) {
      Close();
      fd = std::exchange(other.fd, -1);
    }
    return *this;
  }
  ~Fd() { Close(); }
  void Close() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

// Many idle clients each hold a descriptor: take every one the hard limit allows.
void RaiseDescriptorLimit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
  }
}

Result<Fd> Listen(const std::string& host, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  addrinfo* found = nullptr;
  std::string where = host + ":" + std::to_string(port);
  int resolved = getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found);
  if (resolved != 0) {
    return Status::Error("cannot listen on " + where + ": " + gai_strerror(resolved));
  }
  std::string last_error = "no address";
  for (addrinfo* address = found; address != nullptr; address = address->ai_next) {
    Fd socket_fd(::socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                          address->ai_protocol));
    if (socket_fd.fd < 0) continue;
    int on = 1;
    setsockopt(socket_fd.fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (::bind(socket_fd.fd, address->ai_addr, address->ai_addrlen) == 0 &&
        ::listen(socket_fd.fd, SOMAXCONN) == 0) {
      freeaddrinfo(found);
      return socket_fd;
    }
    last_error = std::strerror(errno);
  }
  freeaddrinfo(found);
  return Status::Error("cannot listen on " + where + ": " + last_error);
}

int BoundPort(int fd) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) return -1;
  if (address.ss_family == AF_INET6) {
    return ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port);
  }
  return ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port);
}

// An answer the server makes itself (a request it cannot read, a handler that threw).
HttpResponse PlainError(int status, const std::string& message) {
  HttpResponse response;
  response.status = status;
  response.headers["content-type"] = "application/json";
  response.body = nlohmann::json{{"message", message}}.dump();
  return response;
}

struct Connection {
  Fd fd;
  RequestParser parser;
  std::string out;
  std::size_t out_offset = 0;
  bool busy = false;          // its request is with a worker
  bool head_request = false;  // the request in progress is a HEAD
  bool close_after_write = false;
  std::uint32_t events = 0;  // the epoll interest registered now
  Clock::time_point last_active = Clock::now();

  explicit Connection(int fd_value, ParserLimits limits) : fd(fd_value), parser(limits) {}
  bool writing() const { return out_offset < out.size(); }
};

struct Job {
  std::uint64_t connection = 0;
  HttpRequest request;
};

struct Answer {
  std::uint64_t connection = 0;
  HttpResponse response;
};

}  // namespace

struct HttpServer::Impl {
  ServerOptions options;
  Handler handler;
  Fd listen_fd;
  Fd epoll_fd;
  Fd wake_fd;  // an eventfd: workers' answers and Stop wake the loop with it
  int port = 0;
  std::atomic<bool> stopping{false};

  std::unordered_map<std::uint64_t, std::unique_ptr<Connection>> connections;
  std::uint64_t next_id = 2;
  bool accepting = true;
  Clock::time_point accept_resumes{};

  std::mutex mutex;  // guards jobs, answers and workers_done
  std::condition_variable job_ready;
  std::deque<Job> jobs;
  std::vector<Answer> answers;
  bool workers_done = false;
  std::vector<std::thread> workers;

  void Wake() {
    std::uint64_t one = 1;
    [[maybe_unused]] ssize_t written = ::write(wake_fd.fd, &one, sizeof one);
  }

  bool Watch(int fd, std::uint64_t id, std::uint32_t events, int op) {
    epoll_event event{};
    event.events = events;
    event.data.u64 = id;
    return epoll_ctl(epoll_fd.fd, op, fd, &event) == 0;
  }

  void SetInterest(std::uint64_t id, Connection& connection, std::uint32_t events) {
    if (connection.events == events) return;
    connection.events = events;
    Watch(connection.fd.fd, id, events, EPOLL_CTL_MOD);
  }

  void WorkerLoop() {
    while (true) {
      Job job;
      {
        std::unique_lock lock(mutex);
        job_ready.wait(lock, [this] { return workers_done || !jobs.empty(); });
        if (jobs.empty()) return;
        job = std::move(jobs.front());
        jobs.pop_front();
      }
      Answer answer{job.connection, {}};
      try {
        answer.response = handler(job.request);
      } catch (const std::exception& error) {
        answer.response = PlainError(500, std::string("the handler failed: ") + error.what());
      } catch (...) {
        answer.response = PlainError(500, "the handler failed");
      }
      {
        std::lock_guard lock(mutex);
        answers.push_back(std::move(answer));
      }
      Wake();
    }
  }

  void AcceptAll() {
    while (true) {
      int fd = accept4(listen_fd.fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (fd < 0) {
        if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
          // Out of descriptors: pause accepting rather than spin on a ready listen socket.
          Watch(listen_fd.fd, kListenId, 0, EPOLL_CTL_DEL);
          accepting = false;
          accept_resumes = Clock::now() + kAcceptPause;
        }
        return;  // EAGAIN, or a connection that failed before it was taken
      }
      int on = 1;
      setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
      std::uint64_t id = next_id++;
      auto connection = std::make_unique<Connection>(fd, options.limits);
      connection->events = EPOLLIN;
      if (!Watch(fd, id, EPOLLIN, EPOLL_CTL_ADD)) continue;  // the Fd closes it
      connections.emplace(id, std::move(connection));
    }
  }

  void CloseConnection(std::uint64_t id) { connections.erase(id); }

  // Queues the bytes and writes what the socket takes now.
  void Send(std::uint64_t id, Connection& connection, std::string bytes) {
    if (connection.out_offset == connection.out.size()) {
      connection.out = std::move(bytes);
      connection.out_offset = 0;
    } else {
      connection.out.append(bytes);
    }
    Flush(id, connection);
  }

  // Writes buffered bytes; when all are out, closes or goes back to reading. Returns false
  // when the connection was closed.
  bool Flush(std::uint64_t id, Connection& connection) {
    while (connection.writing()) {
      ssize_t sent = ::send(connection.fd.fd, connection.out.data() + connection.out_offset,
                            connection.out.size() - connection.out_offset, MSG_NOSIGNAL);
      if (sent < 0 && errno == EINTR) continue;
      if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        SetInterest(id, connection, EPOLLOUT);
        return true;
      }
      if (sent <= 0) {
        CloseConnection(id);
        return false;
      }
      connection.out_offset += static_cast<std::size_t>(sent);
      connection.last_active = Clock::now();
    }
    connection.out.clear();
    connection.out_offset = 0;
    if (connection.busy) {  // a 100 Continue went out after the body came: wait for the answer
      SetInterest(id, connection, 0);
      return true;
    }
    if (connection.close_after_write) {
      CloseConnection(id);
      return false;
    }
    SetInterest(id, connection, EPOLLIN);
    return true;
  }

  void Dispatch(std::uint64_t id, Connection& connection) {
    connection.busy = true;
    connection.head_request = connection.parser.request().method == "HEAD";
    connection.close_after_write = !connection.parser.keep_alive() || stopping.load();
    // No reading while the answer is made (backpressure); a 100 Continue may still be going out.
    SetInterest(id, connection, connection.writing() ? std::uint32_t{EPOLLOUT} : 0U);
    {
      std::lock_guard lock(mutex);
      jobs.push_back({id, std::move(connection.parser.request())});
    }
    job_ready.notify_one();
    connection.parser.Reset();
  }

  // Acts on what the parser says; returns false when the connection was closed.
  bool Advance(std::uint64_t id, Connection& connection, ParseState state) {
    if (connection.parser.TakeContinueExpected()) {
      Send(id, connection, "HTTP/1.1 100 Continue\r\n\r\n");
      if (connections.find(id) == connections.end()) return false;
    }
    if (state == ParseState::kComplete) {
      Dispatch(id, connection);
      return true;
    }
    if (state == ParseState::kError) {
      connection.close_after_write = true;
      connection.busy = false;
      Send(id, connection,
           SerializeResponse(
               PlainError(connection.parser.error_status(), connection.parser.error_reason()),
               false, true));
      return connections.find(id) != connections.end();
    }
    return true;
  }

  void ReadFrom(std::uint64_t id, Connection& connection) {
    char chunk[kReadChunk];
    std::size_t total = 0;
    while (total < kReadPerWake && !connection.busy && !connection.close_after_write) {
      ssize_t got = ::recv(connection.fd.fd, chunk, sizeof chunk, 0);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
      if (got <= 0) {  // the client closed (or broke) the connection
        CloseConnection(id);
        return;
      }
      total += static_cast<std::size_t>(got);
      connection.last_active = Clock::now();
      ParseState state = connection.parser.Feed(std::string_view(chunk, got));
      if (!Advance(id, connection, state)) return;
    }
  }

  void DeliverAnswers() {
    std::vector<Answer> ready;
    {
      std::lock_guard lock(mutex);
      ready.swap(answers);
    }
    for (Answer& answer : ready) {
      auto found = connections.find(answer.connection);
      if (found == connections.end()) continue;  // the client left before its answer
      Connection& connection = *found->second;
      connection.busy = false;
      if (stopping.load()) connection.close_after_write = true;
      Send(answer.connection, connection,
           SerializeResponse(answer.response, connection.head_request,
                             connection.close_after_write));
      // A pipelined request may already be buffered.
      found = connections.find(answer.connection);
      if (found != connections.end() && !connection.writing() && !connection.busy &&
          connection.parser.has_buffered_bytes()) {
        Advance(answer.connection, connection, connection.parser.Parse());
      }
    }
  }

  void Sweep() {
    Clock::time_point now = Clock::now();
    if (!accepting && now >= accept_resumes && !stopping.load()) {
      accepting = Watch(listen_fd.fd, kListenId, EPOLLIN, EPOLL_CTL_ADD);
    }
    std::vector<std::uint64_t> idle;
    for (const auto& [id, connection] : connections) {
      if (!connection->busy && now - connection->last_active > options.idle_timeout) {
        idle.push_back(id);
      }
    }
    for (std::uint64_t id : idle) CloseConnection(id);
  }

  // Once stopping: true when no answer is being made or written any more.
  bool Drained() const {
    for (const auto& [id, connection] : connections) {
      if (connection->busy || connection->writing()) return false;
    }
    return true;
  }

  void BeginStopping() {
    if (accepting) Watch(listen_fd.fd, kListenId, 0, EPOLL_CTL_DEL);
    accepting = false;
    listen_fd.Close();
    // Connections with nothing in progress go now; the others once answered.
    std::vector<std::uint64_t> quiet;
    for (const auto& [id, connection] : connections) {
      if (!connection->busy && !connection->writing()) quiet.push_back(id);
    }
    for (std::uint64_t id : quiet) CloseConnection(id);
  }

  void StopWorkers() {
    {
      std::lock_guard lock(mutex);
      workers_done = true;
      jobs.clear();
    }
    job_ready.notify_all();
    for (std::thread& worker : workers) worker.join();
    workers.clear();
  }

  void OnEvent(const epoll_event& event) {
    std::uint64_t id = event.data.u64;
    if (id == kListenId) {
      AcceptAll();
      return;
    }
    if (id == kWakeId) {
      std::uint64_t count = 0;
      [[maybe_unused]] ssize_t got = ::read(wake_fd.fd, &count, sizeof count);
      DeliverAnswers();
      return;
    }
    auto found = connections.find(id);
    if (found == connections.end()) return;
    Connection& connection = *found->second;
    if ((event.events & (EPOLLERR | EPOLLHUP)) && !(event.events & EPOLLIN)) {
      CloseConnection(id);
      return;
    }
    if (event.events & EPOLLOUT) {
      if (!Flush(id, connection)) return;
    }
    if ((event.events & EPOLLIN) && !connection.busy) ReadFrom(id, connection);
  }

  bool Loop() {
    std::vector<epoll_event> events(256);
    Clock::time_point last_sweep = Clock::now();
    std::optional<Clock::time_point> drain_deadline;
    while (true) {
      if (stopping.load() && !drain_deadline) {
        BeginStopping();
        drain_deadline = Clock::now() + options.drain_timeout;
      }
      if (drain_deadline && (Drained() || Clock::now() >= *drain_deadline)) return true;
      int ready = epoll_wait(epoll_fd.fd, events.data(), static_cast<int>(events.size()),
                             static_cast<int>(kSweepInterval.count()));
      if (ready < 0 && errno != EINTR) return false;
      for (int i = 0; i < ready; ++i) OnEvent(events[static_cast<std::size_t>(i)]);
      if (Clock::now() - last_sweep >= kSweepInterval) {
        Sweep();
        last_sweep = Clock::now();
      }
    }
  }
};

Result<std::unique_ptr<HttpServer>> HttpServer::Bind(ServerOptions options, Handler handler) {
  RaiseDescriptorLimit();
  Result<Fd> listening = Listen(options.host, options.port);
  if (!listening.ok()) return listening.status();
  auto impl = std::make_unique<Impl>();
  impl->listen_fd = std::move(listening.value());
  impl->port = BoundPort(impl->listen_fd.fd);
  impl->epoll_fd = Fd(epoll_create1(EPOLL_CLOEXEC));
  impl->wake_fd = Fd(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC));
  if (impl->epoll_fd.fd < 0 || impl->wake_fd.fd < 0 ||
      !impl->Watch(impl->listen_fd.fd, kListenId, EPOLLIN, EPOLL_CTL_ADD) ||
      !impl->Watch(impl->wake_fd.fd, kWakeId, EPOLLIN, EPOLL_CTL_ADD)) {
    return Status::Error(std::string("cannot set up the event loop: ") + std::strerror(errno));
  }
  impl->options = std::move(options);
  impl->handler = std::move(handler);
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

HttpServer::~HttpServer() { impl_->StopWorkers(); }

int HttpServer::port() const { return impl_->port; }

bool HttpServer::Run() {
  int count = impl_->options.workers > 0 ? impl_->options.workers : 1;
  for (int i = 0; i < count; ++i) impl_->workers.emplace_back([this] { impl_->WorkerLoop(); });
  bool ok = impl_->Loop();
  impl_->connections.clear();
  impl_->StopWorkers();
  return ok;
}

void HttpServer::Stop() {
  impl_->stopping.store(true);
  impl_->Wake();
}

}  // namespace shapeguard::http
