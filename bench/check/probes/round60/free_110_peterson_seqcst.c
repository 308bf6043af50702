/* TRUTH: free — Peterson's lock with all-seq_cst atomics for flag[] and turn protects the plain counter: under SC it gives mutual exclusion, and each entry reads (flag[other]==0 or turn==me) from a store the other thread made after its previous critical section, so critical sections are ordered by happens-before. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int flag[2];
static atomic_int turn;
static long counter;
static void lk(int me) {
    int other = 1 - me;
    atomic_store(&flag[me], 1);
    atomic_store(&turn, other);
    while (atomic_load(&flag[other]) && atomic_load(&turn) == other)
        ;
}
static void ulk(int me) { atomic_store(&flag[me], 0); }
static void *work(void *arg) {
    int me = (int)(long)arg;
    for (int i = 0; i < 1000; i++) { lk(me); counter++; ulk(me); }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, (void *)0L);
    pthread_create(&b, NULL, work, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
