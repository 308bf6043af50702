/* race-free: lk(m) locks &other instead of m (it reassigns its parameter when busy is set);
   thread b holds other too, so both writes of v are under other. */
#include <pthread.h>
static pthread_mutex_t big = PTHREAD_MUTEX_INITIALIZER, other = PTHREAD_MUTEX_INITIALIZER;
static int v;
static volatile int busy = 1;
static pthread_mutex_t *lk(pthread_mutex_t *m) {
    pthread_mutex_t **pm = &m;
    if (busy)
        *pm = &other;
    pthread_mutex_lock(m);
    return m;
}
static void *ta(void *arg) { (void)arg; pthread_mutex_t *h = lk(&big); v++; pthread_mutex_unlock(h); return 0; }
static void *tb(void *arg) { (void)arg; pthread_mutex_lock(&other); v++; pthread_mutex_unlock(&other); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return v;
}
