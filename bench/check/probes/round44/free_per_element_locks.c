/* TRUTH: free — bank of accounts, each guarded by its own mutex locks[i]; threads pick random accounts but always lock that account's mutex */
#include <pthread.h>
#include <stdlib.h>
#define NACC 10
static long balance[NACC];
static pthread_mutex_t locks[NACC];
static void *teller(void *arg) {
    unsigned seed = (unsigned)(long)arg;
    for (int n = 0; n < 500; n++) {
        int i = rand_r(&seed) % NACC;
        pthread_mutex_lock(&locks[i]);
        balance[i] += (rand_r(&seed) % 2) ? 5 : -5;
        pthread_mutex_unlock(&locks[i]);
    }
    return NULL;
}
int main(void) {
    for (int i = 0; i < NACC; i++) { pthread_mutex_init(&locks[i], NULL); balance[i] = 100; }
    pthread_t t[4];
    for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, teller, (void *)(i + 3));
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    long s = 0;
    for (int i = 0; i < NACC; i++) s += balance[i];
    return (int)(s & 0xff);
}
