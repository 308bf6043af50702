/* TRUTH: racy — fmt starts as "%s\n" but is reassigned to "%s%n\n" when VERBOSE_OFF is unset (always in the test), so printf writes width, which the column thread reads concurrently */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int width;

static void *column(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += width;
        usleep(100);
    }
    return NULL;
}

static void *printer(void *arg)
{
    int verbose = *(int *)arg;
    for (int i = 0; i < 200; i++) {
        const char *fmt = "%s\n";
        if (verbose)
            fmt = "%s%n\n";
        printf(fmt, "entry", &width);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    int verbose = getenv("VERBOSE_OFF") == NULL;
    pthread_t a, b;
    pthread_create(&a, NULL, column, &acc);
    pthread_create(&b, NULL, printer, &verbose);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    fprintf(stderr, "%ld\n", acc);
    return 0;
}
