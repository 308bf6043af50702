/* Racy: &o.in is the first member of struct Out, so the thread's cast back to struct Out reaches o.other, which main also writes. */
#include <pthread.h>
struct In { int a; int b; };
struct Out { struct In in; int other; };
struct Out o;
void *f(void *p) { struct Out *op = p; op->other = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, f, &o.in);
  o.other = 2;
  pthread_join(t, 0);
  return 0;
}
