/* Race-free: each account's balance is accessed only while holding that account's own embedded mutex. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct account { pthread_mutex_t lock; long balance; };
struct job { struct account *acc; long delta; };
static void apply(struct account *a, long d) {
  pthread_mutex_lock(&a->lock);
  a->balance += d;
  pthread_mutex_unlock(&a->lock);
}
void *run(void *p) {
  struct job *j = p;
  for (int i = 0; i < 3; i++) apply(j->acc, j->delta);
  return NULL;
}
int main(void) {
  struct account *acc = malloc(sizeof *acc);
  if (!acc) return 1;
  pthread_mutex_init(&acc->lock, NULL);
  acc->balance = 100;
  struct job j1 = {acc, 10}, j2 = {acc, -4};
  pthread_t a, b;
  pthread_create(&a, NULL, run, &j1);
  pthread_create(&b, NULL, run, &j2);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%ld\n", acc->balance);
  pthread_mutex_destroy(&acc->lock);
  free(acc);
  return 0;
}
