/* race-free: ms and &ms[0] are the same mutex, all x accesses under it */
#include <pthread.h>
pthread_mutex_t ms[1] = { PTHREAD_MUTEX_INITIALIZER };
int x;
void *w(void *a){ pthread_mutex_lock(ms); x++; x++; pthread_mutex_unlock(ms); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_mutex_lock(&ms[0]); x++; pthread_mutex_unlock(&ms[0]); pthread_join(t,0); return x; }
