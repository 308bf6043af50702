/* TRUTH: racy — main hands its local to the worker as `&buf[1]` and writes it (`buf[1] = 2`) after the create while the worker writes through the pointer. */
#include <pthread.h>
#include <stdint.h>
struct pair { int a; int b; };
static void *w(void *p) { *(int *)p = 1; return 0; }
int main(void) {
  pthread_t t;
  int buf[3] = {0};
  pthread_create(&t, 0, w, &buf[1]);
  buf[1] = 2;
  pthread_join(t, 0);
  return 0;
}
