/// <reference lib="dom.asynciterable" />
/**
 * The lab's folders in the origin-private file system: `browser-lab/<stage>/checkpoint-<step>/`
 * (written by the trainers through core's `opfs:` storage), `lab-state.json` and `report.json`.
 * Core lists and prunes checkpoint folders on local disks only; this does it for OPFS.
 */
import { OPTIMIZER_FILE, opfsStorage, type Storage } from '@stagecoach/core';

/** The lab's root folder in OPFS. */
export const LAB_ROOT = 'browser-lab';

/** The storage location a stage's trainer writes to (`opfs:browser-lab/<stage>`). */
export function stageLocation(stage: string): string {
  return `opfs:${LAB_ROOT}/${stage}`;
}

/** The lab's root as a core storage (for its JSON files). */
export function labStorage(): Storage {
  return opfsStorage(LAB_ROOT);
}

async function folder(parts: readonly string[]): Promise<FileSystemDirectoryHandle | undefined> {
  let handle = await navigator.storage.getDirectory();
  for (const part of parts) {
    try {
      handle = await handle.getDirectoryHandle(part);
    } catch {
      return undefined;
    }
  }
  return handle;
}

async function hasFile(dir: FileSystemDirectoryHandle, name: string): Promise<boolean> {
  try {
    await dir.getFileHandle(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * Steps of a stage's complete checkpoints, ascending. OPFS writes a checkpoint file by file, the
 * optimizer state last, so a folder without it was cut short by a closed tab and does not count.
 */
export async function checkpointSteps(stage: string): Promise<number[]> {
  const dir = await folder([LAB_ROOT, stage]);
  if (dir === undefined) return [];
  const steps: number[] = [];
  for await (const [name, handle] of dir.entries()) {
    const match = /^checkpoint-(\d+)$/.exec(name);
    if (match !== null && handle.kind === 'directory' && (await hasFile(handle as FileSystemDirectoryHandle, OPTIMIZER_FILE))) steps.push(Number(match[1]));
  }
  return steps.sort((a, b) => a - b);
}

/** The stage's latest complete checkpoint as an `opfs:` location, or undefined when it has none. */
export async function latestCheckpoint(stage: string): Promise<{ location: string; step: number } | undefined> {
  const step = (await checkpointSteps(stage)).at(-1);
  return step === undefined ? undefined : { location: `${stageLocation(stage)}/checkpoint-${step}`, step };
}

/** Removes all but the newest `keep` complete checkpoints of a stage, and incomplete ones older than those. */
export async function pruneCheckpoints(stage: string, keep: number): Promise<void> {
  const dir = await folder([LAB_ROOT, stage]);
  if (dir === undefined) return;
  const kept = new Set((await checkpointSteps(stage)).slice(-keep));
  const newest = Math.max(...kept);
  const names: string[] = [];
  for await (const name of dir.keys()) {
    const match = /^checkpoint-(\d+)$/.exec(name);
    if (match !== null && !kept.has(Number(match[1])) && Number(match[1]) < newest) names.push(name);
  }
  for (const name of names) await dir.removeEntry(name, { recursive: true });
}

/** Deletes the whole lab (every stage's checkpoints, the state and the report). */
export async function removeLab(): Promise<void> {
  const root = await navigator.storage.getDirectory();
  await root.removeEntry(LAB_ROOT, { recursive: true }).catch((error: unknown) => {
    if ((error as { name?: string }).name !== 'NotFoundError') throw error;
  });
}

/** Every file under a stage's checkpoint folder, with paths relative to it ('adapter/adapter_config.json'). */
export async function checkpointFiles(stage: string, step: number): Promise<{ path: string; bytes: Uint8Array }[]> {
  const dir = await folder([LAB_ROOT, stage, `checkpoint-${step}`]);
  if (dir === undefined) return [];
  const files: { path: string; bytes: Uint8Array }[] = [];
  async function walk(handle: FileSystemDirectoryHandle, prefix: string): Promise<void> {
    for await (const [name, entry] of handle.entries()) {
      if (entry.kind === 'directory') await walk(entry as FileSystemDirectoryHandle, `${prefix}${name}/`);
      else files.push({ path: `${prefix}${name}`, bytes: new Uint8Array(await (await (entry as FileSystemFileHandle).getFile()).arrayBuffer()) });
    }
  }
  await walk(dir, '');
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
