/* TRUTH: free — central sense barrier used twice: arrivals do seq_cst __atomic_fetch_add on count; the last arrival's RMW reads-from the release sequence of every earlier arrival, so its plain reset count=0 happens-after all earlier increments, and the next round's increments happen only after the waiters observe gen bumped (which is sequenced after the reset). slot[] is written before a barrier and read after it. */
#include <pthread.h>
#include <stdio.h>
#define N 3
static int count;
static int gen;
static int slot[N];
static int out[N];
static void barrier(void) {
    int g = __atomic_load_n(&gen, __ATOMIC_SEQ_CST);
    if (__atomic_fetch_add(&count, 1, __ATOMIC_SEQ_CST) == N - 1) {
        count = 0;                                   /* plain reset */
        __atomic_fetch_add(&gen, 1, __ATOMIC_SEQ_CST);
    } else {
        while (__atomic_load_n(&gen, __ATOMIC_SEQ_CST) == g)
            ;
    }
}
static void *worker(void *arg) {
    int id = (int)(long)arg;
    slot[id] = id * 10;
    barrier();
    out[id] = slot[(id + 1) % N];
    barrier();
    slot[id] = out[id] + 1;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++) printf("%d %d\n", slot[i], out[i]);
    return 0;
}
