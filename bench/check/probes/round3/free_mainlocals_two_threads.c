/* TRUTH: free. Each thread gets a struct whose pointer field points to a different local of
   main; main reads only after joins. */
#include <pthread.h>
struct arg { int *p; };
static void *w(void *v) { struct arg *a = v; (*a->p)++; return NULL; }
int main(void) {
  pthread_t t1, t2;
  int x = 0, y = 0;
  struct arg a1 = { &x }, a2 = { &y };
  pthread_create(&t1, NULL, w, &a1);
  pthread_create(&t2, NULL, w, &a2);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return x + y;
}
