/* TRUTH: racy — each worker mallocs and takes its OWN mutex, so the two b->n++ on the one box run() shares are unordered */
#include <pthread.h>
#include <stdlib.h>
struct box { int n; };
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ulk(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *worker(void *arg)
{
    struct box *b = arg;
    pthread_mutex_t *m = malloc(sizeof *m);
    if (!m)
        return 0;
    pthread_mutex_init(m, 0);
    lk(m);
    b->n++;
    ulk(m);
    return 0;
}
static void run(void)
{
    struct box *b = malloc(sizeof *b);
    if (!b)
        return;
    b->n = 0;
    pthread_t x, y;
    pthread_create(&x, 0, worker, b);
    pthread_create(&y, 0, worker, b);
    pthread_join(x, 0);
    pthread_join(y, 0);
}
int main(void) { run(); return 0; }
