/* TRUTH: racy — both threads can see inited == 0 (separate load and store) and both write table[0] */
#include <pthread.h>
#include <stdatomic.h>
atomic_int inited;
int table[4];
void *w(void *x){
  if (atomic_load(&inited) == 0) { table[0] = (int)(long)x; atomic_store(&inited, 1); }
  return 0;
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)1L); pthread_create(&b,0,w,(void*)2L);
  pthread_join(a,0); pthread_join(b,0);
  return table[0];
}
