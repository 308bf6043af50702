// Dekker's algorithm with seq_cst atomics (wants[] and turn): the shared
// total is only accessed inside the critical section.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int wants[2];
static atomic_int turn;
static long total;
static void enter(int i) {
    int j = 1 - i;
    atomic_store(&wants[i], 1);
    while (atomic_load(&wants[j])) {
        if (atomic_load(&turn) != i) {
            atomic_store(&wants[i], 0);
            while (atomic_load(&turn) != i)
                ;
            atomic_store(&wants[i], 1);
        }
    }
}
static void leave(int i) {
    atomic_store(&turn, 1 - i);
    atomic_store(&wants[i], 0);
}
static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int k = 0; k < 500; k++) {
        enter(id);
        total += k;
        leave(id);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}
