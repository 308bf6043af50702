/* racy: main publishes g=1 with a release store on f; w's relaxed load then acquire load of f sees it, reads g==1, writes x; main writes x after */
#include <pthread.h>
#include <stdatomic.h>
int g; int x; atomic_int f, ack;
void *w(void *a){
  if (g == 0) {
    atomic_store_explicit(&ack, 1, memory_order_release);
    while (!atomic_load_explicit(&f, memory_order_acquire)) ;
    if (g == 1) x = 1;
  }
  return 0;
}
int main(void){ pthread_t t; pthread_create(&t,0,w,0);
  while (!atomic_load_explicit(&ack, memory_order_acquire)) ;
  g = 1; atomic_store_explicit(&f, 1, memory_order_release); x = 2;
  pthread_join(t,0); return x; }
