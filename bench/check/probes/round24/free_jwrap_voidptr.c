/* TRUTH: race-free. join_any() joins the handle its void * argument points at (&t), so worker has ended before main reads and writes value. */
#include <pthread.h>
#include <stdio.h>

static int value;

static void *worker(void *arg)
{
    (void)arg;
    value = 10;
    return NULL;
}

static void join_any(void *h)
{
    pthread_join(*(pthread_t *)h, NULL);
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    join_any(&t);
    value += 1;
    printf("%d\n", value);
    return 0;
}
