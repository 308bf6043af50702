/* TRUTH: race-free. budget and granted are only accessed between a ticket draw-and-wait and
   the holder's release (now_serving++), including on the goto retry path, which releases
   before drawing again; main reads after joining. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket, now_serving;
static int budget = 2;
static int granted;

static void *client(void *arg)
{
    int tries = 0;
    (void)arg;
retry:
    {
        unsigned my = atomic_fetch_add(&next_ticket, 1);
        while (atomic_load(&now_serving) != my)
            ;
        if (budget == 0 && tries < 3) {
            tries++;
            budget++; /* refill and try again */
            atomic_fetch_add(&now_serving, 1);
            goto retry;
        }
        if (budget > 0) {
            budget--;
            granted++;
        }
        atomic_fetch_add(&now_serving, 1);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, client, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", budget, granted);
    return 0;
}
