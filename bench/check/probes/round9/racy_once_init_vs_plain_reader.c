/* TRUTH: racy. The worker runs init_table via pthread_once and writes table, while main reads table[3] without calling pthread_once or joining first. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[8];

static void init_table(void)
{
    for (int i = 0; i < 8; i++)
        table[i] = i * i;
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_once(&once, init_table);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    int v = table[3];
    pthread_join(t, NULL);
    printf("%d\n", v);
    return 0;
}
