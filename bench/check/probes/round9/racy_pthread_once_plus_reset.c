/* TRUTH: racy. table is initialized through pthread_once, but the reset thread rewrites table[0] directly without any synchronization while lookups read it. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[8];

static void init_table(void)
{
    for (int i = 0; i < 8; i++)
        table[i] = i * i;
}

static void *lookup(void *arg)
{
    (void)arg;
    pthread_once(&once, init_table);
    return (void *)(long)table[0];
}

static void *reset(void *arg)
{
    (void)arg;
    pthread_once(&once, init_table);
    table[0] = -1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, lookup, NULL);
    pthread_create(&b, NULL, reset, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", table[0]);
    return 0;
}
