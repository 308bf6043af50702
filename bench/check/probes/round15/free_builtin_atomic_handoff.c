/* Race-free: __atomic_store_n with RELEASE and __atomic_load_n with ACQUIRE on go order the data write before the read. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int go;
int data;
void *setter(void *arg) {
  (void)arg;
  data = 99;
  __atomic_store_n(&go, 1, __ATOMIC_RELEASE);
  return NULL;
}
void *getter(void *arg) {
  (void)arg;
  while (!__atomic_load_n(&go, __ATOMIC_ACQUIRE)) { }
  printf("%d\n", data);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, setter, NULL);
  pthread_create(&b, NULL, getter, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
