/* TRUTH: race-free. m2 is an alias of m (same mutex object); worker locks m2, main locks m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
extern pthread_mutex_t m2 __attribute__((alias("m")));
int g;
void *w(void *a) { (void)a; pthread_mutex_lock(&m2); g++; pthread_mutex_unlock(&m2); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); pthread_join(t, 0); return g; }
