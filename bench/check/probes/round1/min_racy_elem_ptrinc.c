/* TRUTH: racy. Thread i gets &a[i], steps q++ and writes a[i+1], thread i+1's element. */
#include <pthread.h>
int a[3];
void *worker(void *arg) { int *q = arg; *q = 1; q++; *q = 2; return NULL; }
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, &a[i]);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return 0;
}
