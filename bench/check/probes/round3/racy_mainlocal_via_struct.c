/* TRUTH: racy. main's local x reached through a struct argument's pointer field; thread
   writes *a->p, main writes x before joining. */
#include <pthread.h>
struct arg { int *p; int id; };
static void *w(void *v) { struct arg *a = v; *a->p += a->id; return NULL; }
int main(void) {
  pthread_t t;
  int x = 0;
  struct arg a = { &x, 1 };
  pthread_create(&t, NULL, w, &a);
  x = 5;
  pthread_join(t, NULL);
  return x;
}
