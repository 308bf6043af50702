/* TRUTH: racy. The once callback starts filler (not joined there); pthread_once returns before filler runs, so a user's read of table_val races with filler's table_val = 99. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int config;
static int table_val;
static pthread_t filler_tid;

static void *filler(void *arg)
{
    (void)arg;
    table_val = 99;
    return NULL;
}

static void init(void)
{
    config = 1;
    pthread_create(&filler_tid, NULL, filler, NULL);
}

static void *user(void *arg)
{
    (void)arg;
    pthread_once(&once, init);
    printf("%d %d\n", config, table_val);
    return NULL;
}

int main(void)
{
    pthread_t u1, u2;
    pthread_create(&u1, NULL, user, NULL);
    pthread_create(&u2, NULL, user, NULL);
    pthread_join(u1, NULL);
    pthread_join(u2, NULL);
    pthread_join(filler_tid, NULL);
    return 0;
}
