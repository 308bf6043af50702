// Peterson's lock with memory_order_relaxed everywhere: no synchronizes-with
// between the critical sections, so counter++ in the two threads races.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int flag[2];
static atomic_int turn;
static int counter;
static void lock(int i) {
    int j = 1 - i;
    atomic_store_explicit(&flag[i], 1, memory_order_relaxed);
    atomic_store_explicit(&turn, j, memory_order_relaxed);
    while (atomic_load_explicit(&flag[j], memory_order_relaxed) &&
           atomic_load_explicit(&turn, memory_order_relaxed) == j)
        ;
}
static void unlock(int i) { atomic_store_explicit(&flag[i], 0, memory_order_relaxed); }
static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int k = 0; k < 1000; k++) {
        lock(id);
        counter++;
        unlock(id);
    }
    return NULL;
}
int main(void) {
    pthread_t t[2];
    for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%d\n", counter);
    return 0;
}
