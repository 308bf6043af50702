// An id from an atomic fetch-and-add is each fetch's own only while the counter only counts
// up: a fetch_sub giving a slot back, an exchange, or a store through a pointer to it hands
// an id out twice; so does an unsigned char counter that wraps, or counters[k] picked by k.
#include <pthread.h>
#include <stdatomic.h>

atomic_int up, back, swapped, aliased;
atomic_int counters[2];
_Atomic unsigned char small;
atomic_int *alias = &aliased;
int s_mod[64], s_up[64], s_back[64], s_swap[64], s_alias[64], s_arr[64], s_small[300];

static void *taker(void *arg)
{
    int k = (int)(long)arg;
    int i = atomic_fetch_add(&up, 1);
    s_mod[i % 64] = 1; // RACE (possible): i % 64 is not the id itself
    int j = atomic_fetch_add(&up, 1);
    s_up[j] = 1; // NORACE: only counts up
    int b = atomic_fetch_add(&back, 1);
    s_back[b] = 1; // RACE (possible): a slot given back is taken again
    atomic_fetch_sub(&back, 1);
    int w = atomic_fetch_add(&swapped, 1);
    s_swap[w] = 1; // RACE (possible): the exchange resets it
    atomic_exchange(&swapped, 0);
    int a = atomic_fetch_add(&aliased, 1);
    s_alias[a] = 1; // RACE (possible): reset through a pointer
    atomic_store(alias, 0);
    int e = atomic_fetch_add(&counters[k], 1);
    s_arr[e] = 1; // RACE (possible): each thread's own counter starts at 0
    int m = atomic_fetch_add(&small, 1);
    s_small[m] = 1; // RACE (possible): the counter wraps at 256
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, taker, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return 0;
}
