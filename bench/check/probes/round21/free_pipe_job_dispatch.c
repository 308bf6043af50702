/* TRUTH: race-free. main fills jobs[i] and only then writes index i (an int, atomic for pipes since it is <= PIPE_BUF) into the pipe; each index is written once and read by exactly one worker, which alone then writes jobs[i].result; the worker's read() returns only after main's write(), so main's writes to jobs[i] come before the worker's accesses; main reads results after closing the pipe and joining. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define NJOB 6
#define NWORK 2

struct job {
    int a, b;
    long result;
};

static struct job jobs[NJOB];
static int jobpipe[2];

static void *worker(void *arg)
{
    int idx;
    (void)arg;
    for (;;) {
        ssize_t n = read(jobpipe[0], &idx, sizeof idx);
        if (n != (ssize_t)sizeof idx)
            break;                      /* EOF: main closed the write end */
        if (idx < 0 || idx >= NJOB)
            continue;
        jobs[idx].result = (long)jobs[idx].a * jobs[idx].b;
    }
    return NULL;
}


/* ---- build/banner helpers (single-threaded, called from main) ---- */
struct build_info {
    const char *key;
    const char *value;
};

static void print_banner(const char *prog)
{
    static const struct build_info info[] = {
        { "version", "1.4.2" },
        { "threads", "pthread" },
        { "checks", "on" },
    };
    const char *base = prog;
    for (const char *p = prog; *p; p++)
        if (*p == '/')
            base = p + 1;
    printf("%s", base);
    for (unsigned i = 0; i < sizeof info / sizeof info[0]; i++) {
        if (info[i].value == NULL || info[i].value[0] == '\0')
            continue;
        printf(" %s=%s", info[i].key, info[i].value);
    }
    printf("\n");
}
int main(void)
{
    print_banner(__FILE__);
    pthread_t w[NWORK];
    if (pipe(jobpipe) != 0) {
        perror("pipe");
        exit(1);
    }
    for (int i = 0; i < NWORK; i++)
        pthread_create(&w[i], NULL, worker, NULL);
    for (int i = 0; i < NJOB; i++) {
        jobs[i].a = i + 1;
        jobs[i].b = 10 * (i + 1);
        if (write(jobpipe[1], &i, sizeof i) != (ssize_t)sizeof i) {
            perror("write");
            exit(1);
        }
    }
    close(jobpipe[1]);
    for (int i = 0; i < NWORK; i++)
        pthread_join(w[i], NULL);
    long s = 0;
    for (int i = 0; i < NJOB; i++)
        s += jobs[i].result;
    printf("%ld\n", s);
    close(jobpipe[0]);
    return 0;
}
