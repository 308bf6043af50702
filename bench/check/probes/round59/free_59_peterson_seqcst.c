/* TRUTH: free — Peterson's algorithm with seq_cst C11 atomics for want[] and turn provides mutual exclusion and happens-before between critical sections (the entering thread's seq_cst load reads the other's seq_cst store to want/turn); shared_count is only touched inside the critical section; main reads after joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int want[2];
static atomic_int turn;
static int shared_count;

static void lock_p(int me)
{
    int other = 1 - me;
    atomic_store(&want[me], 1);
    atomic_store(&turn, other);
    while (atomic_load(&want[other]) && atomic_load(&turn) == other)
        ;
}

static void unlock_p(int me)
{
    atomic_store(&want[me], 0);
}

static void *pet(void *a)
{
    int me = (int)(long)a;
    for (int i = 0; i < 1000; i++) {
        lock_p(me);
        shared_count++;
        unlock_p(me);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, pet, (void *)0L);
    pthread_create(&b, NULL, pet, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared_count);
    return 0;
}
