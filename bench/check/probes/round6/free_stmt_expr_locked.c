/* TRUTH: race-free. The LOCKED() statement-expression macro brackets the access with lock/unlock. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
#define LOCKED(e) ({ pthread_mutex_lock(&m); __typeof__(e) _r = (e); pthread_mutex_unlock(&m); _r; })
void *w(void *a) { (void)a; return (void *)(long)LOCKED(g++); }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); int v = LOCKED(g += 2); pthread_join(t, 0); return v; }
