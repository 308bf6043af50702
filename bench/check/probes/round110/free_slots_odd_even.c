/* TRUTH: free — two threads split the array by parity (id 0 even cells, id 1 odd cells); disjoint writes */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define LEN 64

int cells[LEN];

static void *mark(void *arg) {
  intptr_t parity = (intptr_t)arg;
  for (int i = (int)parity; i < LEN; i += 2) cells[i] = (int)parity + 1;
  return NULL;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, mark, (void *)0);
  pthread_create(&b, NULL, mark, (void *)1);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  int s = 0;
  for (int i = 0; i < LEN; i++) s += cells[i];
  printf("%d\n", s);
  return 0;
}
