// racy: two C11 threads (thrd_create) increment counter without a mutex.
#include <threads.h>
int counter;
int w(void *a) { counter++; return 0; }
int main(void) {
  thrd_t a, b;
  thrd_create(&a, w, 0);
  thrd_create(&b, w, 0);
  thrd_join(a, 0);
  thrd_join(b, 0);
  return counter;
}
