/* TRUTH: racy — __sync_synchronize fences do not make the plain accesses to go/value atomic; they still race */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_46_fence_plain_flag.c", 4, "reach_error"); }
int value;
int go;

void *setter(void *arg) {
  value = 5;
  __sync_synchronize();
  go = 1;
  return 0;
}

void *getter(void *arg) {
  while (go == 0) { __sync_synchronize(); }
  __sync_synchronize();
  if (value != 5) reach_error();
  return 0;
}

int main(void) {
  pthread_t s, g;
  pthread_create(&g, 0, getter, 0);
  pthread_create(&s, 0, setter, 0);
  pthread_join(s, 0);
  pthread_join(g, 0);
  return 0;
}
