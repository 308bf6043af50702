/* TRUTH: free — both threads do total += i under the same pthread spinlock. */
#include <pthread.h>
static long total;
static pthread_spinlock_t sl;
static void *w(void *arg) { (void)arg; for (int i = 0; i < 100; i++) { pthread_spin_lock(&sl); total += i; pthread_spin_unlock(&sl); } return NULL; }
int main(void) {
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return total != 9900;
}
