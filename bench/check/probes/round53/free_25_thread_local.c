/* TRUTH: free — scratch is __thread, so every thread has its own copy */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_25_thread_local.c", 4, "reach_error"); }
static __thread int scratch;

void *work(void *arg) {
  for (int i = 0; i < 5; i++) scratch += i;
  if (scratch != 10) reach_error();
  return NULL;
}

int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, work, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return 0;
}
