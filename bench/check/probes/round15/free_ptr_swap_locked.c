/* Race-free: the current-config pointer is swapped and dereferenced only under the mutex; old configs are freed after joins. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct cfg { int level; int limit; };
struct cfg *cur;
struct cfg *retired[4];
int nretired;
pthread_mutex_t cm = PTHREAD_MUTEX_INITIALIZER;
void *updater(void *arg) {
  (void)arg;
  for (int i = 0; i < 2; i++) {
    struct cfg *n = malloc(sizeof *n);
    if (!n) return NULL;
    n->level = i; n->limit = 10 * i;
    pthread_mutex_lock(&cm);
    retired[nretired++] = cur;
    cur = n;
    pthread_mutex_unlock(&cm);
  }
  return NULL;
}
void *reader(void *arg) {
  int *out = arg;
  pthread_mutex_lock(&cm);
  *out = cur->level + cur->limit;
  pthread_mutex_unlock(&cm);
  return NULL;
}
int main(void) {
  cur = calloc(1, sizeof *cur);
  if (!cur) return 1;
  int r1 = 0, r2 = 0;
  pthread_t u, a, b;
  pthread_create(&u, NULL, updater, NULL);
  pthread_create(&a, NULL, reader, &r1);
  pthread_create(&b, NULL, reader, &r2);
  pthread_join(u, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  for (int i = 0; i < nretired; i++) free(retired[i]);
  printf("%d %d %d\n", r1, r2, cur->level);
  free(cur);
  return 0;
}
