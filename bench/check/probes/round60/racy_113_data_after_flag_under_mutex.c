/* TRUTH: racy — the producer sets ready=1 under m but writes data only after unlocking; a consumer that sees ready==1 under m then reads data outside the lock, unordered with the producer's post-unlock write. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int ready;
static int data;
static int out = -1;
static void *producer(void *arg) {
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    data = 7;
    return arg;
}
static void *consumer(void *arg) {
    int r = 0;
    while (!r) {
        pthread_mutex_lock(&m);
        r = ready;
        pthread_mutex_unlock(&m);
    }
    out = data;
    return arg;
}
int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", out);
    return 0;
}
