/* Racy: the outer check reads the plain int inited outside the mutex while another thread writes it inside. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
int inited;
int config[4];
pthread_mutex_t im = PTHREAD_MUTEX_INITIALIZER;
static void ensure(void) {
  if (!inited) {
    pthread_mutex_lock(&im);
    if (!inited) {
      for (int i = 0; i < 4; i++) config[i] = i * i;
      inited = 1;
    }
    pthread_mutex_unlock(&im);
  }
}
void *user(void *arg) {
  (void)arg;
  ensure();
  printf("%d\n", config[3]);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, user, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return 0;
}
