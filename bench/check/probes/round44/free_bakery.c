/* TRUTH: free — Lamport bakery with seq_cst atomics for choosing/number; cs_data only touched inside the critical section */
#include <pthread.h>
#include <stdatomic.h>
#define NT 3
static atomic_int choosing[NT];
static atomic_int number[NT];
static int cs_data[4];
static void bakery_lock(int i) {
    atomic_store(&choosing[i], 1);
    int max = 0;
    for (int j = 0; j < NT; j++) {
        int n = atomic_load(&number[j]);
        if (n > max) max = n;
    }
    atomic_store(&number[i], max + 1);
    atomic_store(&choosing[i], 0);
    for (int j = 0; j < NT; j++) {
        while (atomic_load(&choosing[j])) { }
        for (;;) {
            int nj = atomic_load(&number[j]);
            int ni = atomic_load(&number[i]);
            if (nj == 0 || nj > ni || (nj == ni && j >= i)) break;
        }
    }
}
static void bakery_unlock(int i) { atomic_store(&number[i], 0); }
static void *worker(void *arg) {
    int id = (int)(long)arg;
    bakery_lock(id);
    cs_data[0]++;
    cs_data[1 + id] = cs_data[0];
    bakery_unlock(id);
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    for (long i = 0; i < NT; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    return cs_data[0] == NT ? 0 : 1;
}
