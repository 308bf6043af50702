/* TRUTH: free — same as min_free_exit_arg_null but the check `if (p == NULL) abort();` (line 7) ends the program; the NULL-argument thread never reaches x = 1 (line 8), so main's x = 2 has no conflicting partner. */
#include <pthread.h>
#include <stdlib.h>
#include <stddef.h>
static int x;
static void *t1(void *p) {
  if (p == NULL) abort();
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
