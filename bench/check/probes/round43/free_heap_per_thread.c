/* TRUTH: free — each thread gets its own malloc'd struct acct; main initializes before create and reads/frees after join */
#include <pthread.h>
#include <stdlib.h>
struct acct { int bal; int id; };
void *w(void *p) { struct acct *a = p; a->bal += 5; return 0; }
int main(void) {
  struct acct *a = malloc(sizeof *a), *b = malloc(sizeof *b);
  if (!a || !b) return 1;
  a->bal = 0; a->id = 1; b->bal = 0; b->id = 2;
  pthread_t x, y;
  pthread_create(&x, 0, w, a);
  pthread_create(&y, 0, w, b);
  pthread_join(x, 0); pthread_join(y, 0);
  int r = a->bal + b->bal;
  free(a); free(b);
  return r;
}
