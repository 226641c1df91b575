@preconcurrency import Glibc
import Synchronization

private let pendingInterrupt = Atomic<Bool>(false)

/// Ctrl-C and Ctrl-\ handling: a flag the prompt checks, instead of the process dying.
public enum Interrupts {
    /// SIGPIPE is ignored so that a closed pipe ends output quietly (the writer sees the error and exits).
    public static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Installs the handlers for the prompt; a process started from a test runner may inherit blocked
    /// signals, so they are unblocked first.
    public static func install() {
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&unblock, signal) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in pendingInterrupt.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a read in progress returns, so the prompt sees the interrupt at once.
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        sigaction(SIGQUIT, &action, nil)
    }

    /// Whether Ctrl-C was pressed since the flag was last cleared, without clearing it.
    public static var isPending: Bool {
        pendingInterrupt.load(ordering: .relaxed)
    }

    /// Whether an interrupt arrived since the last check; clears it.
    public static func takePending() -> Bool {
        pendingInterrupt.exchange(false, ordering: .relaxed)
    }

    public static func clear() {
        pendingInterrupt.store(false, ordering: .relaxed)
    }
}

/// Facts about the terminal.
public enum Terminal {
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Columns of the terminal on standard output, or nil when it is not one.
    public static func width() -> Int? {
        size()?.columns
    }

    /// Columns and rows of the terminal on standard output, or nil when it is not one.
    public static func size() -> (columns: Int, rows: Int)? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }
}
