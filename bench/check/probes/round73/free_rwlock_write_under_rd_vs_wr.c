/* TRUTH: free — one thread writes g under rdlock, the only other writes under wrlock: rd and wr exclude each other, and only one reader-writer exists */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *a1(void *x){ for (int i=0;i<1000;i++){ pthread_rwlock_rdlock(&rw); g++; pthread_rwlock_unlock(&rw);} return 0; }
void *a2(void *x){ for (int i=0;i<1000;i++){ pthread_rwlock_wrlock(&rw); g++; pthread_rwlock_unlock(&rw);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,a1,0); pthread_create(&b,0,a2,0); pthread_join(a,0); pthread_join(b,0); return g; }
