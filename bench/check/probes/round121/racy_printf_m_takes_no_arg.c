/* TRUTH: racy — %m consumes no argument, so the first variadic argument &pos belongs to the following %n and printf writes pos, which the tracker thread reads concurrently */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int pos;

static void *tracker(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += pos;
        usleep(100);
    }
    return NULL;
}

static void *failer(void *arg)
{
    FILE *out = arg;
    for (int i = 0; i < 200; i++) {
        errno = ENOENT;
        fprintf(out, "open failed: %m at%n\n", &pos);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    FILE *out = fopen("/dev/null", "w");
    if (!out)
        return 1;
    pthread_t a, b;
    pthread_create(&a, NULL, tracker, &acc);
    pthread_create(&b, NULL, failer, out);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    fclose(out);
    printf("%ld\n", acc);
    return 0;
}
