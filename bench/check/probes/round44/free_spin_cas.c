/* TRUTH: free — spin lock built from atomic_compare_exchange_strong (seq_cst) guards the plain list of samples */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#define NT 4
#define PER 8
static atomic_int lockword;
static int samples[NT * PER];
static int nsamples;
static void spin_lock(atomic_int *l) {
    int expected;
    do {
        expected = 0;
    } while (!atomic_compare_exchange_strong(l, &expected, 1));
}
static void spin_unlock(atomic_int *l) { atomic_store(l, 0); }
static void *producer(void *arg) {
    int base = (int)(long)arg * 100;
    for (int i = 0; i < PER; i++) {
        spin_lock(&lockword);
        samples[nsamples++] = base + i;
        spin_unlock(&lockword);
    }
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    for (long i = 0; i < NT; i++) pthread_create(&t[i], NULL, producer, (void *)i);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    long s = 0;
    for (int i = 0; i < nsamples; i++) s += samples[i];
    return s > 0 ? 0 : 1;
}
