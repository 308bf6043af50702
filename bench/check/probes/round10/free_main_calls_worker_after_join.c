/* free: main calls worker() itself only after joining the thread. */
#include <pthread.h>
static int hits;
static void *worker(void *x) { (void)x; hits++; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    pthread_join(t, 0);
    worker(0);
    return hits;
}
