/* TRUTH: race-free. while (i--) joins t[N-1]..t[0], every thread created, before main reads total. */
#include <pthread.h>
#define N 4
int total;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { (void)a; pthread_mutex_lock(&m); total++; pthread_mutex_unlock(&m); return 0; }
int main(void) { pthread_t t[N]; int i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, w, 0);
  i = N; while (i--) pthread_join(t[i], 0);
  total *= 2; return total; }
