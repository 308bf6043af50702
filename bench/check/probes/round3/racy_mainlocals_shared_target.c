/* TRUTH: racy. Two arg structs, both pointing to main's local x; two threads increment it. */
#include <pthread.h>
struct arg { int *p; };
static void *w(void *v) { struct arg *a = v; (*a->p)++; return NULL; }
int main(void) {
  pthread_t t1, t2;
  int x = 0;
  struct arg a1 = { &x }, a2 = { &x };
  pthread_create(&t1, NULL, w, &a1);
  pthread_create(&t2, NULL, w, &a2);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return x;
}
