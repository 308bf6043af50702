/* TRUTH: racy — the worker's for-init points p at a, its first test reads a while main writes a */
#include <pthread.h>
static int a, b = 7;
static void *worker(void *arg)
{
    (void)arg;
    int *p = &b;
    int n = 0;
    for (p = &a; *p > n; n++)
        ;
    return (void *)(long)n;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    a = 1;
    pthread_join(t, 0);
    return a;
}
