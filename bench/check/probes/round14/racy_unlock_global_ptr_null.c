/* racy: gp = &m set in main; w unlocks via gp, so its second x++ is unlocked */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t *gp;
int x;
void *w(void *a){ pthread_mutex_lock(&m); x++; pthread_mutex_unlock(gp); x++; return 0; }
int main(void){ pthread_t t; gp = &m; pthread_create(&t,0,w,0); pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); pthread_join(t,0); return x; }
