/* TRUTH: race-free. The lock is taken in the for-init clause and released after the loop. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) { (void)a; for (pthread_mutex_lock(&m); g < 10; g++) ; pthread_mutex_unlock(&m); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); pthread_mutex_lock(&m); g = 0; pthread_mutex_unlock(&m); pthread_join(t, 0); return g; }
