/* TRUTH: racy — threads protect c with different mutexes */
#include <pthread.h>
int c; pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
void *f(void *a){ pthread_mutex_t *m = a; pthread_mutex_lock(m); c++; pthread_mutex_unlock(m); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,f,&m1); pthread_create(&b,0,f,&m2); pthread_join(a,0); pthread_join(b,0); return c; }
