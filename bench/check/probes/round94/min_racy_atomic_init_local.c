/* racy: atomic_init(&gp, &w) puts main's local w in gp; the thread writes *gp while main
   writes w. */
#include <pthread.h>
#include <stdatomic.h>
static int *_Atomic gp;
static void *worker(void *a) { (void)a; *atomic_load(&gp) += 1; return 0; }
int main(void) {
    pthread_t t;
    int w = 0;
    atomic_init(&gp, &w);
    pthread_create(&t, 0, worker, 0);
    w = 7;
    pthread_join(t, 0);
    return w;
}
