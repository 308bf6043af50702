/* TRUTH: free — worker id writes a[id*HALF .. id*HALF+HALF-1]; the two ranges are disjoint */
#include <pthread.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_32_array_halves.c", 5, "reach_error"); }
#define LEN 8
#define HALF (LEN / 2)
int a[LEN];

void *fill(void *arg) {
  int id = (int)(intptr_t)arg;
  for (int i = id * HALF; i < id * HALF + HALF; i++)
    a[i] = i;
  return NULL;
}

int main(void) {
  pthread_t t0, t1;
  pthread_create(&t0, NULL, fill, (void *)0);
  pthread_create(&t1, NULL, fill, (void *)1);
  pthread_join(t0, NULL);
  pthread_join(t1, NULL);
  for (int i = 0; i < LEN; i++)
    if (a[i] != i) reach_error();
  return 0;
}
