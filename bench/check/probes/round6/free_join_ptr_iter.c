/* TRUTH: race-free. Threads are created and joined by iterating a pointer over the whole handle array. */
#include <pthread.h>
#define N 3
int total;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { (void)a; pthread_mutex_lock(&m); total++; pthread_mutex_unlock(&m); return 0; }
int main(void) { pthread_t t[N], *p;
  for (p = t; p < t + N; p++) pthread_create(p, 0, w, 0);
  for (p = t; p < t + N; p++) pthread_join(*p, 0);
  total = 0; return total; }
