/* TRUTH: free — Peterson's algorithm with seq_cst C11 atomics (flag[], turn) is a correct mutual exclusion for two threads; `shared` is only accessed inside it and by main after joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int flag[2];
static atomic_int turn;
static int shared;

static void lock(int me)
{
    int other = 1 - me;
    atomic_store(&flag[me], 1);
    atomic_store(&turn, other);
    while (atomic_load(&flag[other]) && atomic_load(&turn) == other)
        ;
}

static void unlock(int me) { atomic_store(&flag[me], 0); }

static void *worker(void *arg)
{
    int me = (int)(long)arg;
    for (int i = 0; i < 1000; i++) {
        lock(me);
        shared++;
        unlock(me);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
