// A 127.0.0.1 port that refuses connections for as long as a test holds it. A port found free and left
// alone can be taken by any server the suite starts meanwhile (then a "connection refused" test gets
// that server's answer); this one cannot: it is the local end of an open connection, so the system
// refuses every connection to it (nothing listens there) and lets no one listen there (EADDRINUSE).
import { type AddressInfo, connect, createServer, type Socket } from "node:net";

export interface ClosedPort {
  port: number;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Ends the connection that holds the port. */
  release(): Promise<void>;
}

export async function holdClosedPort(): Promise<ClosedPort> {
  const accepted: Socket[] = [];
  const listener = createServer((socket) => {
    socket.on("error", () => undefined);
    accepted.push(socket);
  });
  await new Promise<void>((resolve, reject) => {
    listener.once("error", reject);
    listener.listen(0, "127.0.0.1", resolve);
  });
  const holder = connect((listener.address() as AddressInfo).port, "127.0.0.1");
  holder.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => {
    holder.once("connect", resolve);
    holder.once("error", reject);
  });
  const port = holder.localPort;
  if (port === undefined) throw new Error("The connection holding a closed port has no local port.");
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    async release() {
      holder.destroy();
      for (const socket of accepted) socket.destroy();
      await new Promise((resolve) => listener.close(resolve));
    },
  };
}
