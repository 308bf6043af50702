/* Racy: both threads accumulate directly into the shared global total without a lock. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define NT 2
#define LEN 12
const int input[LEN] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8};
int total;
void *sum(void *arg) {
  int id = (int)(intptr_t)arg;
  for (int i = id * (LEN / NT); i < (id + 1) * (LEN / NT); i++) total += input[i];
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, sum, (void *)(intptr_t)0);
  pthread_create(&b, NULL, sum, (void *)(intptr_t)1);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%d\n", total);
  return 0;
}
