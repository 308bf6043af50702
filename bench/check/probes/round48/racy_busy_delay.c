/* TRUTH: racy — a counting delay loop is not synchronization; both threads write x unordered */
#include <pthread.h>
int x;
void *t(void *a) {
  for (volatile long i = 0; i < 100000; i++) ;
  x = 1;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 2;
  pthread_join(th, 0);
  return x;
}
