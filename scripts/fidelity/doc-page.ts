/**
 * Parses STAR's documentation page for a service (the element tables flattened to text, as kept in
 * spec/source/) into operations and element rows. Cells are paragraphs separated by blank lines;
 * each table row is five cells (element, type, details, occurrence, description) and the depth of
 * an element is the number of leading `-` markers.
 */

export interface ElementRow {
  /** Element names from the table's root row down to this one. */
  path: string[];
  name: string;
  type: string;
  /** Detail lines, e.g. `Length: 1-20`, `Pattern: [0-9]{4}`; empty when the cell is blank. */
  details: string[];
  occurrence: string;
  description: string;
}

export interface DocOperation {
  name: string;
  method: string;
  path: string;
  input: ElementRow[];
  output: ElementRow[];
  faults: { code: number; text: string }[];
}

const OPERATION_HEADING = /^(\w+) \((GET|POST|PUT|DELETE|PATCH) (\/\S+)\)$/;
const TABLE_HEADER = ["Element", "Type", "Detaljer", "Forekomst", "Beskrivelse"];
const FAULT_HEADER = ["Fejlkode", "Fejltekst", "Beskrivelse"];

/** A cell's text with non-breaking spaces folded; a blank cell becomes "". */
function cellText(paragraph: string): string {
  return paragraph.replace(/\u00a0/g, " ").trim();
}

function splitCells(text: string): string[] {
  return text
    .replace(/\r\n/g, "\n")
    .split(/\n[ \t]*\n/)
    .map(cellText);
}

function skipHeader(cells: string[], at: number, header: string[]): number {
  let i = at;
  while (header.every((h, k) => cells[i + k] === h)) i += header.length;
  return i;
}

function parseRows(cells: string[], at: number, stop: string): { rows: ElementRow[]; next: number } {
  const rows: ElementRow[] = [];
  const stack: string[] = [];
  let i = skipHeader(cells, at, TABLE_HEADER);
  while (i < cells.length && cells[i] !== stop) {
    const [element = "", type = "", details = "", occurrence = "", description = ""] = cells.slice(i, i + 5);
    const markers = /^((?:-\s*)*)(.*)$/.exec(element);
    const depth = (markers?.[1] ?? "").split("-").length - 1;
    const name = (markers?.[2] ?? element).trim();
    if (!/^(1|0 - 1)$/.test(occurrence)) {
      throw new Error(`doc page: row "${name}" has occurrence "${occurrence}", expected "1" or "0 - 1"`);
    }
    stack.length = depth;
    stack.push(name);
    rows.push({
      path: [...stack],
      name,
      type,
      details: details === "" ? [] : details.split("\n").map((d) => d.trim()),
      occurrence,
      description,
    });
    i += 5;
  }
  return { rows, next: i + 1 };
}

function parseFaults(cells: string[], at: number): { faults: DocOperation["faults"]; next: number } {
  const faults: DocOperation["faults"] = [];
  let i = skipHeader(cells, at, FAULT_HEADER);
  while (i < cells.length && /^\d+$/.test(cells[i] ?? "")) {
    faults.push({ code: Number(cells[i]), text: cells[i + 1] ?? "" });
    i += 3;
  }
  return { faults, next: i };
}

export function parseDocPage(text: string): DocOperation[] {
  const cells = splitCells(text);
  const operations: DocOperation[] = [];
  for (let i = 0; i < cells.length; i++) {
    const heading = OPERATION_HEADING.exec(cells[i] ?? "");
    if (!heading) continue;
    const inputAt = cells.indexOf("Input", i);
    const input = parseRows(cells, inputAt + 1, "Output");
    const output = parseRows(cells, input.next, "Fejlkoder");
    const faults = parseFaults(cells, output.next);
    operations.push({
      name: heading[1] ?? "",
      method: heading[2] ?? "",
      path: heading[3] ?? "",
      input: input.rows,
      output: output.rows,
      faults: faults.faults,
    });
    i = faults.next - 1;
  }
  return operations;
}
