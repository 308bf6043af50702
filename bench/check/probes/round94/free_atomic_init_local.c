/* free: atomic_init(&gp, &w) publishes main's local w; main writes w only after joining
   the thread that writes *gp. */
#include <pthread.h>
#include <stdatomic.h>
static int *_Atomic gp;
static void *worker(void *a) { (void)a; int *p = atomic_load(&gp); *p += 1; return 0; }
int main(void) {
    pthread_t t;
    int w = 0;
    atomic_init(&gp, &w);
    pthread_create(&t, 0, worker, 0);
    pthread_join(t, 0);
    w = 7;
    return w;
}
