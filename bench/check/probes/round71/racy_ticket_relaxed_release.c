/* TRUTH: racy — tl_unlock stores serving with memory_order_relaxed: the next holder's counter++ is not ordered after this one's (no happens-before) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <sched.h>

#define NTHREADS 4
#define ROUNDS 1000

struct ticket_lock {
    atomic_uint next;
    atomic_uint serving;
};

static struct ticket_lock tl;
static long counter;
static long per_thread_max[NTHREADS];

static void tl_lock(struct ticket_lock *l)
{
    unsigned my = atomic_fetch_add_explicit(&l->next, 1, memory_order_relaxed);
    while (atomic_load_explicit(&l->serving, memory_order_acquire) != my)
        sched_yield();
}

static void tl_unlock(struct ticket_lock *l)
{
    unsigned s = atomic_load_explicit(&l->serving, memory_order_relaxed);
    atomic_store_explicit(&l->serving, s + 1, memory_order_relaxed);
}

static void *worker(void *arg)
{
    long id = (long)arg;
    int i;
    long mx = 0;
    for (i = 0; i < ROUNDS; i++) {
        tl_lock(&tl);
        counter++;
        if (counter > mx)
            mx = counter;
        tl_unlock(&tl);
    }
    per_thread_max[id] = mx;
    return NULL;
}

int main(void)
{
    pthread_t th[NTHREADS];
    long i, best = 0;
    atomic_init(&tl.next, 0);
    atomic_init(&tl.serving, 0);
    for (i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, worker, (void *)i);
    for (i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    for (i = 0; i < NTHREADS; i++)
        if (per_thread_max[i] > best)
            best = per_thread_max[i];
    printf("counter=%ld best=%ld\n", counter, best);
    return 0;
}
