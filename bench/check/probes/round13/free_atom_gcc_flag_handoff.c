/* race-free: producer writes msg then __atomic_store_n(&ready,1,RELEASE); consumer spins with ACQUIRE load before reading msg */
#include <pthread.h>
#include <string.h>
#include <assert.h>
char msg[16];
int ready;
void *prod(void *p) { (void)p; strcpy(msg, "hello"); __atomic_store_n(&ready, 1, __ATOMIC_RELEASE); return NULL; }
void *cons(void *p) {
  (void)p;
  while (!__atomic_load_n(&ready, __ATOMIC_ACQUIRE)) ;
  assert(msg[0] == 'h');
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&b, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
