/* racy: both threads receive the address of the same local and increment through it concurrently */
#include <pthread.h>
void *w(void *p) { int *x = p; *x += 41; return NULL; }
int main(void) {
  int local = 1;
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, w, &local);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return local;
}
