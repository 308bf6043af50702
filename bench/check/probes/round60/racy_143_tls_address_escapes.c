/* TRUTH: racy — T1 publishes the address of its own __thread variable through a mutex-protected pointer and then keeps incrementing tlsv without a lock; T2 fetches the pointer under the mutex and increments *p without a lock; both plain RMWs hit T1's tlsv instance, unordered. */
#include <pthread.h>
#include <stdio.h>
static __thread int tlsv;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int *shared_ptr;
static int final;
static void *t1(void *arg) {
    pthread_mutex_lock(&m);
    shared_ptr = &tlsv;
    pthread_mutex_unlock(&m);
    for (int i = 0; i < 100000; i++) tlsv++;
    pthread_mutex_lock(&m);
    final = tlsv;
    pthread_mutex_unlock(&m);
    return arg;
}
static void *t2(void *arg) {
    int *p = NULL;
    while (!p) {
        pthread_mutex_lock(&m);
        p = shared_ptr;
        pthread_mutex_unlock(&m);
    }
    for (int i = 0; i < 1000; i++) (*p)++;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(b, NULL);
    pthread_join(a, NULL);
    printf("%d\n", final);
    return 0;
}
