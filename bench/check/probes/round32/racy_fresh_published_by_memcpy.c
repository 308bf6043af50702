/* TRUTH: racy. The producer publishes its fresh block through memcpy(&box, &p) under the lock, then writes *p unlocked; the reader reads *q under no common lock. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int *box;
static void *producer(void *arg) {
    (void)arg;
    int *p = malloc(sizeof *p);
    if (!p)
        return NULL;
    *p = 1;
    pthread_mutex_lock(&m);
    memcpy(&box, &p, sizeof p);
    pthread_mutex_unlock(&m);
    *p = 2;
    return NULL;
}
static void *reader(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    int *q = box;
    pthread_mutex_unlock(&m);
    if (q)
        return (void *)(long)*q;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
