/* TRUTH: racy. The ticket wait uses a relaxed load of now_serving, so entering the section does not synchronize with the previous holder's release: the previous holder's write of 'last_owner' and this holder's read/write are unordered. */
#include <pthread.h>
#include <stdatomic.h>

#define NW 2

static atomic_uint next_ticket;
static atomic_uint now_serving;
static int last_owner;

static void lock_ticket(void)
{
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load_explicit(&now_serving, memory_order_relaxed) != my)
        ;
}

static void unlock_ticket(void)
{
    atomic_fetch_add_explicit(&now_serving, 1, memory_order_release);
}

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    lock_ticket();
    if (last_owner != id)
        last_owner = id;
    unlock_ticket();
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)(i + 1));
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    return last_owner;
}
