// Round 25: a thread inherits no fence its starter passed and no flag its starter saw with a
// relaxed load; l-- and fetch_add(&l, -1) on a lock word from a thread not holding it free
// the lock; a ticket counter stepped by more than 1 wraps around; asm through a register
// operand is a plain load and store.
#include <pthread.h>
#include <stdatomic.h>

static atomic_int flag, lk, lk2;
static atomic_uint next, serving;
static int data, a_count, b_count, t_count, r_count;

static void *child(void *a)
{
    (void)a;
    data = 1; // RACE (possible): the fence before the store is its starter's, not its own
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return 0;
}

static void *starter(void *a)
{
    (void)a;
    pthread_t c;
    atomic_thread_fence(memory_order_release);
    pthread_create(&c, 0, child, 0);
    pthread_join(c, 0);
    return 0;
}

static void *reader(void *a)
{
    (void)a;
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    return (void *)(long)data;
}

static void *locker(void *a)
{
    (void)a;
    while (atomic_exchange(&lk, 1))
        ;
    a_count++; // RACE (possible): dropper frees the lock with lk-- without holding it
    atomic_store(&lk, 0);
    while (atomic_exchange(&lk2, 1))
        ;
    b_count++; // RACE (possible): dropper frees it with fetch_add(&lk2, -1)
    atomic_store(&lk2, 0);
    unsigned my = atomic_fetch_add(&next, 0x40000000u);
    while (atomic_load(&serving) != my)
        ;
    t_count++; // RACE (possible): tickets stepped by 2^30 repeat after four draws
    atomic_fetch_add(&serving, 0x40000000u);
    __asm__ __volatile__("xchgl %0, %%eax" : "+r"(r_count) : : "eax"); // RACE (possible): a register operand
    return 0;
}

static void *dropper(void *a)
{
    (void)a;
    lk--;
    atomic_fetch_add(&lk2, -1);
    return 0;
}

int main(void)
{
    pthread_t t[5];
    pthread_create(&t[0], 0, starter, 0);
    pthread_create(&t[1], 0, reader, 0);
    pthread_create(&t[2], 0, locker, 0);
    pthread_create(&t[3], 0, locker, 0);
    pthread_create(&t[4], 0, dropper, 0);
    for (int i = 0; i < 5; i++)
        pthread_join(t[i], 0);
    return 0;
}
