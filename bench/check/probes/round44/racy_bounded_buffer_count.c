/* TRUTH: racy — consumer decrements count after releasing the mutex, racing with producer's locked count++ */
#include <pthread.h>
#define CAP 4
static int buf[CAP];
static int head, tail, count;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *producer(void *arg) {
    (void)arg;
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&m);
        while (count == CAP) pthread_cond_wait(&cv, &m);
        buf[tail] = i;
        tail = (tail + 1) % CAP;
        count++;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
static void *consumer(void *arg) {
    int *sum = arg;
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&m);
        while (count == 0) pthread_cond_wait(&cv, &m);
        *sum += buf[head];
        head = (head + 1) % CAP;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&m);
        count--;                        /* outside the lock */
    }
    return NULL;
}
int main(void) {
    int sum = 0;
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, &sum);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return sum;
}
