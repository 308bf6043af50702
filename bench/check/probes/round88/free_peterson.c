/* Race-free: Peterson's algorithm for two threads with seq_cst atomics for flag[] and
   turn; the plain counter is only touched inside the critical section. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int flag[2];
static atomic_int turn;
static int counter;

static void enter(int me)
{
    int other = 1 - me;
    atomic_store(&flag[me], 1);
    atomic_store(&turn, other);
    while (atomic_load(&flag[other]) && atomic_load(&turn) == other)
        ;
}

static void leave(int me)
{
    atomic_store(&flag[me], 0);
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
