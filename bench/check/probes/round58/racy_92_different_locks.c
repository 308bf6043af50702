/* TRUTH: racy — t1 does x++ under A, t2 does x++ under B: no common lock. */
#include <pthread.h>
static int x;
static pthread_mutex_t A = PTHREAD_MUTEX_INITIALIZER, B = PTHREAD_MUTEX_INITIALIZER;
static void *t1(void *arg) { (void)arg; for (int i = 0; i < 50; i++) { pthread_mutex_lock(&A); x++; pthread_mutex_unlock(&A); } return NULL; }
static void *t2(void *arg) { (void)arg; for (int i = 0; i < 50; i++) { pthread_mutex_lock(&B); x++; pthread_mutex_unlock(&B); } return NULL; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, NULL, t1, NULL); pthread_create(&q, NULL, t2, NULL);
    pthread_join(p, NULL); pthread_join(q, NULL);
    return x;
}
