/* TRUTH: free — t1 writes a[0..7], then sets done under m and signals; t2 waits under m until done before writing a[0..7]. */
#include <pthread.h>
static int a[8];
static int done;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *t1(void *p) {
    (void)p;
    for (int i = 0; i < 8; i++) a[i] = 1;
    pthread_mutex_lock(&m); done = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m);
    return NULL;
}
static void *t2(void *p) {
    (void)p;
    pthread_mutex_lock(&m); while (!done) pthread_cond_wait(&cv, &m); pthread_mutex_unlock(&m);
    for (int i = 0; i < 8; i++) a[i] = 2;
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
