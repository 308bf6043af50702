/* free: each thread writes its own instance of a _Thread_local / __thread
   variable. */
#include <pthread.h>
static _Thread_local int tls_a;
static __thread int tls_b;
static void *t(void *x) { (void)x; tls_a++; tls_b += 2; return (void *)(long)(tls_a + tls_b); }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    tls_a = 10; tls_b = 20;
    pthread_join(p, 0);
    pthread_join(q, 0);
    return tls_a + tls_b;
}
