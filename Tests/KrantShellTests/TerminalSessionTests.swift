import Foundation
import CPseudoTerminal
import Glibc
import Testing
import KrantTestSupport

extension ProcessTests {
/// krant at a real pseudo-terminal: libedit editing, Tab, history across runs, Ctrl-C and Ctrl-D.
@Suite("The prompt at a terminal")
struct TerminalSessionTests {
    let temporary = TemporaryFolders()

    /// A running krant whose standard input, output and error are a pseudo-terminal.
    final class TerminalSession {
        let process = Process()
        let master: Int32
        private(set) var screen = ""

        init(stateDirectory: String, home: String? = nil, environment: [String: String] = [:]) throws {
            var master: Int32 = -1, slaveDescriptor: Int32 = -1
            guard krant_openpty(&master, &slaveDescriptor) == 0 else { throw POSIXError(.ENODEV) }
            self.master = master
            let slave = FileHandle(fileDescriptor: slaveDescriptor, closeOnDealloc: true)
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
            process.arguments = ["--ctty", "--wait", ShellFixtures.binary]
            process.currentDirectoryURL = ShellFixtures.root
            process.environment = ["TERM": "xterm", "LANG": "C.UTF-8", "EDITRC": "/dev/null", "HOME": home ?? stateDirectory,
                                   "XDG_STATE_HOME": stateDirectory, "PATH": "/usr/bin:/bin"].merging(environment) { $1 }
            process.standardInput = slave
            process.standardOutput = slave
            process.standardError = slave
            try process.run()
            try slave.close()
        }

        /// Waits for the next prompt, since libedit discards what is typed before it takes the terminal.
        func typeAtPrompt(_ keys: String, after start: String.Index) {
            waitFor("krant> ", after: start)
            waitForRawMode()
            type(keys)
        }

        /// libedit draws the prompt just before it takes the terminal out of line mode; a control key typed in
        /// between is handled by the terminal, not by libedit. The pair shares one termios, so watch it.
        func waitForRawMode() {
            let deadline = Date().addingTimeInterval(5)
            var settings = termios()
            while Date() < deadline && process.isRunning {
                if tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) == 0 { return }
                usleep(5_000)
            }
        }

        /// Resizes the terminal, as a user dragging the window does; the kernel sends krant SIGWINCH.
        func resize(columns: UInt16, rows: UInt16 = 24) {
            var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        }

        func type(_ keys: String) {
            _ = keys.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
        }

        /// Reads until `text` is on screen after `start`, or five seconds pass.
        @discardableResult
        func waitFor(_ text: String, after start: String.Index? = nil, timeout: TimeInterval = 5) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if screen[(start ?? screen.startIndex)...].contains(text) { return true }
                var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&descriptor, 1, 100) > 0 else { continue }
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { break }
                screen += String(decoding: buffer[..<count], as: UTF8.self)
            }
            return screen[(start ?? screen.startIndex)...].contains(text)
        }

        var end: String.Index { screen.endIndex }

        /// Presses Ctrl-D at the prompt until krant exits. A key that arrives in the instant between the prompt
        /// being drawn and libedit taking the terminal is lost, so it is pressed again if need be.
        func pressControlDUntilExit() -> Int32 {
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline {
                waitForRawMode()
                type("\u{04}")
                waitFor("\u{0}", timeout: 0.5)
            }
            if process.isRunning {
                // setsid waits for krant, its child: end both, so a failing test cannot hang the run.
                let children = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/task/\(process.processIdentifier)/children", encoding: .utf8)) ?? ""
                for child in children.split(separator: " ").compactMap({ Int32($0) }) { kill(child, SIGKILL) }
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            close(master)
            return process.terminationStatus
        }
    }

    @Test func tabCompletionHistoryInterruptAndEnd() throws {
        let state = try temporary.make("tty").path
        let first = try TerminalSession(stateDirectory: state)
        #expect(first.waitFor("krant> "))
        var mark = first.end
        first.typeAtPrompt("articles where act\t", after: first.screen.startIndex)
        // libedit rings the bell for a unique match and redraws only what it inserts.
        #expect(first.waitFor("or ", after: mark), "\(first.screen.debugDescription)")
        first.type(" = \"Stolt\t")
        #expect(first.waitFor("enberg\"", after: mark), "\(first.screen.debugDescription)")
        mark = first.end
        first.type(" | count\r")
        #expect(first.waitFor("\r\n3\r\n", after: mark), "the completed statement ran")
        first.typeAtPrompt("articles wh\u{03}", after: mark)
        mark = first.end
        first.typeAtPrompt("articles | count\r", after: mark)
        #expect(first.waitFor("\r\n5\r\n", after: mark), "Ctrl-C dropped the half-typed line")
        first.waitFor("krant> ", after: first.screen.range(of: "\r\n5\r\n", options: .backwards)?.upperBound ?? first.end)
        #expect(first.pressControlDUntilExit() == 0, "\(first.screen.debugDescription)")

        let history = try String(contentsOfFile: state + "/krant/history", encoding: .utf8)
        #expect(history.contains("Stoltenberg"))

        let second = try TerminalSession(stateDirectory: state)
        #expect(second.waitFor("krant> "))
        mark = second.end
        second.typeAtPrompt("\u{1B}[A\u{1B}[A", after: second.screen.startIndex)
        #expect(second.waitFor("| count", after: mark), "Up recalls the previous run's history")
        mark = second.end
        second.type("\r")
        #expect(second.waitFor("\r\n3\r\n", after: mark))
        second.waitFor("krant> ", after: second.screen.range(of: "\r\n3\r\n", options: .backwards)?.upperBound ?? second.end)
        #expect(second.pressControlDUntilExit() == 0, "\(second.screen.debugDescription)")
    }

    @Test func aWindowResizedWhileResultsPrintGetsTablesThatFitItsNewWidth() throws {
        let state = try temporary.make("tty").path
        let session = try TerminalSession(stateDirectory: state)
        session.resize(columns: 120)
        #expect(session.waitFor("krant> "))
        session.typeAtPrompt("sentences\r", after: session.screen.startIndex)
        #expect(session.waitFor("000_7d7a", after: session.screen.startIndex))
        let rows = session.screen.range(of: "000_7d7a")!.upperBound
        session.resize(columns: 40)
        #expect(session.waitFor("krant> ", after: rows))
        let mark = session.end
        session.waitForRawMode()
        session.type("articles | select id, title\r")
        #expect(session.waitFor("004_", after: mark))
        session.waitFor("krant> ", after: session.screen.range(of: "004_", options: .backwards)?.upperBound ?? session.end)
        let table = session.screen[mark...].components(separatedBy: "\r\n").dropFirst().dropLast()
        #expect(table.count >= 6)
        #expect(table.allSatisfy { $0.count <= 40 }, "\(table)")
        #expect(session.pressControlDUntilExit() == 0)
    }

    @Test func aDamagedHistoryFileIsKeptAsideAndThePromptWorks() throws {
        let state = try temporary.make("tty").path
        try FileManager.default.createDirectory(atPath: state + "/krant", withIntermediateDirectories: true)
        let damage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        try damage.write(to: URL(fileURLWithPath: state + "/krant/history"))
        let session = try TerminalSession(stateDirectory: state)
        #expect(session.waitFor("was damaged; it is kept as"))
        session.typeAtPrompt("articles | count\r", after: session.screen.startIndex)
        #expect(session.waitFor("\r\n5\r\n"))
        session.waitFor("krant> ", after: session.screen.range(of: "\r\n5\r\n")?.upperBound ?? session.end)
        #expect(session.pressControlDUntilExit() == 0)
        #expect(FileManager.default.contents(atPath: state + "/krant/history.damaged") == damage)
        #expect(try String(contentsOfFile: state + "/krant/history", encoding: .utf8) == "articles | count\n")
    }

    @Test func aHistoryFileThatCannotBeMadeIsOnlyAWarning() throws {
        let session = try TerminalSession(stateDirectory: "/dev/null/state", home: "/dev/null")
        #expect(session.waitFor("warning: cannot make '/dev/null/state/krant'; history is kept for this session only"))
        session.typeAtPrompt("articles | count\r", after: session.screen.startIndex)
        #expect(session.waitFor("\r\n5\r\n"))
        session.waitFor("krant> ", after: session.screen.range(of: "\r\n5\r\n")?.upperBound ?? session.end)
        #expect(session.pressControlDUntilExit() == 0)
    }

    @Test func unfinishedLinesContinueAndCompletionKnowsAnalysisColumns() throws {
        let session = try TerminalSession(stateDirectory: try temporary.make("tty").path)
        #expect(session.waitFor("krant> "))
        session.typeAtPrompt("articles where\r", after: session.screen.startIndex)
        #expect(session.waitFor("   ...> "), "a line ending in 'where' goes on")
        var mark = session.end
        session.waitForRawMode()
        session.type("actor = \"NAVO\" | count\r")
        #expect(session.waitFor("\r\n4\r\n", after: mark), "\(session.screen.debugDescription)")
        mark = session.end
        session.typeAtPrompt("articles | kwic \"NAVO\" | select ri\t", after: mark)
        // libedit redraws only what it inserts.
        #expect(session.waitFor("ght ", after: mark), "\(session.screen.debugDescription)")
        session.type("| limit 1\r")
        #expect(session.waitFor("(1 hit)", after: mark))
        session.waitFor("krant> ", after: session.screen.range(of: "(1 hit)", options: .backwards)?.upperBound ?? session.end)
        #expect(session.pressControlDUntilExit() == 0)
    }

    @Test func aTallResultGoesThroughThePagerAndALongOneIsCut() throws {
        let paged = try temporary.make("pager").appending("paged.txt")
        let session = try TerminalSession(stateDirectory: try temporary.make("tty").path, environment: ["PAGER": "cat > '\(paged)'"])
        session.resize(columns: 100, rows: 24)
        #expect(session.waitFor("krant> "))
        session.typeAtPrompt("sentences | select article\r", after: session.screen.startIndex)
        #expect(session.waitFor("40 shown: the first 20 and the last 20"), "the row cap of the prompt")
        var mark = session.end
        session.typeAtPrompt(".pager on\r", after: mark)
        mark = session.end
        session.typeAtPrompt("sentences | select article\r", after: mark)
        let footer = "(\(ShellFixtures.corpus.sentences.count) sentences)"
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, !((try? String(contentsOfFile: paged, encoding: .utf8))?.contains(footer) ?? false) {
            session.waitFor("\u{0}", timeout: 0.1)
        }
        // The pager gets colours as the terminal does; less -R shows them.
        #expect((try? String(contentsOfFile: paged, encoding: .utf8))?.contains(footer) == true, "the pager got every row")
        session.waitFor("krant> ", after: mark)
        #expect(!session.screen[mark...].contains("004_"), "and the screen none of them")
        #expect(session.pressControlDUntilExit() == 0)
    }

    @Test func controlCStopsPrintingAndThePromptComesBack() throws {
        let session = try TerminalSession(stateDirectory: try temporary.make("tty").path)
        #expect(session.waitFor("krant> "))
        session.typeAtPrompt(".maxrows 0\r", after: session.screen.startIndex)
        var mark = session.end
        session.typeAtPrompt(".format record\r", after: mark)
        mark = session.end
        session.typeAtPrompt("mentions | select actor, form, kind, date, article, segment, sentence\r", after: mark)
        // Nothing is read for a while, so the terminal's buffer fills and krant waits to write.
        usleep(500_000)
        session.type("\u{03}")
        #expect(session.waitFor("(printing stopped: ", after: mark, timeout: 10), "\(session.screen.suffix(300).debugDescription)")
        #expect(!session.screen[mark...].contains("-[ \(ShellFixtures.corpus.mentions.count) ]"), "the last rows were never printed")
        mark = session.end
        session.typeAtPrompt("articles | count\r", after: mark)
        #expect(session.waitFor("\r\n5\r\n", after: mark))
        session.waitFor("krant> ", after: session.screen.range(of: "\r\n5\r\n", options: .backwards)?.upperBound ?? session.end)
        #expect(session.pressControlDUntilExit() == 0)
    }
}
}
