/* TRUTH: racy — two threads increment g (line 5) holding only the read lock: readers run concurrently */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *w(void *x){ for (int i=0;i<1000;i++){ pthread_rwlock_rdlock(&rw); g++; pthread_rwlock_unlock(&rw);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
