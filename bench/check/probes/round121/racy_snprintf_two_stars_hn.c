/* TRUTH: racy — "%*.*s%hn" consumes width, precision and the string before %hn, so snprintf writes the short used, which the sizer thread reads concurrently */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static short used;

static void *sizer(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += used;
        usleep(100);
    }
    return NULL;
}

static void *formatter(void *arg)
{
    (void)arg;
    char buf[64];
    for (int i = 0; i < 200; i++) {
        snprintf(buf, sizeof buf, "%*.*s%hn", 12, 4 + i % 3, "descriptor", &used);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, sizer, &acc);
    pthread_create(&b, NULL, formatter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", acc);
    return 0;
}
