// Per-thread data by index: threads started by one loop, each given its counter's value,
// index an array with it (data[id]): disjoint elements, no race between them; they still
// race with main, with an index that is not theirs, and with a second loop handing out the
// same values. An id taken from a global atomic counter (atomic_fetch_add(&next, 1)) is
// another thread's never.
#include <pthread.h>
#include <stdatomic.h>

#define N 4

long data[N];
long next_data[N];
long twice[N];
long with_main[N];
long by_ticket[2 * N];
long ticket_shared[2 * N];
atomic_long next_ticket;

static void *by_counter(void *arg)
{
    (void)arg;
    long id = atomic_fetch_add(&next_ticket, 1);
    by_ticket[id] = id;             // NORACE: no other fetch returned this id
    ticket_shared[id / 2] = id;     // RACE (possible): two ids share an element
    return NULL;
}

static void *by_value(void *arg)
{
    long id = (long)arg;
    data[id] += id; // NORACE: each thread its own element
    next_data[(id + 1) % N] = id; // NORACE: ids 0..3 give 1, 2, 3, 0: each thread its own element
    return NULL;
}

static void *twice_started(void *arg)
{
    long id = (long)arg;
    twice[id]++; // RACE (possible): two loops hand out the same values
    return NULL;
}

static void *seen_by_main(void *arg)
{
    with_main[(long)arg] = 1; // RACE (possible): main reads every element while they run
    return NULL;
}

int main(void)
{
    pthread_t t[N], u[N], v[N], w[N], x[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, by_value, (void *)i);
    for (long i = 0; i < N; i++)
        pthread_create(&u[i], NULL, twice_started, (void *)i);
    for (long i = 0; i < N; i++)
        pthread_create(&v[i], NULL, twice_started, (void *)i);
    for (long i = 0; i < N; i++)
        pthread_create(&w[i], NULL, seen_by_main, (void *)i);
    for (long i = 0; i < N; i++)
        pthread_create(&x[i], NULL, by_counter, NULL);
    long sum = 0;
    for (int i = 0; i < N; i++)
        sum += with_main[i]; // RACE (possible)
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        pthread_join(u[i], NULL);
        pthread_join(v[i], NULL);
        pthread_join(w[i], NULL);
        pthread_join(x[i], NULL);
    }
    return (int)(sum + data[0]); // NORACE: after the joins
}
