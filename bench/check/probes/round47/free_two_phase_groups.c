/* TRUTH: free — phase-1 threads are all joined before main rewrites acc and starts phase-2 threads; within a phase acc is under lock */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

int acc;
pthread_mutex_t am = PTHREAD_MUTEX_INITIALIZER;

void *add1(void *a) { pthread_mutex_lock(&am); acc += 1; pthread_mutex_unlock(&am); return 0; }
void *mul2(void *a) { pthread_mutex_lock(&am); acc *= 2; pthread_mutex_unlock(&am); return 0; }

int main(void) {
  pthread_t g1[2], g2[2];
  int i;
  for (i = 0; i < 2; i++) pthread_create(&g1[i], 0, add1, 0);
  for (i = 0; i < 2; i++) pthread_join(g1[i], 0);
  if (acc != 2) reach_error();
  acc = acc + 1;
  for (i = 0; i < 2; i++) pthread_create(&g2[i], 0, mul2, 0);
  for (i = 0; i < 2; i++) pthread_join(g2[i], 0);
  if (acc != 12) reach_error();
  return 0;
}
