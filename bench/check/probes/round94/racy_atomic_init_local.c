/* racy: atomic_init(&gp, &w) publishes main's local w before the thread starts; the thread
   writes *gp while main writes w, before the join. */
#include <pthread.h>
#include <stdatomic.h>
static int *_Atomic gp;
static void *worker(void *a) { (void)a; int *p = atomic_load(&gp); *p += 1; return 0; }
int main(void) {
    pthread_t t;
    int w = 0;
    atomic_init(&gp, &w);
    pthread_create(&t, 0, worker, 0);
    w = 7;
    pthread_join(t, 0);
    return w;
}
