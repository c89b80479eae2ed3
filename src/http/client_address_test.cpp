#include "http/client_address.hpp"

#include <gtest/gtest.h>

namespace filet::http {
namespace {

TEST(ClientAddress, WithoutProxyThePeer) { EXPECT_EQ(client_address("10.0.0.2", {"1.2.3.4"}, 0), "10.0.0.2"); }

TEST(ClientAddress, OneProxyTakesWhatItAppended) {
  // A client that sends its own X-Forwarded-For cannot choose its address.
  EXPECT_EQ(client_address("127.0.0.1", {"203.0.113.9"}, 1), "203.0.113.9");
  EXPECT_EQ(client_address("127.0.0.1", {"6.6.6.6, 203.0.113.9"}, 1), "203.0.113.9");
  EXPECT_EQ(client_address("127.0.0.1", {"6.6.6.6", "203.0.113.9"}, 1), "203.0.113.9");
  EXPECT_EQ(client_address("127.0.0.1", {"2001:db8::1"}, 1), "2001:db8::1");
}

TEST(ClientAddress, TwoProxies) {
  EXPECT_EQ(client_address("127.0.0.1", {"6.6.6.6, 203.0.113.9, 10.0.0.5"}, 2), "203.0.113.9");
  EXPECT_EQ(client_address("127.0.0.1", {"203.0.113.9"}, 2), "203.0.113.9");
}

TEST(ClientAddress, GarbageFallsBackToThePeer) {
  EXPECT_EQ(client_address("127.0.0.1", {}, 1), "127.0.0.1");
  EXPECT_EQ(client_address("127.0.0.1", {"not an address"}, 1), "127.0.0.1");
  EXPECT_EQ(client_address("127.0.0.1", {"1.2.3.4, "}, 1), "127.0.0.1");
}

}  // namespace
}  // namespace filet::http
