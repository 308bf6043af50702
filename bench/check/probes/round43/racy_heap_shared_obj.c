/* TRUTH: racy — one malloc'd struct acct is handed to both threads, which both do a->bal += 5 without a lock */
#include <pthread.h>
#include <stdlib.h>
struct acct { int bal; int id; };
void *w(void *p) { struct acct *a = p; a->bal += 5; return 0; }
int main(void) {
  struct acct *a = malloc(sizeof *a);
  if (!a) return 1;
  a->bal = 0; a->id = 1;
  pthread_t x, y;
  pthread_create(&x, 0, w, a);
  pthread_create(&y, 0, w, a);
  pthread_join(x, 0); pthread_join(y, 0);
  int r = a->bal;
  free(a);
  return r;
}
