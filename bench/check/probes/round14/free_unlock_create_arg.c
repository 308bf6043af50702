/* race-free: both x++ in w are inside the lock */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
pthread_mutex_t *saved;
void *w(void *a){ saved = a; pthread_mutex_lock(&m); x++; x++; pthread_mutex_unlock(saved); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,&m); pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); pthread_join(t,0); return x; }
