/* race-free: main writes x before signalling go */
#include <pthread.h>
#include <stdatomic.h>
int g; int x; atomic_int ack, go;
void *w(void *a){
  if (g == 0) {
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&ack, 1, memory_order_relaxed);
    while (!atomic_load_explicit(&go, memory_order_relaxed)) ;
    atomic_thread_fence(memory_order_acquire);
    if (g == 1) x = 1;
  }
  return 0;
}
int main(void){ pthread_t t; pthread_create(&t,0,w,0);
  while (!atomic_load_explicit(&ack, memory_order_relaxed)) ;
  atomic_thread_fence(memory_order_acquire);
  g = 1; x = 2;
  atomic_thread_fence(memory_order_release);
  atomic_store_explicit(&go, 1, memory_order_relaxed);

  pthread_join(t,0); return x; }
