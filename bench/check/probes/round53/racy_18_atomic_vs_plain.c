/* TRUTH: racy — one thread updates seq with __sync_fetch_and_add, the other with a plain seq = seq + 1 */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_18_atomic_vs_plain.c", 4, "reach_error"); }
int seq;

void *careful(void *arg) {
  for (int i = 0; i < 3; i++) __sync_fetch_and_add(&seq, 1);
  return 0;
}

void *careless(void *arg) {
  for (int i = 0; i < 3; i++) seq = seq + 1;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, careful, 0);
  pthread_create(&b, 0, careless, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (seq > 6) reach_error();
  return 0;
}
