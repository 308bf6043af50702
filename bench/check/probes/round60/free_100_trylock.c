/* TRUTH: free — hits is only incremented when pthread_mutex_trylock succeeded (and unlocked afterwards); otherwise the thread increments its own local miss counter. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int hits;
static int misses[2];
static void *work(void *arg) {
    int id = (int)(long)arg, miss = 0;
    for (int i = 0; i < 1000; i++) {
        if (pthread_mutex_trylock(&m) == 0) {
            hits++;
            pthread_mutex_unlock(&m);
        } else {
            miss++;
        }
    }
    misses[id] = miss;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, (void *)0L);
    pthread_create(&b, NULL, work, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d\n", hits, misses[0], misses[1]);
    return 0;
}
