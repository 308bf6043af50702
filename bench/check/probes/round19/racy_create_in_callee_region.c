/* TRUTH: racy. The thread is started by a callee in the goto region; pass 2 writes x while the first worker (reads x) runs. */
#include <pthread.h>
int x;
pthread_t th[2];
int nth;
void *f(void *a) { int v = x; (void)v; return 0; }
static void start_worker(void) {
    pthread_create(&th[nth], 0, f, 0);
    nth++;
}
int main(void) {
    int i = 0;
again:
    x = i;
    start_worker();
    if (++i < 2)
        goto again;
    pthread_join(th[0], 0);
    pthread_join(th[1], 0);
    return 0;
}
