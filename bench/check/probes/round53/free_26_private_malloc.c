/* TRUTH: free — each thread mallocs and uses its own buffer; nothing escapes to shared state */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_26_private_malloc.c", 5, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
void assume_abort_if_not(int cond) { if (!cond) { abort(); } }

void *fill(void *arg) {
  int n = __VERIFIER_nondet_int();
  assume_abort_if_not(n > 0 && n <= 16);
  int *buf = malloc(n * sizeof(int));
  if (!buf) return NULL;
  for (int i = 0; i < n; i++) buf[i] = i;
  int s = 0;
  for (int i = 0; i < n; i++) s += buf[i];
  if (s != n * (n - 1) / 2) reach_error();
  free(buf);
  return NULL;
}

int main(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, fill, NULL);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  return 0;
}
