/* TRUTH: racy. Thread bodies picked from a table: bodies[0] writes g, bodies[1] reads g. */
#include <pthread.h>
static int g;
static void *inc(void *v) { (void)v; g++; return NULL; }
static void *rd(void *v) { (void)v; return (void *)(long)g; }
static void *(*bodies[2])(void *) = { inc, rd };
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, bodies[i], NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return g;
}
