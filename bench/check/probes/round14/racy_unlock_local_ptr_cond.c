/* racy: p is &m (a is null), unlock(p) releases m; w's second x++ is unlocked */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a){ pthread_mutex_t *p = &m; if (a) p = &m2; pthread_mutex_lock(&m); x++; pthread_mutex_unlock(p); x++; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); pthread_join(t,0); return x; }
