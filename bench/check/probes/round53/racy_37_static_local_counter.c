/* TRUTH: racy — calls is a function-scope static, shared by all threads, incremented without a lock */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_37_static_local_counter.c", 4, "reach_error"); }

static int next_id(void) {
  static int calls;
  return ++calls;
}

void *tagger(void *arg) {
  int id = next_id();
  if (id <= 0) reach_error();
  return NULL;
}

int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, tagger, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return 0;
}
