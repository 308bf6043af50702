/* TRUTH: race-free. join_pp() joins **pp, which is t (p points at t), so worker has ended before main touches level. */
#include <pthread.h>
#include <stdio.h>

static int level;

static void *worker(void *arg)
{
    (void)arg;
    level = 3;
    return NULL;
}

static void join_pp(pthread_t **pp)
{
    pthread_join(**pp, NULL);
}

int main(void)
{
    pthread_t t;
    pthread_t *p = &t;
    pthread_create(&t, NULL, worker, NULL);
    join_pp(&p);
    level *= 2;
    printf("%d\n", level);
    return 0;
}
