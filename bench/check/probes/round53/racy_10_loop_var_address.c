/* TRUTH: racy — &i is passed to every thread; threads read *arg while main increments i in the creation loop */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_10_loop_var_address.c", 4, "reach_error"); }
#define N 3
int seen[N];

void *thr(void *arg) {
  int id = *(int *)arg;
  if (id >= 0 && id < N) seen[id] = 1;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++)
    pthread_create(&t[i], NULL, thr, &i);
  for (int j = 0; j < N; j++)
    pthread_join(t[j], NULL);
  return 0;
}
