/* TRUTH: racy — the struct copy g = zero sets g.a to 0; worker branch taken */
#include <pthread.h>
#include <stdbool.h>
static struct S { int a; } g, zero;
static int hits;

static void *worker(void *arg)
{
    (void)arg;
    if (g.a == 0)
        hits++;
    return 0;
}

int main(void)
{
    g.a = 1; g = zero;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits = 1;
    pthread_join(t, 0);
    return hits;
}
