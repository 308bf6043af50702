/* TRUTH: racy. The unsigned char ticket counter steps by 128, so the three workers draw tickets 0, 128 and 0 again (256 wraps to 0): the first and third worker both hold ticket 0 while now_serving is still 0, so both run shared++ at once. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

_Atomic unsigned char next_ticket;
_Atomic unsigned char now_serving;
int shared;

void *worker(void *arg)
{
    (void)arg;
    unsigned char my = atomic_fetch_add(&next_ticket, 128);
    while (atomic_load(&now_serving) != my)
        ;
    shared++;
    atomic_fetch_add(&now_serving, 128);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", shared);
    return 0;
}
