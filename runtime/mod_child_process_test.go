package runtime

import (
	"strings"
	"testing"
)

func TestChildProcessSpawnEvents(t *testing.T) {
	res, err := runFiles(t, map[string]string{"main.ts": `
import { spawn, spawnSync, execSync } from "node:child_process";
const log: string[] = [];
const c = spawn("cat");
let out = "";
c.stdout.setEncoding("utf8");
c.stdout.on("data", (d) => (out += d));
c.on("spawn", () => log.push("spawn"));
c.on("exit", (code) => log.push("exit " + code));
c.on("close", (code) => {
  log.push("close " + code);
  console.log(log.join(","), JSON.stringify(out));
  // Inherited output goes through the loop into the host's writer.
  const q = spawn("sh", ["-c", "echo inherited; echo e >&2"], { stdio: "inherit" });
  q.on("close", (code) => console.log("inherit", code));
});
for (let i = 0; i < 50; i++) c.stdin.write("x".repeat(1000) + "\n");
c.stdin.end();
const r = spawnSync("sh", ["-c", "echo sync; exit 7"], { encoding: "utf8" });
console.log(r.status, r.stdout.trim(), execSync("echo e", { encoding: "utf8" }).trim());
const m = spawnSync("nosuchcmd");
console.log(m.error.code, m.error.errno, m.error.syscall);
`}, "main.ts")
	if err != nil {
		t.Fatal(err)
	}
	want := "7 sync e\nENOENT -2 spawnSync nosuchcmd\n"
	if !strings.HasPrefix(res.stdout, want) {
		t.Fatalf("stdout = %q", res.stdout)
	}
	rest := strings.TrimPrefix(res.stdout, want)
	line := "spawn,exit 0,close 0 \"" + strings.Repeat(strings.Repeat("x", 1000)+"\\n", 50) + "\"\ninherited\ninherit 0\n"
	if rest != line {
		t.Fatalf("async output = %q", rest[len(rest)-200:])
	}
	if res.stderr != "e\n" || res.code != 0 {
		t.Fatalf("stderr %q code %d", res.stderr, res.code)
	}
}

func TestChildProcessKillKeepsLoopUntilClose(t *testing.T) {
	res, err := runFiles(t, map[string]string{"main.ts": `
import { spawn, exec } from "node:child_process";
const s = spawn("sleep", ["30"]);
s.on("close", (code, sig) => console.log("close", code, sig, s.killed));
setTimeout(() => console.log("kill", s.kill("SIGKILL")), 20);
exec("exit 3", (err) => console.log("exec", err?.code, err?.message.trim()));
`}, "main.ts")
	if err != nil {
		t.Fatal(err)
	}
	if res.stdout != "exec 3 Command failed: exit 3\nkill true\nclose null SIGKILL true\n" {
		t.Fatalf("stdout = %q stderr = %q", res.stdout, res.stderr)
	}
}

func TestChildProcessTimeoutDoesNotWaitForGrandchild(t *testing.T) {
	res, err := runFiles(t, map[string]string{"main.ts": `
import { spawnSync, exec } from "node:child_process";
const t0 = Date.now();
const r = spawnSync("sh", ["-c", "sleep 3; echo late"], { timeout: 100 });
console.log(r.error?.code, r.signal, Date.now() - t0 < 2000);
const t1 = Date.now();
exec("sh -c 'sleep 3'; echo late", { timeout: 100 }, (err) => {
  console.log(err?.killed, err?.signal, Date.now() - t1 < 2000);
});
`}, "main.ts")
	if err != nil {
		t.Fatal(err)
	}
	if res.stdout != "ETIMEDOUT SIGTERM true\ntrue SIGTERM true\n" {
		t.Fatalf("stdout = %q stderr = %q", res.stdout, res.stderr)
	}
}
