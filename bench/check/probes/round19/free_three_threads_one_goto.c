/* TRUTH: race-free. A and B lock m; C takes m by a trylock goto-retry before touching x. */
#include <pthread.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *A(void *a) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); return 0; }
void *B(void *a) { pthread_mutex_lock(&m); x--; pthread_mutex_unlock(&m); return 0; }
void *C(void *a) {
again:
    if (pthread_mutex_trylock(&m))
        goto again;
    x += 2;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t a, b, c;
    pthread_create(&a, 0, A, 0);
    pthread_create(&b, 0, B, 0);
    pthread_create(&c, 0, C, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    pthread_join(c, 0);
    return x;
}
