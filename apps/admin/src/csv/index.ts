export { toCsv, csvField, csvFileName } from './csv';
export type { CsvColumn, CsvValue } from './csv';
export { DownloadCsvLink } from './download-csv-link';
