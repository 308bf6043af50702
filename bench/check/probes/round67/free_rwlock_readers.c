/* TRUTH: free — readers under rdlock, writer under wrlock */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER; int val;
void *rd(void *a){ pthread_rwlock_rdlock(&rw); int r = val; pthread_rwlock_unlock(&rw); return (void*)(long)r; }
void *wr(void *a){ pthread_rwlock_wrlock(&rw); val++; pthread_rwlock_unlock(&rw); return 0; }
int main(void){ pthread_t t[3]; pthread_create(&t[0],0,rd,0); pthread_create(&t[1],0,wr,0); pthread_create(&t[2],0,rd,0); for(int i=0;i<3;i++) pthread_join(t[i],0); return val; }
