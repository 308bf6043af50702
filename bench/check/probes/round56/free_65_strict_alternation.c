/* TRUTH: free — strict alternation on a seq_cst atomic `turn`: thread me waits until turn == me, updates `ledger`, then hands the turn over with an atomic store; each hand-off store synchronizes with the other thread's load, so all ledger accesses are ordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int turn;
static int ledger[8];
static int len;

static void *player(void *arg)
{
    int me = (int)(long)arg;
    for (int round = 0; round < 4; round++) {
        while (atomic_load(&turn) != me)
            ;
        ledger[len++] = me;
        atomic_store(&turn, 1 - me);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, player, (void *)0L);
    pthread_create(&b, NULL, player, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", len, ledger[7]);
    return 0;
}
