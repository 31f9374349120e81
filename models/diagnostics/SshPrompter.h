#pragma once

// The interface an SSH session uses to ask the user something. Called on the session's worker thread,
// it blocks until an answer, a cancel, or its own timeout. SshPromptBroker implements it for the GUI; a
// test may implement it directly when no GUI thread is involved.

#include "diagnostics/SshOptions.h"
#include "diagnostics/SshPrompt.h"

namespace virtdeck {

class SshPrompter
{
public:
    virtual ~SshPrompter() = default;
    // Worker thread. Returns a refused reply when nobody can answer or cancel became true.
    virtual SshPromptReply ask(const SshPrompt &prompt, const CancelFlag &cancel) = 0;
    // Worker thread. Tells the user something they cannot change (a changed host key); never blocks.
    virtual void notify(const SshPrompt &prompt) = 0;
};

} // namespace virtdeck
