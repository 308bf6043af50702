/* Racy: Peterson's algorithm "optimised" with memory_order_relaxed everywhere: no
   synchronizes-with edge between critical sections (and store->load reordering breaks
   mutual exclusion), so counter++ races. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int flag[2];
static atomic_int turn;
static int counter;

static void enter(int me)
{
    int other = 1 - me;
    atomic_store_explicit(&flag[me], 1, memory_order_relaxed);
    atomic_store_explicit(&turn, other, memory_order_relaxed);
    while (atomic_load_explicit(&flag[other], memory_order_relaxed) &&
           atomic_load_explicit(&turn, memory_order_relaxed) == other)
        ;
}

static void leave(int me)
{
    atomic_store_explicit(&flag[me], 0, memory_order_relaxed);  /* BUG: relaxed */
}

static void *worker(void *arg)
{
    int me = (int)(long)arg;
    for (int i = 0; i < 2000; i++) {
        enter(me);
        counter++;
        leave(me);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d (expect 4000)\n", counter);
    return 0;
}
