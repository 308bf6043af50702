/* Racy: the same stack local's address is passed to two threads that both increment it without a lock. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
void *bump(void *arg) {
  int *p = arg;
  for (int i = 0; i < 4; i++) *p += i;
  return NULL;
}
int main(int argc, char **argv) {
  (void)argv;
  int local = argc;
  pthread_t t1, t2;
  pthread_create(&t1, NULL, bump, &local);
  pthread_create(&t2, NULL, bump, &local);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  printf("%d\n", local);
  return 0;
}
