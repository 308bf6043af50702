/* TRUTH: free — g = one sets g.a to 1, never 0 */
#include <pthread.h>
#include <stdbool.h>
static struct S { int a; } g, one = {1};
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
    g.a = 0; g = one;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits = 1;
    pthread_join(t, 0);
    return hits;
}
