/* racy: main publishes &w (a local) with atomic_store into gp; the worker writes *gp while
   main writes w, no lock. (Outside today's rules: atomic_store of &local is no publication.) */
#include <pthread.h>
#include <stdatomic.h>
static int *_Atomic gp;
static void *worker(void *arg) { (void)arg; int *p; while (!(p = atomic_load(&gp))) ; (*p)++; return 0; }
int main(void) {
    pthread_t t;
    int w = 0;
    pthread_create(&t, 0, worker, 0);
    atomic_store(&gp, &w);
    w = 5;
    pthread_join(t, 0);
    return w;
}
