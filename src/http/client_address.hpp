#pragma once
// Who the client is, when requests come through reverse proxies.
#include <string>
#include <string_view>
#include <vector>

namespace filet::http {

// The client's address. Without trusted proxies (`hops` 0) it is the peer of the connection.
// Behind `hops` trusted proxies, each of which appends the address it saw to X-Forwarded-For,
// it is the entry the outermost trusted proxy appended: the hops-th from the right. Entries on
// its left came from the client and are never trusted. `forwarded_for` holds the values of every
// X-Forwarded-For header, in order.
std::string client_address(std::string_view peer, const std::vector<std::string_view>& forwarded_for, unsigned hops);

}  // namespace filet::http
