/* TRUTH: racy — one thread locks, the other does not */
#include <pthread.h>
int c; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *f(void *a){ pthread_mutex_lock(&m); c++; pthread_mutex_unlock(&m); return 0; }
void *g(void *a){ c++; return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,f,0); pthread_create(&b,0,g,0); pthread_join(a,0); pthread_join(b,0); return c; }
