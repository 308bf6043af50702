/* TRUTH: racy — ready and error are adjacent bit-fields of one struct, hence the same memory location; two threads write them */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_39_adjacent_bitfields.c", 4, "reach_error"); }
struct status { unsigned ready : 1; unsigned error : 1; unsigned code : 6; } st;

void *set_ready(void *arg) { st.ready = 1; return 0; }
void *set_error(void *arg) { st.error = 1; return 0; }

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, set_ready, 0);
  pthread_create(&b, 0, set_error, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!st.ready || !st.error) reach_error();
  return 0;
}
