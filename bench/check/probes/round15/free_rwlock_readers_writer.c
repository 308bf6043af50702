/* Race-free: readers read the table under rdlock and the single writer updates it under wrlock. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define R 3
#define SZ 4
int table[SZ];
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int seen[R];
void *reader(void *arg) {
  int id = (int)(intptr_t)arg;
  int s = 0;
  pthread_rwlock_rdlock(&rw);
  for (int i = 0; i < SZ; i++) s += table[i];
  pthread_rwlock_unlock(&rw);
  seen[id] = s;
  return NULL;
}
void *writer(void *arg) {
  (void)arg;
  for (int k = 0; k < 2; k++) {
    pthread_rwlock_wrlock(&rw);
    for (int i = 0; i < SZ; i++) table[i] += k + 1;
    pthread_rwlock_unlock(&rw);
  }
  return NULL;
}
int main(void) {
  pthread_t r[R], w;
  pthread_create(&w, NULL, writer, NULL);
  for (int i = 0; i < R; i++) pthread_create(&r[i], NULL, reader, (void *)(intptr_t)i);
  for (int i = 0; i < R; i++) pthread_join(r[i], NULL);
  pthread_join(w, NULL);
  printf("%d %d\n", seen[0], table[0]);
  return 0;
}
