/* svm's C helpers (liblibchelper.a) but the CPU features (cpuid.c): the names and signatures
 * are those of svm's @CFunction declarations (LibCHelper, CSunMiscSignal, Fcntl, PosixVMThreads,
 * CodeSynchronizationOperations). */
#include <errno.h>
#include <fcntl.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

extern char **environ;
char **getEnviron(void) {
    return environ;
}

/* TimeZone.getSystemTimeZoneID: libjava's lookup (TZ, /etc/timezone, /etc/localtime); the
 * tzmappings are Windows' only, java.home is read on AIX only. The caller frees the result. */
extern char *findJavaTZ_md(const char *java_home_dir);
char *SVM_FindJavaTZmd(const char *tzMappings, int length) {
    return findJavaTZ_md("");
}

/* x86 keeps instruction and data caches coherent: nothing to flush */
void codeSynchronization_clearCache(long codeStart, long codeSize) {
    __builtin___clear_cache((char *) codeStart, (char *) (codeStart + codeSize));
}

/* fixed-arity wrappers of the variadic libc calls (a @CFunction cannot be variadic) */
int openSII(const char *pathname, int flags, int mode) {
    return open(pathname, flags, mode);
}

int openatISII(int dirfd, const char *pathname, int flags, int mode) {
    return openat(dirfd, pathname, flags, mode);
}

int fprintfSD(FILE *stream, const char *format, const char *arg0, int arg1) {
    return fprintf(stream, format, arg0, arg1);
}

/* sun.misc.Signal's handler: count each signal and wake the dispatching thread */
static sem_t signalSemaphore;
static volatile long signalCounts[NSIG];

int cSunMiscSignal_open(void) {
    return sem_init(&signalSemaphore, 0, 0);
}

int cSunMiscSignal_close(void) {
    return sem_destroy(&signalSemaphore);
}

int cSunMiscSignal_await(void) {
    int result;
    while ((result = sem_wait(&signalSemaphore)) != 0 && errno == EINTR) {
    }
    return result;
}

int cSunMiscSignal_post(void) {
    return sem_post(&signalSemaphore);
}

int cSunMiscSignal_signalRangeCheck(int signal) {
    return signal > 0 && signal < NSIG;
}

long cSunMiscSignal_getCount(int signal) {
    return cSunMiscSignal_signalRangeCheck(signal) ? __atomic_load_n(&signalCounts[signal], __ATOMIC_SEQ_CST) : -1;
}

long cSunMiscSignal_decrementCount(int signal) {   /* towards zero; the previous value */
    if (!cSunMiscSignal_signalRangeCheck(signal)) {
        return -1;
    }
    long previous = __atomic_load_n(&signalCounts[signal], __ATOMIC_SEQ_CST);
    while (previous > 0 && !__atomic_compare_exchange_n(&signalCounts[signal], &previous, previous - 1,
                                                        0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
    }
    return previous;
}

static void countingHandler(int signal) {
    if (cSunMiscSignal_signalRangeCheck(signal)) {
        __atomic_add_fetch(&signalCounts[signal], 1, __ATOMIC_SEQ_CST);
        int saved = errno;   /* a handler must leave errno as it found it */
        sem_post(&signalSemaphore);
        errno = saved;
    }
}

void *cSunMiscSignal_countingHandlerFunctionPointer(void) {
    return (void *) countingHandler;
}
