/* TRUTH: racy — the flag uses memory_order_relaxed, which gives no happens-before, so data races */
#include <pthread.h>
#include <stdatomic.h>
atomic_int ready; int data;
void *producer(void *a){ data = 42; atomic_store_explicit(&ready, 1, memory_order_relaxed); return 0; }
void *consumer(void *a){ while (!atomic_load_explicit(&ready, memory_order_relaxed)) ; return (void*)(long)data; }
int main(void){
  pthread_t t1, t2;
  pthread_create(&t1,0,producer,0); pthread_create(&t2,0,consumer,0);
  pthread_join(t1,0); pthread_join(t2,0);
  return 0;
}
