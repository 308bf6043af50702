/* Race-free: the table is initialized exactly once via pthread_once, which orders init before every caller's reads. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 3
pthread_once_t once = PTHREAD_ONCE_INIT;
int table[8];
static void init_table(void) { for (int i = 0; i < 8; i++) table[i] = i * 3 + 1; }
void *user(void *arg) {
  int k = (int)(intptr_t)arg;
  pthread_once(&once, init_table);
  printf("%d\n", table[k % 8]);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, user, (void *)(intptr_t)(i * 3));
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return 0;
}
