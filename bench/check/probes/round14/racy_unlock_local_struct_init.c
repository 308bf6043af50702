/* racy: local struct h = { &m } then unlock(h.mp) releases m; w's second x++ is unlocked */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
struct holder { pthread_mutex_t *mp; };
void *w(void *a){ struct holder h = { &m }; pthread_mutex_lock(&m); x++; pthread_mutex_unlock(h.mp); x++; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); pthread_join(t,0); return x; }
