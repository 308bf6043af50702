/* TRUTH: racy — the format is two concatenated literals, "[%s] " "done%n\n"; the %n in the second piece writes col, which the aligner thread reads concurrently */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int col;

static void *aligner(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += col;
        usleep(100);
    }
    return NULL;
}

static void *logger(void *arg)
{
    FILE *log = arg;
    static const char *names[] = { "fetch", "parse", "store" };
    for (int i = 0; i < 200; i++) {
        fprintf(log, "[%s] " "done%n\n", names[i % 3], &col);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    FILE *log = fopen("/dev/null", "w");
    if (!log)
        return 1;
    pthread_t a, b;
    pthread_create(&a, NULL, aligner, &acc);
    pthread_create(&b, NULL, logger, log);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    fclose(log);
    printf("%ld\n", acc);
    return 0;
}
