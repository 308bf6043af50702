/* racy: local pointer p = ms (array decay) unlocks ms[0]; w's second x++ is unlocked */
#include <pthread.h>
pthread_mutex_t ms[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
int x;
void *w(void *a){ pthread_mutex_t *p = ms; pthread_mutex_lock(&ms[0]); x++; pthread_mutex_unlock(p); x++; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_mutex_lock(&ms[0]); x++; pthread_mutex_unlock(&ms[0]); pthread_join(t,0); return x; }
