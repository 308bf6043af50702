/* TRUTH: race-free. A ticket lock (fetch_add on next, acquire spin until serving equals the ticket, release increment of serving) guards the shared histogram in every worker. */
#include <pthread.h>
#include <stdatomic.h>

#define NW 4

static atomic_uint next_ticket;
static atomic_uint now_serving;
static int histogram[16];

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < 50; i++) {
        unsigned my = atomic_fetch_add_explicit(&next_ticket, 1, memory_order_relaxed);
        while (atomic_load_explicit(&now_serving, memory_order_acquire) != my)
            ;
        histogram[(i * 7 + id) % 16]++;
        atomic_fetch_add_explicit(&now_serving, 1, memory_order_release);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    return histogram[0];
}
