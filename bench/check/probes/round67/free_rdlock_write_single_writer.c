/* TRUTH: free — writer under rdlock runs alone: the reader-only thread is joined before it starts */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER; int val;
void *w(void *a){ pthread_rwlock_rdlock(&rw); val++; pthread_rwlock_unlock(&rw); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_join(a,0); pthread_create(&b,0,w,0); pthread_join(b,0); return val; }
