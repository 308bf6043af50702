/* TRUTH: racy — the format "%d bytes\x25n\n" contains a %n spelled with a hex escape, so printf writes progress, which the monitor thread reads concurrently */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int progress;

static void *monitor(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += progress;
        usleep(100);
    }
    return NULL;
}

static void *reporter(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        printf("%d bytes\x25n\n", i * 512, &progress);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, monitor, &acc);
    pthread_create(&b, NULL, reporter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    fprintf(stderr, "%ld\n", acc);
    return 0;
}
