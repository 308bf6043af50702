/* TRUTH: racy — lazy initialisation with a plain "initialized" flag checked and set with no lock */
#include <pthread.h>
static int initialized;
static int table[64];
static int lookup(int k) {
    if (!initialized) {
        for (int i = 0; i < 64; i++) table[i] = i * 3;
        initialized = 1;
    }
    return table[k & 63];
}
static void *worker(void *arg) {
    return (void *)(long)lookup((int)(long)arg);
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
