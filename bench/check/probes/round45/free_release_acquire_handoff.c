/* TRUTH: free — data is written before a release store; the consumer reads it after an acquire load sees 1 */
#include <pthread.h>
#include <stdatomic.h>
atomic_int ready; int data;
void *producer(void *a){ data = 42; atomic_store_explicit(&ready, 1, memory_order_release); return 0; }
void *consumer(void *a){ while (!atomic_load_explicit(&ready, memory_order_acquire)) ; data += 1; return 0; }
int main(void){
  pthread_t t1, t2;
  pthread_create(&t1,0,producer,0); pthread_create(&t2,0,consumer,0);
  pthread_join(t1,0); pthread_join(t2,0);
  return data;
}
