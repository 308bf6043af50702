/* Racy: a and b are adjacent bit-fields forming one memory location, so writes to f.a and f.b by two threads conflict. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct flags { unsigned a : 4; unsigned b : 4; };
struct flags f;
void *set_a(void *p) { (void)p; for (int i = 0; i < 3; i++) f.a++; return NULL; }
void *set_b(void *p) { (void)p; for (int i = 0; i < 3; i++) f.b++; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, set_a, NULL);
  pthread_create(&y, NULL, set_b, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  printf("%u %u\n", f.a, f.b);
  return 0;
}
