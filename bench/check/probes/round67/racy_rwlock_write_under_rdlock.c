/* TRUTH: racy — two threads write under a read lock (shared) */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER; int val;
void *f(void *a){ pthread_rwlock_rdlock(&rw); val++; pthread_rwlock_unlock(&rw); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,f,0); pthread_create(&b,0,f,0); pthread_join(a,0); pthread_join(b,0); return val; }
