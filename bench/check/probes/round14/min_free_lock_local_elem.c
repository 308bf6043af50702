/* race-free: w locks ms[1] through p = &ms[1], main locks &ms[1] directly: same mutex guards x */
#include <pthread.h>
pthread_mutex_t ms[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
int x;
void *w(void *a){ pthread_mutex_t *p = &ms[1]; pthread_mutex_lock(p); x++; pthread_mutex_unlock(p); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_mutex_lock(&ms[1]); x++; pthread_mutex_unlock(&ms[1]); pthread_join(t,0); return x; }
