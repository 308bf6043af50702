/* TRUTH: racy — ready is a plain int: the spin loop's reads race with the writer's store (and data is unordered) */
#include <pthread.h>
int ready; int data;
void *producer(void *a){ data = 42; ready = 1; return 0; }
void *consumer(void *a){ while (!*(volatile int *)&ready) ; return (void*)(long)data; }
int main(void){
  pthread_t t1, t2;
  pthread_create(&t1,0,producer,0); pthread_create(&t2,0,consumer,0);
  pthread_join(t1,0); pthread_join(t2,0);
  return 0;
}
