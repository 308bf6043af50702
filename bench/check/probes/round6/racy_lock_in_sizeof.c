/* TRUTH: racy. The lock/unlock calls sit inside sizeof and are never evaluated; g++ is unprotected. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) { (void)a; (void)sizeof(pthread_mutex_lock(&m)); g++; (void)sizeof(pthread_mutex_unlock(&m)); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return g; }
