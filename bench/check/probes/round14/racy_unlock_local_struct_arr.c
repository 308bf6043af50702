/* racy: local struct h = { ms } (array decay) then unlock(h.mp) releases ms[0]; w's second x++ is unlocked */
#include <pthread.h>
pthread_mutex_t ms[1] = { PTHREAD_MUTEX_INITIALIZER };
int x;
struct holder { pthread_mutex_t *mp; };
void *w(void *a){ struct holder h = { ms }; pthread_mutex_lock(&ms[0]); x++; pthread_mutex_unlock(h.mp); x++; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_mutex_lock(&ms[0]); x++; pthread_mutex_unlock(&ms[0]); pthread_join(t,0); return x; }
