/* TRUTH: racy — thread other posts &arr[k] with k==0 at run time, same semaphore the consumer waits on */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
sem_t arr[2]; int x; volatile int k = 0;
void *prod(void *a){ usleep(2000); x = 1; sem_post(&arr[0]); return 0; }
void *other(void *a){ sem_post(&arr[k]); return 0; }
void *cons(void *a){ sem_wait(&arr[0]); return (void*)(long)x; }
int main(void){ pthread_t a,b,c; sem_init(&arr[0],0,0); sem_init(&arr[1],0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_create(&c,0,other,0); pthread_join(a,0); pthread_join(b,0); pthread_join(c,0); return 0; }
