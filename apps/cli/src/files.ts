// Reading the user's input files and writing output files, with failures as coded errors naming the file.
import { readFile, writeFile } from 'node:fs/promises';
import { DomainError } from '@logipilot/domain';

export async function readInputFile(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch {
    throw new DomainError('CLI_FILE_NOT_READABLE', { params: { file } });
  }
}

export async function writeOutputFile(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(file, bytes);
  } catch {
    throw new DomainError('CLI_FILE_NOT_WRITABLE', { params: { file } });
  }
}
