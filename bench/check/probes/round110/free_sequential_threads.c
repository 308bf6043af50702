/* TRUTH: free — each thread is joined before the next is created, so writes to 'state' are totally ordered */
#include <pthread.h>
#include <stdio.h>

int state;

static void *step(void *arg) {
  int k = *(int *)arg;
  state = state * 2 + k;
  return NULL;
}

int main(void) {
  int ks[4] = {1, 0, 1, 1};
  for (int i = 0; i < 4; i++) {
    pthread_t t;
    pthread_create(&t, NULL, step, &ks[i]);
    pthread_join(t, NULL);
  }
  state += 100;
  printf("%d\n", state);
  return 0;
}
