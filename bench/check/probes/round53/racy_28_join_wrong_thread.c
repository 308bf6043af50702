/* TRUTH: racy — main joins t[0] twice instead of t[1], then reads out[1] which t[1] may still be writing */
#include <pthread.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_28_join_wrong_thread.c", 5, "reach_error"); }
int out[2];

void *calc(void *arg) {
  int id = (int)(intptr_t)arg;
  out[id] = id + 10;
  return NULL;
}

int main(void) {
  pthread_t t[2];
  pthread_create(&t[0], NULL, calc, (void *)0);
  pthread_create(&t[1], NULL, calc, (void *)1);
  pthread_join(t[0], NULL);
  pthread_join(t[0], NULL);
  if (out[0] + out[1] != 21) reach_error();
  return 0;
}
