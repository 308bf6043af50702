/* Race-free: the setter writes msg and ready under the mutex and the waiter reads them under the mutex after a while-loop cond wait. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char msg[32];
int ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *setter(void *arg) {
  (void)arg;
  pthread_mutex_lock(&m);
  strcpy(msg, rand() % 2 ? "heads" : "tails");
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return NULL;
}
void *waiter(void *arg) {
  (void)arg;
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&cv, &m);
  printf("%s\n", msg);
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&b, NULL, waiter, NULL);
  pthread_create(&a, NULL, setter, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
