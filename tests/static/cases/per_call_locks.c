// A mutex made by a function other than main (its local whose address it hands out, or what it
// allocates) is one per call of that function. Each thread allocating its own excludes nothing
// (a race); threads handed one call's mutex share it, but weft cannot tell that call ran once:
// the race it then reports is only possible.
#include <pthread.h>
#include <stdlib.h>

static int n, m2;

static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }

static void *own_heap_lock(void *arg)
{
    (void)arg;
    pthread_mutex_t *m = malloc(sizeof *m);
    if (!m)
        return NULL;
    pthread_mutex_init(m, NULL);
    lk(m);
    n++; // RACE (possible): each thread's own mutex
    ul(m);
    free(m);
    return NULL;
}

static void *handed(void *arg)
{
    pthread_mutex_t *m = arg;
    pthread_mutex_lock(m);
    m2++; // RACE (possible): in fact run()'s one mutex, run() being called once
    pthread_mutex_unlock(m);
    return NULL;
}

static void run(void)
{
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_t a, b;
    pthread_create(&a, NULL, handed, &m);
    pthread_create(&b, NULL, handed, &m);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
}

int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, own_heap_lock, NULL);
    pthread_create(&y, NULL, own_heap_lock, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    run();
    return n + m2;
}
