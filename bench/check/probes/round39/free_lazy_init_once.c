/* TRUTH: free — lazy initialization through pthread_once: init_table's writes to `table` complete before any pthread_once call returns, so the workers' reads after pthread_once are ordered after them. */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[8];
static void init_table(void) {
  for (int i = 0; i < 8; i++) table[i] = i * 3;
}
static void *worker(void *arg) {
  long k = (long)arg;
  pthread_once(&once, init_table);
  if (table[k] != k * 3) reach_error();
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)2);
  pthread_create(&b, NULL, worker, (void *)5);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
