/* TRUTH: free — 'calls' is _Thread_local: each thread (and main) increments its own copy; nothing escapes */
#include <pthread.h>
#include <stdio.h>

static _Thread_local int calls;
static _Thread_local char scratch[16];

static int hashit(const char *s) {
  calls++;
  int h = 0;
  for (int i = 0; s[i] && i < 15; i++) { scratch[i] = s[i]; h = h * 31 + s[i]; }
  return h;
}

static void *worker(void *arg) {
  const char *word = arg;
  int h = 0;
  for (int i = 0; i < 10; i++) h ^= hashit(word);
  return (void *)(long)(calls + (h & 1));
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, "alpha");
  pthread_create(&b, NULL, worker, "beta");
  hashit("main");
  void *ra, *rb;
  pthread_join(a, &ra);
  pthread_join(b, &rb);
  printf("%ld %ld %d\n", (long)ra, (long)rb, calls);
  return 0;
}
