/* TRUTH: racy. Slots are claimed from one counter two ways: claim_new with
   __atomic_fetch_add (old value), claim_late with __atomic_add_fetch (new value). From
   next_slot = 0: claim_late gets 1 (counter 1), then claim_new gets 1 (counter 2); both write
   slot[1] concurrently. */
#include <pthread.h>
#include <stdio.h>

static unsigned next_slot;
static int slot[8];

static void *claim_new(void *arg)
{
    (void)arg;
    unsigned id = __atomic_fetch_add(&next_slot, 1, __ATOMIC_SEQ_CST);
    if (id < 8)
        slot[id] = 1;
    return NULL;
}

static void *claim_late(void *arg)
{
    (void)arg;
    unsigned id = __atomic_add_fetch(&next_slot, 1, __ATOMIC_SEQ_CST);
    if (id < 8)
        slot[id] = 2;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, claim_new, NULL);
    pthread_create(&b, NULL, claim_late, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    for (int i = 0; i < 8; i++)
        printf("%d ", slot[i]);
    putchar('\n');
    return 0;
}
