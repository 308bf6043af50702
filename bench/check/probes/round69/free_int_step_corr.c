/* TRUTH: free — with an int, b - 1 == 0 after b++ means b was 0, exactly when m was taken; arg 1 thread never writes g */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) {
  long id = (long)a;
  int b = id;
  if (!b) pthread_mutex_lock(&m);
  b++;
  if (b - 1 == 0) g++;
  if (!id) pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)0);
  pthread_create(&t2, 0, w, (void *)1);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  printf("%d\n", g);
  return 0;
}
