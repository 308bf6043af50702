/* TRUTH: free — the only thread is created with argument NULL, so `if (p == NULL) pthread_exit(0);` (line 6) always ends it before x = 1 (line 7); main's x = 2 (line 13) has no concurrent access. */
#include <pthread.h>
#include <stddef.h>
static int x;
static void *t1(void *p) {
  if (p == NULL) pthread_exit(0);
  x = 1;
  return 0;
}
int main(void) {
  pthread_t a;
  pthread_create(&a, 0, t1, NULL);
  x = 2;
  pthread_join(a, 0);
  return x;
}
