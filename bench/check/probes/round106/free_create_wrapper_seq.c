/* TRUTH: free — the loop body calls a wrapper that creates the instance and then joins the PREVIOUSLY created one; since ids 0 and 2 never overlap (0 is joined before 2 is created) and 0/1, 1/2 use different slots, no race */
#include <pthread.h>
#include <stdio.h>
int two[2];
int other[3];
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  return 0;
}
void *g(void *p) {
  long id = (long)p;
  other[id] = 1;
  return 0;
}
static pthread_t prev;
static int have_prev;
static void spawn(long id) {
  pthread_t t;
  pthread_create(&t, 0, f, (void *)id);
  if (have_prev) pthread_join(prev, 0);
  prev = t;
  have_prev = 1;
}
int main(void) {
  long i;
  for (i = 0; i < 3; i++) spawn(i);
  pthread_join(prev, 0);
  printf("%d %d %d\n", two[0], two[1], other[0]);
  return 0;
}
