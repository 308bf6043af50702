// Consumer waits for both ready_a and ready_b (set under the mutex after the
// data writes), then reads data_a and data_b -> race-free.
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready_a, ready_b;
static int data_a, data_b;
static void *prod_a(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    data_a = 1;
    ready_a = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}
static void *prod_b(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    data_b = 2;
    ready_b = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}
static void *consumer(void *arg) {
    pthread_mutex_lock(&m);
    while (!ready_a || !ready_b)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    *(int *)arg = data_a + data_b;
    return NULL;
}
int main(void) {
    int s;
    pthread_t a, b, c;
    pthread_create(&c, NULL, consumer, &s);
    pthread_create(&a, NULL, prod_a, NULL);
    pthread_create(&b, NULL, prod_b, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL); pthread_join(c, NULL);
    printf("%d\n", s);
    return 0;
}
