/* TRUTH: racy — main passes &i to each thread; the thread reads *arg (line 5) while main's loop writes i++ (line 8). */
#include <pthread.h>
int out[4];
void *w(void *arg) { int k = *(int *)arg; out[k & 3] = 1; return 0; }
int main(void) { pthread_t t[4]; int i;
  for (i = 0; i < 4; i++) pthread_create(&t[i], 0, w, &i);
  for (i = 0; i < 4; i++) pthread_join(t[i], 0);
  return 0; }
