/* TRUTH: free — both threads increment cnt atomically; main reads after joins */
#include <pthread.h>
int cnt;
void *t1(void *a){ __atomic_fetch_add(&cnt,1,__ATOMIC_SEQ_CST); return 0; }
void *t2(void *a){ __atomic_fetch_add(&cnt,2,__ATOMIC_RELAXED); return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return cnt; }
