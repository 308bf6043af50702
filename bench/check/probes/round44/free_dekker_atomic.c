/* TRUTH: free — Dekker's algorithm with seq_cst atomics; the plain critical-section data is mutually excluded */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int wants[2];
static atomic_int turn;
static long total;
static void enter(int i) {
    int j = 1 - i;
    atomic_store(&wants[i], 1);
    while (atomic_load(&wants[j])) {
        if (atomic_load(&turn) != i) {
            atomic_store(&wants[i], 0);
            while (atomic_load(&turn) != i) { }
            atomic_store(&wants[i], 1);
        }
    }
}
static void leave(int i) {
    atomic_store(&turn, 1 - i);
    atomic_store(&wants[i], 0);
}
static void *run(void *arg) {
    int id = *(int *)arg;
    for (int k = 0; k < 50; k++) {
        enter(id);
        total += id + 1;
        leave(id);
    }
    return NULL;
}
int main(void) {
    static int ids[2] = {0, 1};
    pthread_t th[2];
    for (int i = 0; i < 2; i++) pthread_create(&th[i], NULL, run, &ids[i]);
    for (int i = 0; i < 2; i++) pthread_join(th[i], NULL);
    return total == 150 ? 0 : 1;
}
