// Opens a DuckDB file read-only with DuckDB's own Node.js client and prints the rows of one
// query as JSON: node query.mjs <database> <sql>
import { DuckDBInstance } from '@duckdb/node-api';

const [database, sql] = process.argv.slice(2);
const instance = await DuckDBInstance.create(database, { access_mode: 'READ_ONLY' });
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql);
const version = (await connection.runAndReadAll('SELECT version() AS v')).getRowObjectsJson()[0].v;
process.stdout.write(JSON.stringify({ version, rows: reader.getRowObjectsJson() }));
connection.closeSync();
