/* TRUTH: racy — snprintf(&buf[id], 2, ...) writes the digit at buf[id] AND the NUL at buf[id + 1], the cell instance id+1 writes */
#include <pthread.h>
#include <stdio.h>
char buf[3];
void *f(void *p) {
  long id = (long)p;
  snprintf(&buf[id], 2, "%ld", id);
  return 0;
}
int main(void) {
  pthread_t t[2];
  long i;
  for (i = 0; i < 2; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  return 0;
}
