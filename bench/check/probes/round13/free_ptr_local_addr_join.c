/* race-free: main passes &local to the thread and reads local only after pthread_join */
#include <pthread.h>
#include <assert.h>
void *w(void *p) { int *x = p; *x += 41; return NULL; }
int main(void) {
  int local = 1;
  pthread_t t;
  pthread_create(&t, NULL, w, &local);
  pthread_join(t, NULL);
  assert(local == 42);
  return 0;
}
