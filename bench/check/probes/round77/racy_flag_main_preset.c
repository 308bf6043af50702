/* TRUTH: racy — main sets flag=1 before creating threads, so t2 does not wait for t1 */
#include <pthread.h>
int data; int flag;
void *t1(void *a){ data=42; __atomic_store_n(&flag,1,__ATOMIC_RELEASE); return 0; }
void *t2(void *a){ while(!__atomic_load_n(&flag,__ATOMIC_ACQUIRE)); int y=data; (void)y; return 0; }
int main(void){ pthread_t x,y; flag=1; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
