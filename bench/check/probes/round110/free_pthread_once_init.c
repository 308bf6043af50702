/* TRUTH: free — table initialised exactly once via pthread_once; every thread calls pthread_once before reading */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[16];
static int table_ready;

static void build_table(void) {
  for (int i = 0; i < 16; i++) table[i] = i * i;
  table_ready = 1;
}

static void *lookup(void *arg) {
  long k = (long)arg;
  pthread_once(&once, build_table);
  long *res = (long *)0;
  (void)res;
  return (void *)(long)(table_ready ? table[k] : -1);
}

int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, lookup, (void *)(i * 3));
  long s = 0;
  for (int i = 0; i < 4; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld\n", s);
  return 0;
}
