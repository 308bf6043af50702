/* TRUTH: racy — the winner of the exchange writes winner_id, releases the claim (RELEASE store of 0) and then writes winner_id AGAIN; a later racer can win by reading that 0 and write winner_id; the first winner's post-release write is unordered with the second winner's write. */
#include <pthread.h>
#include <stdio.h>
static int claimed;
static int winner_id = -1;
static void *racer(void *arg) {
    int id = (int)(long)arg;
    if (__atomic_exchange_n(&claimed, 1, __ATOMIC_ACQ_REL) == 0) {
        winner_id = id;
        __atomic_store_n(&claimed, 0, __ATOMIC_RELEASE);
        winner_id = id + 10;     /* after releasing the claim */
    }
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, racer, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d\n", winner_id);
    return 0;
}
