/* TRUTH: racy — the second lock of an error-checking mutex fails with EDEADLK, so after one unlock the thread holds nothing while writing g */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
int g;
void *w(void *a) {
  pthread_mutex_lock(&m);
  pthread_mutex_lock(&m);
  pthread_mutex_unlock(&m);
  g++;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_mutex_lock(&m);
  g++;
  pthread_mutex_unlock(&m);
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
