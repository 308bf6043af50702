/* TRUTH: racy — main hands its local to the worker as `&cl[0]` and writes it (`cl[0] = 2`) after the create while the worker writes through the pointer. */
#include <pthread.h>
#include <stdint.h>
struct pair { int a; int b; };
static void *w(void *p) { *(int *)p = 1; return 0; }
int main(void) {
  pthread_t t;
  int *cl = (int[2]){0, 0};
  pthread_create(&t, 0, w, &cl[0]);
  cl[0] = 2;
  pthread_join(t, 0);
  return 0;
}
