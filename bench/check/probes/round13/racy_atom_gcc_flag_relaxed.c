/* racy: consumer's load of ready is __ATOMIC_RELAXED, so reading msg is not ordered after strcpy */
#include <pthread.h>
#include <string.h>
char msg[16];
int ready;
void *prod(void *p) { (void)p; strcpy(msg, "hello"); __atomic_store_n(&ready, 1, __ATOMIC_RELEASE); return NULL; }
void *cons(void *p) {
  (void)p;
  while (!__atomic_load_n(&ready, __ATOMIC_RELAXED)) ;
  return (void *)(long)msg[0];
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&b, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
