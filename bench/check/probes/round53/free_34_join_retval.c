/* TRUTH: free — each thread returns its own malloc'd result; main dereferences it only after pthread_join */
#include <pthread.h>
#include <stdlib.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_34_join_retval.c", 6, "reach_error"); }

void *square(void *arg) {
  int x = (int)(intptr_t)arg;
  int *r = malloc(sizeof(int));
  if (!r) return NULL;
  *r = x * x;
  return r;
}

int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, square, (void *)(intptr_t)i);
  for (int i = 0; i < 3; i++) {
    void *ret;
    pthread_join(t[i], &ret);
    if (ret) {
      int *r = ret;
      if (*r != i * i) reach_error();
      free(r);
    }
  }
  return 0;
}
