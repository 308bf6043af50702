/* Racy: a volatile int flag is not synchronization, so the flag and data accesses race between the two threads. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
volatile int go;
int data;
void *setter(void *arg) {
  (void)arg;
  data = 99;
  go = 1;
  return NULL;
}
void *getter(void *arg) {
  (void)arg;
  while (!go) { }
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
