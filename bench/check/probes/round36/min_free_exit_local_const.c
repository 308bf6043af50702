/* TRUTH: free — present is a local that is always 0, so `if (!present) pthread_exit(0);` (line 6) always ends the thread before x = 1 (line 7); main's x = 2 has no concurrent access. */
#include <pthread.h>
static int x;
static void *t1(void *p) {
  int present = 0;
  if (!present) pthread_exit(0);
  x = 1;
  return 0;
}
int main(void) {
  pthread_t a;
  pthread_create(&a, 0, t1, 0);
  x = 2;
  pthread_join(a, 0);
  return x;
}
