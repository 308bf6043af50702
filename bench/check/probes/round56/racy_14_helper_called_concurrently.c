/* TRUTH: racy — record() writes last_code and nrecords without a lock; it is called both by the logger thread and by main before the join; main vs logger. */
#include <pthread.h>
#include <stdio.h>

static int last_code;
static int nrecords;

static void record(int code)
{
    last_code = code;
    nrecords++;
}

static void *logger(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        record(i);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, logger, NULL);
    record(-1);
    pthread_join(t, NULL);
    printf("%d %d\n", last_code, nrecords);
    return 0;
}
