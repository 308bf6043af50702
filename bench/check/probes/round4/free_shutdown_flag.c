/* TRUTH: race-free - stop and heartbeats atomic; counters[id] only written by thread id and read by main after joins */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NT 4
#define LIMIT 100000

static atomic_int stop;
static atomic_long heartbeat[NT];
static long counters[NT];
static int ids[NT];

static void do_unit(int id)
{
    counters[id]++;
    atomic_fetch_add_explicit(&heartbeat[id], 1, memory_order_relaxed);
}

static void *spin_worker(void *arg)
{
    int id = *(int *)arg;
    while (!atomic_load_explicit(&stop, memory_order_acquire)) {
        do_unit(id);
        if (counters[id] >= LIMIT)
            break;
    }
    return NULL;
}

static long watch(void)
{
    long seen = 0;
    for (int round = 0; round < 5; round++) {
        for (int i = 0; i < NT; i++)
            seen += atomic_load_explicit(&heartbeat[i], memory_order_relaxed);
    }
    return seen;
}

int main(void)
{
    pthread_t t[NT];
    for (int i = 0; i < NT; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, spin_worker, &ids[i]);
    }
    long seen = watch();
    atomic_store_explicit(&stop, 1, memory_order_release);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    long sum = 0;
    for (int i = 0; i < NT; i++)
        sum += counters[i];
    printf("seen %ld total %ld\n", seen, sum);
    return 0;
}
