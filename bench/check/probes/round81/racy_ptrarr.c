/* TRUTH: racy — both threads write a: arr[0] and arr[1] both point to a */
#include <pthread.h>
int a, b;
int *arr[2];
void *w(void *p) { long i = (long)p; *arr[i] = (int)i; return 0; }
int main(void) {
  pthread_t t1, t2;
  arr[0] = &a; arr[1] = &a;
  pthread_create(&t1, 0, w, (void *)0);
  pthread_create(&t2, 0, w, (void *)1);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return a + b;
}
