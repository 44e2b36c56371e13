import { MAX_BULK_LINES, MAX_FILE_BYTES } from './limits';
import { i18n } from '#i18n';
import { formatNumber } from '@/lib/format/date';

export interface DecodedFile {
  text: string;
  encoding: 'UTF-8' | 'UTF-16' | 'Windows-1252';
  /** Said to the user when the encoding was a guess. */
  note?: string;
  error?: string;
}

/**
 * A chosen file's bytes as text. UTF-8 is tried strictly; a file that is not valid UTF-8 (Excel's "CSV" on
 * Windows, say) is read as Windows-1252 and the user is told, since that is a guess. UTF-16 is taken from its BOM.
 */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = formatNumber(bytes.length / 1024 / 1024, 1);
    return {
      text: '',
      encoding: 'UTF-8',
      error: i18n.t('bulk.fileTooBig', { mb, max: formatNumber(MAX_BULK_LINES) }),
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'Windows-1252',
      note: i18n.t('bulk.notUtf8'),
    };
  }
}
