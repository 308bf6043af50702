/* TRUTH: racy. On the 'bad item' path the worker releases the ticket lock in the error branch and then again at the common exit: the second increment of now_serving lets the ticket after the next holder in while that holder is still updating 'processed' (three workers: 0 double-releases while 1 is inside, so 2 enters too). */
#include <pthread.h>
#include <stdatomic.h>

#define NW 3

static atomic_uint next_ticket;
static atomic_uint now_serving;
static int processed;
static int errors;

static void ticket_unlock(void)
{
    atomic_fetch_add_explicit(&now_serving, 1, memory_order_release);
}

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load_explicit(&now_serving, memory_order_acquire) != my)
        ;
    processed++;
    if (id == 0) { /* bad item */
        errors++;
        ticket_unlock();
    }
    ticket_unlock();
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    return processed + errors;
}
