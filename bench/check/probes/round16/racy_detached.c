// racy: the detached reporter reads progress while main keeps writing it, with no join or lock.
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int progress;

static void *reporter(void *arg)
{
    printf("%d%%\n", progress);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &attr, reporter, NULL);
    for (int i = 0; i <= 100; i += 10)
        progress = i;
    sleep(1);
    return 0;
}
