#!/usr/bin/env node
// The benchmark's baseline: a bare node:http server doing the least any server of this contract
// must: read the body, JSON.parse it, remember the x-requestId in a Set (412 for a replay) and
// answer GetFlexjob case 1's body, serialised once at start. `node bare-server.js <port> <host>`.
"use strict";
const http = require("node:http");
const { readFileSync } = require("node:fs");
const path = require("node:path");

const body = JSON.stringify(
  JSON.parse(readFileSync(path.join(__dirname, "..", "..", "server", "sandbox", "cases", "case-1-offer.json"), "utf8")),
);
const seen = new Set();

http
  .createServer((req, res) => {
    let text = "";
    req.setEncoding("utf8").on("data", (chunk) => (text += chunk));
    req.on("end", () => {
      JSON.parse(text);
      const id = req.headers["x-requestid"];
      if (seen.has(id)) return res.writeHead(412).end();
      seen.add(id);
      res.writeHead(200, { "content-type": "application/json", "x-requestId": id }).end(body);
    });
  })
  .listen(Number(process.argv[2]), process.argv[3]);
