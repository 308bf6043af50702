/* free: each worker writes only its own slot[id] under locks[id]; the aggregator takes
   locks[i] before reading slot[i]. */
#include <pthread.h>
#include <stdio.h>
#define NT 4
static pthread_mutex_t locks[NT];
static long slot[NT];
static int ids[NT];

static void *worker(void *arg) {
    int id = *(int *)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&locks[id]);
        slot[id] += i;
        pthread_mutex_unlock(&locks[id]);
    }
    return NULL;
}
static void *aggregator(void *arg) {
    long total = 0;
    (void)arg;
    for (int i = 0; i < NT; i++) {
        pthread_mutex_lock(&locks[i]);
        total += slot[i];
        pthread_mutex_unlock(&locks[i]);
    }
    printf("%ld\n", total);
    return NULL;
}
int main(void) {
    pthread_t t[NT], ag;
    for (int i = 0; i < NT; i++) { pthread_mutex_init(&locks[i], NULL); ids[i] = i; }
    for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, worker, &ids[i]);
    pthread_create(&ag, NULL, aggregator, NULL);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    pthread_join(ag, NULL);
    return 0;
}
