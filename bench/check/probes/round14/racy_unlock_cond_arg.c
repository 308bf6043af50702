/* racy: w unlocks m through a pointer from a function returning &m... via a struct field pointer from pthread_getspecific? simpler: ternary */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a){ pthread_mutex_lock(&m); x++; pthread_mutex_unlock(a ? &m2 : &m); x++; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); pthread_join(t,0); return x; }
