// fs-native-extensions ships no types; this is the one function Factdesk calls.
declare module 'fs-native-extensions' {
  /** An exclusive open-file-description lock (fcntl F_OFD_SETLK on Linux); false when another holder has it. */
  export function tryLock(fd: number): boolean;
}
