/* TRUTH: free — writer writes g under wrlock, reader reads under rdlock */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *wr(void *x){ for (int i=0;i<1000;i++){ pthread_rwlock_wrlock(&rw); g++; pthread_rwlock_unlock(&rw);} return 0; }
void *rd(void *x){ long s=0; for (int i=0;i<1000;i++){ pthread_rwlock_rdlock(&rw); s += g; pthread_rwlock_unlock(&rw);} return (void*)s; }
int main(void){ pthread_t a,b,c; pthread_create(&a,0,wr,0); pthread_create(&b,0,rd,0); pthread_create(&c,0,rd,0); pthread_join(a,0); pthread_join(b,0); pthread_join(c,0); return g; }
