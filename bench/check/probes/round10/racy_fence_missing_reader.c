/* racy: writer uses a release fence before a relaxed store, but the reader
   uses a relaxed load with NO acquire fence: no synchronizes-with. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int ready;
static int msg;
static void *w(void *x) { (void)x; msg = 5; atomic_thread_fence(memory_order_release); atomic_store_explicit(&ready, 1, memory_order_relaxed); return 0; }
static void *r(void *x) { (void)x; if (atomic_load_explicit(&ready, memory_order_relaxed)) return (void *)(long)msg; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, w, 0);
    pthread_create(&q, 0, r, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return 0;
}
