/* TRUTH: race-free. The ops struct's lock/unlock fields point to pthread_mutex_lock/unlock; both sides lock m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
struct lockops { int (*lock)(pthread_mutex_t *); int (*unlock)(pthread_mutex_t *); } ops = { pthread_mutex_lock, pthread_mutex_unlock };
int g;
void *w(void *a) { (void)a; ops.lock(&m); g++; ops.unlock(&m); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); ops.lock(&m); g++; ops.unlock(&m); pthread_join(t, 0); return g; }
