/* Racy: add_twice does total -= 1 after its outer unlock, outside the recursive mutex, racing with w2's locked adds. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
pthread_mutex_t rm;
int total;
static void add(int v) {
  pthread_mutex_lock(&rm);
  total += v;
  pthread_mutex_unlock(&rm);
}
static void add_twice(int v) {
  pthread_mutex_lock(&rm);
  add(v);
  add(v);
  pthread_mutex_unlock(&rm);
  total -= 1;
}
void *w1(void *arg) { (void)arg; add_twice(3); return NULL; }
void *w2(void *arg) { (void)arg; add(5); add_twice(1); return NULL; }
int main(void) {
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&rm, &at);
  pthread_t a, b;
  pthread_create(&a, NULL, w1, NULL);
  pthread_create(&b, NULL, w2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%d\n", total);
  return 0;
}
