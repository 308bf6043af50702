/* TRUTH: racy — volatile is not atomic: both threads do n++ (read+write) on the same int unsynchronized. */
#include <pthread.h>
static volatile int n;
static void *w(void *arg) { (void)arg; for (int i = 0; i < 1000; i++) n++; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
