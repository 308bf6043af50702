/* free: phase 1 each thread writes its own slot; barrier; phase 2 each thread
   reads the neighbour's slot. Barrier gives happens-before. */
#include <pthread.h>
#define N 3
static pthread_barrier_t bar;
static int slot[N];
static int out[N];
static void *t(void *x) {
    long id = (long)x;
    slot[id] = (int)id + 1;
    pthread_barrier_wait(&bar);
    out[id] = slot[(id + 1) % N];
    return 0;
}
int main(void) {
    pthread_barrier_init(&bar, 0, N);
    pthread_t th[N];
    for (long i = 0; i < N; i++) pthread_create(&th[i], 0, t, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(th[i], 0);
    pthread_barrier_destroy(&bar);
    return out[0];
}
