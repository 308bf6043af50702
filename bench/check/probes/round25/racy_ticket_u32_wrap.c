/* TRUTH: racy. The 32-bit ticket counter steps by 0x40000000, so after four draws it wraps: the first and the fifth worker can both draw ticket 0 while serving is still 0 and run balance += 1 at the same time. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define STEP 0x40000000u

atomic_uint next;
atomic_uint serving;
long balance;

void *worker(void *arg)
{
    (void)arg;
    unsigned my = atomic_fetch_add(&next, STEP);
    while (atomic_load(&serving) != my)
        ;
    balance += 1;
    atomic_fetch_add(&serving, STEP);
    return NULL;
}

int main(void)
{
    pthread_t t[5];
    for (int i = 0; i < 5; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 5; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", balance);
    return 0;
}
