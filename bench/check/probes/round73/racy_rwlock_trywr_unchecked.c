/* TRUTH: racy — pthread_rwlock_trywrlock unchecked; g++ (line 5) may run while the reader holds rdlock and reads g (line 6) */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *wr(void *x){ for (int i=0;i<1000;i++){ int r = pthread_rwlock_trywrlock(&rw); g++; if (r == 0) pthread_rwlock_unlock(&rw);} return 0; }
void *rd(void *x){ long s=0; for (int i=0;i<1000;i++){ pthread_rwlock_rdlock(&rw); s += g; pthread_rwlock_unlock(&rw);} return (void*)s; }
int main(void){ pthread_t a,b; pthread_create(&a,0,wr,0); pthread_create(&b,0,rd,0); pthread_join(a,0); pthread_join(b,0); return g; }
