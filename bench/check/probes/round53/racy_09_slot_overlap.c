/* TRUTH: racy — thread i writes slot[i] and slot[i+1], so neighbouring threads both write the shared element */
#include <pthread.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_09_slot_overlap.c", 5, "reach_error"); }
#define N 3
int slot[N + 1];

void *smooth(void *arg) {
  int i = (int)(intptr_t)arg;
  slot[i] += 1;
  slot[i + 1] += 1;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, smooth, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (slot[1] != 2) reach_error();
  return 0;
}
