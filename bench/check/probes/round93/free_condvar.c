// Condition variable with a predicate loop: the producer writes data and sets
// ready under the mutex; the consumer waits in while(!ready), then reads data.
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int data[4];
static void *producer(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    for (int i = 0; i < 4; i++) data[i] = i * i;
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}
static void *consumer(void *arg) {
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    int s = 0;
    for (int i = 0; i < 4; i++) s += data[i];
    *(int *)arg = s;
    return NULL;
}
int main(void) {
    int s = 0;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &s);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", s);
    return 0;
}
