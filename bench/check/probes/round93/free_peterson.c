// Peterson's lock for two threads with seq_cst C11 atomics: counter is only
// touched inside the critical section, so it is race-free.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int flag[2];
static atomic_int turn;
static int counter;
static void lock(int i) {
    int j = 1 - i;
    atomic_store(&flag[i], 1);
    atomic_store(&turn, j);
    while (atomic_load(&flag[j]) && atomic_load(&turn) == j)
        ;
}
static void unlock(int i) { atomic_store(&flag[i], 0); }
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
