/* Racy: the thread writes through the alias gp = &shared under a mutex, but main writes shared directly without it. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int shared;
int *gp;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *via_alias(void *arg) {
  (void)arg;
  pthread_mutex_lock(&m);
  *gp += 10;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  gp = &shared;
  pthread_t t;
  pthread_create(&t, NULL, via_alias, NULL);
  shared += 1;
  pthread_join(t, NULL);
  printf("%d\n", shared);
  return 0;
}
