/* TRUTH: free — the producer writes payload, then sets ready=1 under the write lock; the consumer polls ready under the read lock in a for(;;) loop and breaks once it saw 1, then reads payload: its read lock that saw ready==1 followed the producer's write unlock, so payload is ordered. */
#include <pthread.h>
#include <stdio.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int ready;
static int payload;
static int out;
static void *producer(void *arg) {
    payload = 7;
    pthread_rwlock_wrlock(&rw);
    ready = 1;
    pthread_rwlock_unlock(&rw);
    return arg;
}
static void *consumer(void *arg) {
    for (;;) {
        pthread_rwlock_rdlock(&rw);
        int r = ready;
        pthread_rwlock_unlock(&rw);
        if (r)
            break;
    }
    out = payload;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
