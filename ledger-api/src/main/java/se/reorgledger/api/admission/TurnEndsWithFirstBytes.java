package se.reorgledger.api.admission;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The response of an admitted read: the read's turn ends as its first bytes are written (or flushed), before the
 * write can block on a client that reads slowly.
 */
final class TurnEndsWithFirstBytes extends HttpServletResponseWrapper {

    private final Turn turn;
    private ServletOutputStream stream;
    private PrintWriter writer;

    TurnEndsWithFirstBytes(HttpServletResponse response, Turn turn) {
        super(response);
        this.turn = turn;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new EndingStream(super.getOutputStream(), turn);
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new EndingWriter(super.getWriter(), turn));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        turn.end();
        super.flushBuffer();
    }

    private static final class EndingStream extends ServletOutputStream {

        private final ServletOutputStream out;
        private final Turn turn;

        EndingStream(ServletOutputStream out, Turn turn) {
            this.out = out;
            this.turn = turn;
        }

        @Override
        public void write(int b) throws IOException {
            turn.end();
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            turn.end();
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            turn.end();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            turn.end();
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }

    private static final class EndingWriter extends Writer {

        private final PrintWriter out;
        private final Turn turn;

        EndingWriter(PrintWriter out, Turn turn) {
            this.out = out;
            this.turn = turn;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            turn.end();
            out.write(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            turn.end();
            out.write(text, offset, length);
        }

        @Override
        public void flush() {
            turn.end();
            out.flush();
        }

        @Override
        public void close() {
            turn.end();
            out.close();
        }
    }
}
