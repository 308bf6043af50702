/* racy: mp = ms (array decay, no &) so unlock(mp) releases ms[0]; w's second x++ is unlocked and races main's locked x++ */
#include <pthread.h>
pthread_mutex_t ms[1] = { PTHREAD_MUTEX_INITIALIZER };
pthread_mutex_t *mp;
int x;
void *w(void *a){ pthread_mutex_lock(&ms[0]); x++; pthread_mutex_unlock(mp); x++; return 0; }
int main(void){ pthread_t t; mp = ms; pthread_create(&t,0,w,0); pthread_mutex_lock(&ms[0]); x++; pthread_mutex_unlock(&ms[0]); pthread_join(t,0); return x; }
