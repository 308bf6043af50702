/* TRUTH: free. Peterson's algorithm with seq_cst C11 atomics for flag[] and turn guards the plain counter. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int flag[2];
static atomic_int turn;
static int counter;

static void lock(int me)
{
    int other = 1 - me;
    atomic_store(&flag[me], 1);
    atomic_store(&turn, other);
    while (atomic_load(&flag[other]) && atomic_load(&turn) == other)
        ;
}

static void unlock(int me) { atomic_store(&flag[me], 0); }

static void *proc(void *p)
{
    int me = (int)(long)p;
    for (int i = 0; i < 3; i++) {
        lock(me);
        counter++;
        unlock(me);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, proc, (void *)0L);
    pthread_create(&b, NULL, proc, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
