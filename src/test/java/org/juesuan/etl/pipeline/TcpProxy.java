package org.juesuan.etl.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on 127.0.0.1 in front of a server, that can stop forwarding while keeping
 * every connection open: a database that stops answering (a hung server, a network
 * dropping packets), not one that refuses.
 */
final class TcpProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int target;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile boolean forwarding = true;

	TcpProxy(int target) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.target = target;
		daemon(this::accept);
	}

	int port() {
		return server.getLocalPort();
	}

	/** From now on nothing passes either way; the connections stay open. */
	void stopForwarding() {
		forwarding = false;
	}

	private void accept() {
		try {
			while (!server.isClosed()) {
				Socket client = server.accept();
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
				sockets.addAll(List.of(client, upstream));
				daemon(() -> copy(client, upstream));
				daemon(() -> copy(upstream, client));
			}
		}
		catch (IOException closed) {
			// the proxy was closed
		}
	}

	private static void daemon(Runnable work) {
		Thread thread = new Thread(work, "tcp-proxy");
		thread.setDaemon(true);
		thread.start();
	}

	private void copy(Socket from, Socket to) {
		byte[] buffer = new byte[8192];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			for (int n; (n = in.read(buffer)) >= 0;) {
				while (!forwarding) {
					Thread.sleep(50);
				}
				out.write(buffer, 0, n);
				out.flush();
			}
		}
		catch (IOException | InterruptedException e) {
			// a side closed, or the proxy did
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		for (Socket socket : sockets) {
			socket.close();
		}
	}

}
