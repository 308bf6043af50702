/* TRUTH: racy — gm is a __thread global: each thread locks its own copy directly, so n++ in the two threads is unsynchronized. */
#include <pthread.h>
static int n;
static __thread pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *arg) { (void)arg; for (int i = 0; i < 20; i++) { pthread_mutex_lock(&gm); n++; pthread_mutex_unlock(&gm); } return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
