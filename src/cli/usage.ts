/** The `--help` text; the README quotes it verbatim (a test keeps them equal). */
export const USAGE = `Usage: kcnawatch-parse [options] <input...>

Parse KCNA Watch page dumps (text, reader markdown or saved HTML) into records:
one per input, in input order, with nothing dropped.

Inputs:
  FILE                    a page dump
  FOLDER                  the files under it with an extension in --ext,
                          in name order
  -                       standard input
  --input pages|jsonl     each input is one page (default), or a JSONL corpus
                          of one JSON object per line
  --field NAME            JSONL field holding the page (default: html)
  --url-field NAME        JSONL field holding the page address (default: url)
  --ext LIST              extensions read from folders, comma-separated
                          (default: txt,md,html,htm; for JSONL: jsonl,ndjson)

Output:
  --format jsonl|json|csv record format (default: jsonl)
  --out FILE              write records to FILE, not standard output
  --pretty                indent the JSON (--format json)
  --unordered             write records as pages finish, not in input order

Parsing:
  --strict                treat every warning as an error
  --dedupe                keep the first capture of each article (same
                          article.id); later captures get a record naming it
  --jobs N                worker threads (default: available parallelism);
                          1 parses in this process
  --page-timeout SECONDS  time limit per page (default: 5)

Corpora across runs and machines:
  --shard K/N             process only the K-th of N fixed partitions of
                          the inputs
  --resume                skip inputs already recorded in --out; append
                          the rest

Reporting:
  --fail-on errors|warnings|never
                          what makes the exit code 1 (default: errors)
  --quiet                 no progress bar and no summary on stderr
  -h, --help              show this help
  --version               show the version

Exit codes: 0 all inputs parsed, 1 some failed (see --fail-on), 2 usage error,
130 interrupted.
`;
