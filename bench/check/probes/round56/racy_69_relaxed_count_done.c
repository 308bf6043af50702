/* TRUTH: racy — workers write slots[id] then increment `finished` with a relaxed fetch_add; main spins until finished == 2 with a relaxed load and reads slots[] without joining: relaxed ops give no happens-before, so worker writes race with main's reads. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static int slots[2];
static atomic_int finished;

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    slots[id] = id + 40;
    atomic_fetch_add_explicit(&finished, 1, memory_order_relaxed);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        pthread_detach(t[i]);
    }
    while (atomic_load_explicit(&finished, memory_order_relaxed) < 2)
        ;
    printf("%d\n", slots[0] + slots[1]);
    return 0;
}
