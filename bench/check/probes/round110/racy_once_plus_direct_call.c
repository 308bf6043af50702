/* TRUTH: racy — main also calls build_table() directly (a "reset") while workers may be reading via pthread_once */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[16];

static void build_table(void) {
  for (int i = 0; i < 16; i++) table[i] = i * i;
}

static void *lookup(void *arg) {
  long k = (long)arg;
  pthread_once(&once, build_table);
  usleep(500);
  return (void *)(long)table[k];
}

int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, lookup, (void *)(i * 3));
  usleep(300);
  build_table();
  long s = 0;
  for (int i = 0; i < 4; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld\n", s);
  return 0;
}
