/* TRUTH: racy — the worker calls through a table chosen by the argument 1: table[1] is count_if, given 1 it writes hits while main writes it unlocked */
#include <pthread.h>
#include <stdio.h>

static int hits;

static void count_if(int v)
{
    if (v)
        hits++;
}
static void ignore(int v) { (void)v; }
static void (*table[2])(int) = {ignore, count_if};

static void *worker(void *arg)
{
    int which = (int)(long)arg;
    table[which](which);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, (void *)1L);
    hits++;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
