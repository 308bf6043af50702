/* TRUTH: racy — address of loop variable i passed to workers; worker reads *arg while main does i++ */
#include <pthread.h>
int slot[4];
void *w(void *a) { int k = *(int *)a; slot[k & 3] = 1; return 0; }
int main(void) {
  pthread_t t[2];
  int i;
  for (i = 0; i < 2; i++) pthread_create(&t[i], 0, w, &i);
  for (int j = 0; j < 2; j++) pthread_join(t[j], 0);
  return slot[0];
}
