/* Racy: main reads its escaped local before joining the thread that increments it through the pointer. */
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
  pthread_t t;
  pthread_create(&t, NULL, bump, &local);
  printf("%d\n", local);
  pthread_join(t, NULL);
  return 0;
}
