/* TRUTH: race-free. ticket_lock()/ticket_unlock() wrap a correct ticket lock (unique tickets, acquire spin, seq_cst increment by the holder); record() updates stats only between them; main reads after joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct stats {
    long n;
    long sum;
};

static atomic_uint next_ticket;
static atomic_uint now_serving;
static struct stats st;

static void ticket_lock(void)
{
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load_explicit(&now_serving, memory_order_acquire) != my)
        ;
}

static void ticket_unlock(void)
{
    atomic_fetch_add_explicit(&now_serving, 1, memory_order_release);
}

static void record(struct stats *s, long v)
{
    s->n++;
    s->sum += v;
}

static void *worker(void *arg)
{
    long v = (long)arg;
    for (int i = 0; i < 10; i++) {
        ticket_lock();
        record(&st, v);
        ticket_unlock();
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)5L);
    pthread_create(&b, NULL, worker, (void *)7L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", st.n, st.sum);
    return 0;
}
