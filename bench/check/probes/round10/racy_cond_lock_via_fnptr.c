/* racy: the hook (through a function pointer) locks the mutex only if its
   flag argument is nonzero; thread q passes 0 and then writes cnt unlocked. */
#include <pthread.h>
static void maybe(pthread_mutex_t *l, int c) { if (c) pthread_mutex_lock(l); }
static void maybe_un(pthread_mutex_t *l, int c) { if (c) pthread_mutex_unlock(l); }
static void (*hl)(pthread_mutex_t *, int) = maybe;
static void (*hu)(pthread_mutex_t *, int) = maybe_un;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cnt;
static void *t(void *x) { int c = (int)(long)x; hl(&m, c); cnt++; hu(&m, c); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, (void *)1L);
    pthread_create(&q, 0, t, (void *)0L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return cnt;
}
