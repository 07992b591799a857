// Prints N free TCP ports (default 2) as a JSON array, e.g. [41327,38911], for playwright.config.ts.
// Each port is found by listening on port 0 (the system picks a free one) on every interface, as
// `next start` does; all N stay open until all are found, so they differ. Run synchronously by the config
// (execFileSync), which cannot await. Another process may take a port before the server binds it; the
// window is the server's start-up, and Playwright then fails loudly instead of testing the wrong server.
import net from "node:net";

const count = Number(process.argv[2] ?? 2);
if (!Number.isInteger(count) || count < 1 || count > 16) {
  console.error(`free-ports: the count must be an integer from 1 to 16, got ${process.argv[2]}`);
  process.exit(2);
}

function listen() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, () => resolve(server));
  });
}

const servers = [];
for (let i = 0; i < count; i++) servers.push(await listen());
const ports = servers.map((s) => s.address().port);
await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
process.stdout.write(`${JSON.stringify(ports)}\n`);
