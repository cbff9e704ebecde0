#!/usr/bin/env node
import { tuneHeap } from "../dist/io/heap-tuning.js";

tuneHeap(process.argv.slice(2));
await import("../dist/main.js");
