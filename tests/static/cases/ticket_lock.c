// A ticket lock: a spin until the serving word equals a ticket drawn by fetch_add from a
// counter that only counts up takes the lock; an increment of the serving word releases it.
// Tickets that may repeat (a counter reset or moved back, a ticket narrowed), a relaxed
// release, or a write of the serving word by a thread not holding the lock protect nothing
// (rounds 24).
#include <pthread.h>
#include <stdatomic.h>

static atomic_uint next, serving, next2, serving2, next3, serving3, serving4, next5, serving5, next6, serving6, next7, serving7;
static long total, outside, reset_total, relaxed_total, fixed_total, narrow_total, foreign_total, ptr_total;

static void lock(void)
{
    unsigned my = atomic_fetch_add(&next, 1);
    while (atomic_load(&serving) != my)
        ;
}

static void unlock(void)
{
    atomic_fetch_add(&serving, 1);
}

static void *worker(void *a)
{
    (void)a;
    lock();
    total++; // NORACE: inside the ticket lock
    unlock();
    outside++; // RACE (possible): after the release
    for (int i = 0; i < 3; i++) {
        unsigned my = atomic_fetch_add(&next, 1); /* one ticket per pass */
        while (atomic_load(&serving) != my)
            ;
        total += i; // NORACE: a pass's own ticket
        atomic_fetch_add(&serving, 1);
    }
    return 0;
}

static void *resetter(void *a)
{
    (void)a;
    unsigned my = atomic_fetch_add(&next2, 1);
    while (atomic_load(&serving2) != my)
        ;
    reset_total++; // RACE (possible): next2 is reset while threads run, tickets repeat
    atomic_fetch_add(&serving2, 1);
    atomic_store(&next2, 0);
    return 0;
}

static void *relaxed(void *a)
{
    (void)a;
    unsigned my = atomic_fetch_add(&next3, 1);
    while (atomic_load(&serving3) != my)
        ;
    relaxed_total++; // RACE (possible): the relaxed release orders nothing
    atomic_fetch_add_explicit(&serving3, 1, memory_order_relaxed);
    return 0;
}

static void *fixed(void *a)
{
    (void)a;
    unsigned my = 0; // not a ticket: every thread waits for 0
    while (atomic_load(&serving4) != my)
        ;
    fixed_total++; // RACE (possible): no ticket, no lock
    return 0;
}

static void *narrow(void *a)
{
    (void)a;
    unsigned char my = (unsigned char)atomic_fetch_add(&next5, 1); // tickets 0 and 256 meet
    while (atomic_load(&serving5) != my)
        ;
    narrow_total++; // RACE (possible): a narrowed ticket repeats
    serving5 += 1;
    return 0;
}

static void *foreign(void *a)
{
    (void)a;
    unsigned my = atomic_fetch_add(&next6, 1);
    while (atomic_load(&serving6) != my)
        ;
    foreign_total++; // RACE (possible): another thread stores serving6 without holding it
    serving6 += 1;
    return 0;
}

static void release_ptr(atomic_uint *s)
{
    atomic_fetch_add(s, 1);
}

static void *via_ptr(void *a)
{
    (void)a;
    unsigned my = atomic_fetch_add(&next7, 1);
    while (atomic_load(&serving7) != my)
        ;
    ptr_total++; /* under the lock: but the line below races with it */
    release_ptr(&serving7);
    ptr_total++; // RACE (possible): after it
    return 0;
}

static void *bumper(void *a)
{
    (void)a;
    atomic_store(&serving6, 1);
    return 0;
}

int main(void)
{
    pthread_t tw[2], tr[2], tl[2], tf[2], tn[2], to[2], tb;
    for (int i = 0; i < 2; i++)
        pthread_create(&tw[i], 0, worker, 0);
    for (int i = 0; i < 2; i++)
        pthread_create(&tr[i], 0, resetter, 0);
    for (int i = 0; i < 2; i++)
        pthread_create(&tl[i], 0, relaxed, 0);
    for (int i = 0; i < 2; i++)
        pthread_create(&tf[i], 0, fixed, 0);
    for (int i = 0; i < 2; i++)
        pthread_create(&tn[i], 0, narrow, 0);
    for (int i = 0; i < 2; i++)
        pthread_create(&to[i], 0, foreign, 0);
    pthread_create(&tb, 0, bumper, 0);
    pthread_t tp[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&tp[i], 0, via_ptr, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(tp[i], 0);
    for (int i = 0; i < 2; i++)
        pthread_join(tw[i], 0);
    for (int i = 0; i < 2; i++)
        pthread_join(tn[i], 0);
    for (int i = 0; i < 2; i++)
        pthread_join(to[i], 0);
    pthread_join(tb, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(tr[i], 0);
    for (int i = 0; i < 2; i++)
        pthread_join(tl[i], 0);
    for (int i = 0; i < 2; i++)
        pthread_join(tf[i], 0);
    return (int)(total + outside + reset_total + relaxed_total + fixed_total + narrow_total + foreign_total);
}
