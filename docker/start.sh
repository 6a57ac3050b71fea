#!/usr/bin/env bash
# Starts the service as `java @jvm.options -jar quarkus-run.jar`, with a dynamic AppCDS archive of every class
# a start loads (the Dockerfile's entrypoint; src/main/scripts/benchmark.sh starts the service with it too).
#
# Quarkus's own archive (app-cds.jsa, built at packaging) holds only the classes loaded during static init,
# about 45% of those a start loads; an archive of all of them needs a start against the database, which an
# image build does not have. So the first start of a deployment records one when the service stops
# (-XX:ArchiveClassesAtExit), and later starts use it. Both are measured in src/docs/benchmarks.md.
#
# Never a reason not to start: the JVM checks an archive (JDK, class path, jar sizes and times) and runs
# without it when it does not match (-Xshare:auto, the default), and a stamp of the JDK, the application's
# files and the flags, written beside the archive, makes a new build, JDK or set of flags record a fresh one
# instead of starting without it. A recording that did not finish (the process killed) leaves no archive.
#
# Environment:
#   CDS_DIR      where the archive is kept (default /deployments/cds; a volume keeps it across containers).
#                Empty, or not writable: no recording, Quarkus's archive as before.
#   JVM_OPTIONS  the flags file (default jvm.options beside quarkus-run.jar)
#   APP_DIR      the quarkus-app folder (default: the working directory)
# Arguments are passed to java before -jar (JAVA_TOOL_OPTIONS works as usual). With --check first, nothing is
# started: the exit status is 0 when a start with these arguments would use a recorded archive, 1 when it would record.
set -uo pipefail

CHECK=0
if [[ ${1:-} == --check ]]; then CHECK=1; shift; fi

APP_DIR=${APP_DIR:-$PWD}
OPTIONS=${JVM_OPTIONS:-$APP_DIR/jvm.options}
CDS_DIR=${CDS_DIR-/deployments/cds}
JAR=$APP_DIR/quarkus-run.jar
PACKAGED=$APP_DIR/app-cds.jsa

run() { exec java "@$OPTIONS" "$@" -jar "$JAR"; }
run_packaged() { # Quarkus's archive when it is there, else none
  if [[ -f $PACKAGED ]]; then run -XX:SharedArchiveFile="$PACKAGED" "$@"; fi
  run "$@"
}

if [[ -z $CDS_DIR ]] || ! mkdir -p "$CDS_DIR" 2>/dev/null || [[ ! -w $CDS_DIR ]]; then
  [[ $CHECK == 1 ]] && exit 0 # nothing to record
  run_packaged "$@"
fi
ARCHIVE=$CDS_DIR/app-all.jsa

# What the archive depends on: the JDK's files, the application's files (sizes and times), the flags.
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
stamp=$({
  find "$java_home/lib" -maxdepth 2 \( -name modules -o -name libjvm.so -o -name classes.jsa \) -printf '%p %s %T@\n' 2>/dev/null | sort
  find "$APP_DIR" -type f ! -name 'app-all.jsa*' -printf '%P %s %T@\n' | sort
  cat "$OPTIONS"
  printf '%s\n' "$@" "${JAVA_TOOL_OPTIONS:-}"
} | cksum)

current=0
[[ -s $ARCHIVE && "$(cat "$ARCHIVE.stamp" 2>/dev/null)" == "$stamp" ]] && current=1
if [[ $CHECK == 1 ]]; then # start.sh --check: exit 0 when the archive is current (src/main/scripts/benchmark.sh asks before timing)
  exit $(( 1 - current ))
fi
if [[ $current == 1 ]]; then
  run -XX:SharedArchiveFile="$ARCHIVE" "$@"
fi
# A recording start has only the JDK's archive (a dynamic archive cannot sit on Quarkus's, itself dynamic), so it
# is slower than a start with Quarkus's: after two recordings that left nothing (stopped by SIGKILL before the
# archive was written: give the stop a few seconds more, see below), start as before and record no more.
tries=$(grep -c -x -F "$stamp" "$ARCHIVE.tries" 2>/dev/null)
if (( ${tries:-0} >= 2 )); then
  run_packaged "$@"
fi
printf '%s\n' "$stamp" >>"$ARCHIVE.tries"

# Record: a start like any other, whose classes are written at exit (on SIGTERM too: the JVM's shutdown writes
# them, several seconds of one CPU after the service has stopped) to a temporary name, moved into place only when whole.
rm -f "$ARCHIVE" "$ARCHIVE.stamp" "$ARCHIVE".*.tmp
recording=$ARCHIVE.$$.tmp
# -Xlog: one warning per class it leaves out (those loaded but never linked) would bury the service's own log
java "@$OPTIONS" -XX:ArchiveClassesAtExit="$recording" -Xlog:cds=error "$@" -jar "$JAR" &
pid=$!
# The container's stop signal goes to this script (process 1): hand it on and wait for the archive to be written.
trap 'kill -TERM "$pid" 2>/dev/null' TERM INT HUP
wait "$pid"
status=$?
while kill -0 "$pid" 2>/dev/null; do # wait returned for the signal: the JVM is still stopping
  wait "$pid"
  status=$?
done
if [[ -s $recording ]]; then
  mv -f "$recording" "$ARCHIVE" && printf '%s\n' "$stamp" >"$ARCHIVE.stamp" && rm -f "$ARCHIVE.tries"
  echo "start.sh: recorded the class archive $ARCHIVE for the next starts" >&2
else
  rm -f "$recording"
fi
exit "$status"
