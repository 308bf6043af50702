/* TRUTH: racy — both threads write hits under a READ lock, which two threads can hold at once: hits++ unsynchronized. */
#include <pthread.h>
static int hits;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static void *w(void *arg) { (void)arg; for (int k = 0; k < 100; k++) { pthread_rwlock_rdlock(&rw); hits++; pthread_rwlock_unlock(&rw); } return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return hits;
}
