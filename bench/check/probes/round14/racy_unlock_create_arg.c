/* racy: w gets &m as its argument and unlocks through a local copy, then writes x unlocked racing main's locked x++ */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
pthread_mutex_t *saved;
void *w(void *a){ saved = a; pthread_mutex_lock(&m); x++; pthread_mutex_unlock(saved); x++; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,&m); pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); pthread_join(t,0); return x; }
