// racy: worker exits early only when arg is null; the second worker (arg non-null) writes x concurrently with main.
#include <pthread.h>
int x;
void *w(void *a) {
  if (!a) pthread_exit(0);
  x = 5;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, (void *)1);
  x = 3;
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return x;
}
