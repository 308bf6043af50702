// A release/acquire hand-off: a thread spins until an acquire load sees a flag set, which one
// thread (running once) stores with release order after writing the payload. What the storer
// did before its store comes before what the waiter does after the loop; nothing else does.
#include <pthread.h>
#include <stdatomic.h>

static atomic_int ready, go, seq_flag, relaxed_flag, late_flag, init_flag = 1, two_flag, rev_flag;
static _Atomic int plain_flag;
static int payload, go_data, seq_data, relaxed_data, late_data, init_data, two_data, plain_data, rev_data;

static void *producer(void *a)
{
    (void)a;
    payload = 42; // NORACE: before the release store the consumer waits for
    atomic_store_explicit(&ready, 1, memory_order_release);
    return 0;
}

static void *consumer(void *a)
{
    (void)a;
    while (atomic_load_explicit(&ready, memory_order_acquire) == 0)
        ;
    return (void *)(long)payload; // NORACE
}

static void *seq_producer(void *a)
{
    (void)a;
    seq_data = 1; // NORACE: seq_cst store and load order it too
    atomic_store(&seq_flag, 1);
    plain_data = 2; // NORACE: _Atomic read and write, seq_cst
    plain_flag = 1;
    return 0;
}

static void *seq_consumer(void *a)
{
    (void)a;
    do {
    } while (atomic_load(&seq_flag) != 1);
    while (!plain_flag)
        ;
    return (void *)(long)(seq_data + plain_data); // NORACE
}

static void *relaxed_producer(void *a)
{
    (void)a;
    relaxed_data = 1; // RACE (possible): a relaxed store publishes nothing
    atomic_store_explicit(&relaxed_flag, 1, memory_order_relaxed);
    return 0;
}

static void *relaxed_consumer(void *a)
{
    (void)a;
    while (!atomic_load_explicit(&relaxed_flag, memory_order_acquire))
        ;
    return (void *)(long)relaxed_data;
}

static void *late_producer(void *a)
{
    (void)a;
    late_data = 1; // NORACE: before the store (the one after it races)
    atomic_store_explicit(&late_flag, 1, memory_order_release);
    late_data = 2; // RACE (possible): written after the store the waiter saw
    return 0;
}

static void *late_consumer(void *a)
{
    (void)a;
    while (!atomic_load_explicit(&late_flag, memory_order_acquire))
        ;
    return (void *)(long)late_data;
}

static void *init_producer(void *a)
{
    (void)a;
    init_data = 1; // RACE (possible): init_flag starts at 1, the waiter need not wait
    atomic_store(&init_flag, 2);
    return 0;
}

static void *init_consumer(void *a)
{
    (void)a;
    while (atomic_load(&init_flag) == 0)
        ;
    return (void *)(long)init_data;
}

static void *two_producer(void *a)
{
    (void)a;
    two_data++; // RACE (definite): the two producers write it before their stores
    atomic_store(&two_flag, 1);
    return 0;
}

static void *two_consumer(void *a)
{
    (void)a;
    while (!atomic_load(&two_flag))
        ;
    return (void *)(long)two_data;
}

static void *go_waiter(void *a)
{
    (void)a;
    while (!atomic_load_explicit(&go, memory_order_acquire))
        ;
    go_data++; // NORACE: main wrote it before its release store
    rev_data = 5; // NORACE: main read it before its store
    return 0;
}

static void *rev_waiter(void *a)
{
    (void)a;
    while (!atomic_load_explicit(&rev_flag, memory_order_acquire))
        ;
    return 0;
}

int main(void)
{
    pthread_t t[14];
    pthread_create(&t[0], 0, producer, 0);
    pthread_create(&t[1], 0, consumer, 0);
    pthread_create(&t[2], 0, seq_producer, 0);
    pthread_create(&t[3], 0, seq_consumer, 0);
    pthread_create(&t[4], 0, relaxed_producer, 0);
    pthread_create(&t[5], 0, relaxed_consumer, 0);
    pthread_create(&t[6], 0, two_producer, 0);
    pthread_create(&t[7], 0, two_producer, 0);
    pthread_create(&t[8], 0, two_consumer, 0);
    pthread_create(&t[9], 0, go_waiter, 0);
    pthread_create(&t[10], 0, late_producer, 0);
    pthread_create(&t[11], 0, late_consumer, 0);
    pthread_create(&t[12], 0, init_producer, 0);
    pthread_create(&t[13], 0, init_consumer, 0);
    go_data = 7; // NORACE
    int seen = rev_data; // NORACE
    atomic_store_explicit(&go, 1, memory_order_release);
    for (int i = 0; i < 14; i++)
        pthread_join(t[i], 0);
    pthread_t r;
    pthread_create(&r, 0, rev_waiter, 0);
    atomic_store(&rev_flag, 1);
    pthread_join(r, 0);
    return seen;
}
