/* racy: &v is stored as an integer into the global gv under m; the worker casts it back
   and writes v while main does. */
#include <pthread.h>
#include <stdint.h>
static uintptr_t gv;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *a) {
    (void)a;
    int *p = 0;
    while (!p) { pthread_mutex_lock(&m); p = (int *)gv; pthread_mutex_unlock(&m); }
    *p = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    int v = 0;
    pthread_create(&t, 0, worker, 0);
    pthread_mutex_lock(&m);
    gv = (uintptr_t)&v;
    pthread_mutex_unlock(&m);
    v = 2;
    pthread_join(t, 0);
    return v;
}
