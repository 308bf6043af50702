/* TRUTH: free — claims use seq_cst atomic_fetch_add (RMW chain => each claim synchronizes with all earlier claims' release). 6 claims map to ring[idx%4]; a slot collides only for claims i and i+4 (i=0,1). The thread X holding claim i has 3 claims in order; for its ring write after claim i not to be ordered before claim i+4, X's next claim must come after i+4, which would need claims >= i+5 for X's remaining 2 claims — impossible with 6 claims; so every same-slot write pair is ordered by happens-before (or same thread). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next;
static int ring[4];

static void *producer(void *arg)
{
    int v = (int)(long)arg;
    for (int i = 0; i < 3; i++) {
        unsigned idx = atomic_fetch_add(&next, 1);
        ring[idx % 4] = v + i;
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, (void *)10L);
    pthread_create(&b, NULL, producer, (void *)20L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d %d\n", ring[0], ring[1], ring[2], ring[3]);
    return 0;
}
