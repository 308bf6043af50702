/* TRUTH: race-free. Both reporters update lines_out/bytes_out only while holding the stdout stream lock (flockfile(stdout) ... funlockfile(stdout)), which is one recursive lock for the FILE object. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static long lines_out, bytes_out;

static void report(const char *tag, int n)
{
    flockfile(stdout);
    for (int i = 0; i < n; i++) {
        int w = printf("[%s] line %d\n", tag, i);
        lines_out++;
        bytes_out += w;
    }
    funlockfile(stdout);
}

static void *reporter(void *arg)
{
    report(arg, 5);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, reporter, "alpha");
    pthread_create(&b, NULL, reporter, "beta");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    fprintf(stderr, "%ld %ld\n", lines_out, bytes_out);
    return 0;
}
