/* TRUTH: racy. owner publishes the address of its thread-local slot through an atomic pointer and later writes slot = 2; poker writes *p = 5 into that same object after loading the pointer: the write slot = 2 is after the publication, so the two plain writes are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static __thread int slot;
_Atomic(int *) pub;

void *owner(void *arg)
{
    (void)arg;
    slot = 1;
    atomic_store(&pub, &slot);
    slot = 2;
    for (volatile int i = 0; i < 1000000; i++)
        ;
    printf("%d\n", slot);
    return NULL;
}

void *poker(void *arg)
{
    (void)arg;
    int *p;
    while (!(p = atomic_load(&pub)))
        ;
    *p = 5;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, owner, NULL);
    pthread_create(&b, NULL, poker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
