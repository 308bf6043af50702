/* TRUTH: racy — t1 sets flag BEFORE writing data; t2 may read data concurrently with the write */
#include <pthread.h>
#include <stdlib.h>
int data; int flag;
void *t1(void *a){ __atomic_store_n(&flag,1,__ATOMIC_RELEASE); data=42; return 0; }
void *t2(void *a){ while(!__atomic_load_n(&flag,__ATOMIC_ACQUIRE)); int y=data; (void)y; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
