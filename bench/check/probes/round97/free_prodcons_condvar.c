/* FREE: bounded buffer producer/consumer; all buffer state accessed under one mutex
   with condition variables. */
#include <pthread.h>
#include <stdio.h>
#define CAP 8
static int buf[CAP];
static int head, tail, count;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static void put(int v) {
    pthread_mutex_lock(&mu);
    while (count == CAP) pthread_cond_wait(&not_full, &mu);
    buf[tail] = v;
    tail = (tail + 1) % CAP;
    count++;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&mu);
}
static int get(void) {
    pthread_mutex_lock(&mu);
    while (count == 0) pthread_cond_wait(&not_empty, &mu);
    int v = buf[head];
    head = (head + 1) % CAP;
    count--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&mu);
    return v;
}
static void *producer(void *a) {
    (void)a;
    for (int i = 0; i < 100; i++) put(i);
    put(-1);
    return NULL;
}
static void *consumer(void *a) {
    long *sum = a;
    for (;;) {
        int v = get();
        if (v < 0) break;
        *sum += v;
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
