/* TRUTH: racy — thread A updates level through pointer p under m; thread B writes the same global 'level' directly without m */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int level;
int *p = &level;
void *a(void *x) { pthread_mutex_lock(&m); *p += 1; pthread_mutex_unlock(&m); return 0; }
void *b(void *x) { level = 0; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, a, 0);
  pthread_create(&t2, 0, b, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return level;
}
