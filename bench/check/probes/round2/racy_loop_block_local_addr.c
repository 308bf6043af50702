/* TRUTH: racy. `int id = i;` is declared inside the loop body and its address handed to
   the thread; the next iteration writes the same storage while the thread reads it. */
#include <pthread.h>
int out[4];
void *worker(void *arg) { int id = *(int *)arg; out[id & 3] = 1; return NULL; }
int main(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++) { int id = i; pthread_create(&t[i], NULL, worker, &id); }
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  return out[0];
}
