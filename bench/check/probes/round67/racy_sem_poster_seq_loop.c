/* TRUTH: racy — producer started sequentially in a loop (each joined); instance 2 writes x after instance 1 posted, consumer reads x concurrently */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
sem_t s; int x;
void *prod(void *a){ x++; sem_post(&s); return 0; }
void *cons(void *a){ sem_wait(&s); usleep(500); return (void*)(long)x; }
int main(void){ pthread_t a,b; sem_init(&s,0,0); pthread_create(&b,0,cons,0);
  for (int i=0;i<3;i++){ pthread_create(&a,0,prod,0); pthread_join(a,0);} pthread_join(b,0); return 0; }
