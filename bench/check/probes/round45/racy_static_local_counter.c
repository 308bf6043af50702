/* TRUTH: racy — static local calls in next_id() is shared by both threads and incremented unlocked */
#include <pthread.h>
static int next_id(void){ static int calls; return ++calls; }
void *w(void *x){ return (void*)(long)next_id(); }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
