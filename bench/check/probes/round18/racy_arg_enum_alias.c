/* TRUTH: racy. enumerators A and B are both 3: both threads write data[3] */
#include <pthread.h>
#include <stdint.h>
int data[300];
enum { A = 3, B = 3 };
void *t(void *arg) { data[(long)arg] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)A);
  pthread_create(&b, 0, t, (void *)B);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
