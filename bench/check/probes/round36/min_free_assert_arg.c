/* TRUTH: free — the thread is given NULL, so assert(p != NULL) (line 7) fails and aborts the program before x = 1 (line 8) can run; x = 1 never executes, so main's x = 2 has no conflicting partner. */
#include <pthread.h>
#include <assert.h>
#include <stddef.h>
static int x;
static void *t1(void *p) {
  assert(p != NULL);
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
