/* TRUTH: racy. The beta reporter writes to stderr and locks stderr, alpha locks stdout: two different stream locks, so lines_out/bytes_out are updated concurrently (write/write). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static long lines_out, bytes_out;

static void report(FILE *fp, const char *tag, int n)
{
    flockfile(fp);
    for (int i = 0; i < n; i++) {
        int w = fprintf(fp, "[%s] line %d\n", tag, i);
        lines_out++;
        bytes_out += w;
    }
    funlockfile(fp);
}

static void *reporter(void *arg)
{
    const char *tag = arg;
    report(strcmp(tag, "beta") == 0 ? stderr : stdout, tag, 5);
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
