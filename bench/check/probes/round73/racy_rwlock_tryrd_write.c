/* TRUTH: racy — reader thread does g = 0 (line 6) under a read lock while another reader reads g under rdlock (line 5) */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *rd(void *x){ long s=0; for (int i=0;i<1000;i++){ pthread_rwlock_rdlock(&rw); s += g; pthread_rwlock_unlock(&rw);} return (void*)s; }
void *rz(void *x){ for (int i=0;i<1000;i++){ if (pthread_rwlock_tryrdlock(&rw) == 0) { g = 0; pthread_rwlock_unlock(&rw);} } return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,rd,0); pthread_create(&b,0,rz,0); pthread_join(a,0); pthread_join(b,0); return g; }
