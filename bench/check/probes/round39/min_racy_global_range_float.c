/* TRUTH: racy — `level = 2.9` stores 2 (truncation) and `level = 1e3` stores 1000; both workers see level == 1000 and run `hits++` concurrently. */
#include <pthread.h>
static int level;
static int hits;
static void *w(void *p) {
  (void)p;
  if (level == 1000) hits++;
  return 0;
}
int main(void) {
  pthread_t a, b;
  level = 2.9;
  level = 1e3;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return hits;
}
