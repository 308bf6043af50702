/* TRUTH: free — release fence before the relaxed flag store, acquire fence after the relaxed load: fence-fence synchronisation */
#include <pthread.h>
#include <stdatomic.h>
atomic_int flag; int payload;
void *producer(void *a){ payload = 7; atomic_thread_fence(memory_order_release); atomic_store_explicit(&flag, 1, memory_order_relaxed); return 0; }
void *consumer(void *a){ while (!atomic_load_explicit(&flag, memory_order_relaxed)) ; atomic_thread_fence(memory_order_acquire); payload *= 2; return 0; }
int main(void){
  pthread_t t1, t2;
  pthread_create(&t1,0,producer,0); pthread_create(&t2,0,consumer,0);
  pthread_join(t1,0); pthread_join(t2,0);
  return payload;
}
