// racy: check reads data2 while holding m1 instead of m2; stage writes data2 under m2.
#include <pthread.h>
extern void reach_error(void);
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int data1, data2;
void *stage(void *a) {
  pthread_mutex_lock(&m1);
  data1 = 5;
  pthread_mutex_unlock(&m1);
  pthread_mutex_lock(&m1);
  int t = data1;
  pthread_mutex_unlock(&m1);
  pthread_mutex_lock(&m2);
  data2 = t + 1;
  pthread_mutex_unlock(&m2);
  return 0;
}
void *check(void *a) {
  pthread_mutex_lock(&m1);
  int t1 = data1;
  int t2 = data2;
  pthread_mutex_unlock(&m1);
  if (t1 == 5 && t2 != 6 && t2 != 0) reach_error();
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, stage, 0);
  pthread_create(&b, 0, check, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
