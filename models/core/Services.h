#pragma once

// The long-lived objects of one running virtdeck, created by Application (or by a test) and handed to
// pages and features as plain pointers; owned by their creator, never by the receiver.

namespace virtdeck {

class Config;
class ConnectionManager;
class OperationQueue;
class ServerListModel;

struct Services
{
    Config *config = nullptr;
    ConnectionManager *connections = nullptr;
    OperationQueue *operations = nullptr;
    ServerListModel *servers = nullptr;
};

} // namespace virtdeck
