/* TRUTH: racy — with_lock(m, fn) locks *m around fn(); thread A passes &ma and thread B passes &mb, but both callbacks are bump(), which writes the same global tally; different mutexes ⇒ the two writes are unordered. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t mb = PTHREAD_MUTEX_INITIALIZER;
static int tally;

static void bump(void) { tally += 2; }

static void with_lock(pthread_mutex_t *m, void (*fn)(void))
{
    pthread_mutex_lock(m);
    fn();
    pthread_mutex_unlock(m);
}

static void *thr_a(void *x) { with_lock(&ma, bump); return x; }
static void *thr_b(void *x) { with_lock(&mb, bump); return x; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, thr_a, NULL);
    pthread_create(&b, NULL, thr_b, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", tally);
    return 0;
}
