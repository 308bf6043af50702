/* RACY: consumer polls `count` without holding the mutex while the producer
   updates it under the mutex. */
#include <pthread.h>
#include <stdio.h>
#define CAP 8
static int buf[CAP];
static int head, tail, count;
static int done;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void *producer(void *a) {
    (void)a;
    for (int i = 0; i < 100; ) {
        pthread_mutex_lock(&mu);
        if (count < CAP) {
            buf[tail] = i++;
            tail = (tail + 1) % CAP;
            count++;
        }
        pthread_mutex_unlock(&mu);
    }
    pthread_mutex_lock(&mu);
    done = 1;
    pthread_mutex_unlock(&mu);
    return NULL;
}
static void *consumer(void *a) {
    long *sum = a;
    for (;;) {
        if (count == 0) {              /* unprotected read */
            pthread_mutex_lock(&mu);
            int d = done && count == 0;
            pthread_mutex_unlock(&mu);
            if (d) break;
            continue;
        }
        pthread_mutex_lock(&mu);
        if (count > 0) {
            *sum += buf[head];
            head = (head + 1) % CAP;
            count--;
        }
        pthread_mutex_unlock(&mu);
    }
    return NULL;
}
int main(void) {
    pthread_t p, c;
    long sum = 0;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, &sum);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", sum);
    return 0;
}
