/* TRUTH: free — the unique winner of an ACQ_REL exchange on claimed initialises cfg plainly and RELEASE-stores ready; every loser waits for ready with ACQUIRE loads before reading cfg; the winner's write happens-before every loser's read. */
#include <pthread.h>
#include <stdio.h>
static int claimed, ready;
static int cfg;
static int seen[3];
static void *racer(void *arg) {
    int id = (int)(long)arg;
    if (__atomic_exchange_n(&claimed, 1, __ATOMIC_ACQ_REL) == 0) {
        cfg = 1000 + id;
        __atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
    } else {
        while (!__atomic_load_n(&ready, __ATOMIC_ACQUIRE))
            ;
    }
    seen[id] = cfg;
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, racer, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d %d %d\n", seen[0], seen[1], seen[2]);
    return 0;
}
