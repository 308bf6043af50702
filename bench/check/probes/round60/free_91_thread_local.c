/* TRUTH: free — tls_count is __thread, so each thread has its own copy; the shared total is only updated under the mutex. */
#include <pthread.h>
#include <stdio.h>
static __thread int tls_count;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int total;
static void *work(void *arg) {
    for (int i = 0; i < 100; i++) tls_count++;
    pthread_mutex_lock(&m);
    total += tls_count;
    pthread_mutex_unlock(&m);
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", total, tls_count);
    return 0;
}
